#!/usr/bin/env python3
"""Build docs/cannery/fish-receiving-and-cold-store.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "cannery", "fish-receiving-and-cold-store.docx")
STAMP = (2027, 10, 18, 0, 0, 0)

BODY = [
    para("Fish Receiving and Cold Store Procedure", "Heading1"),
    para("Kula Gulf Tuna Limited \u00b7 Noro Cannery \u00b7 QA-04 \u00b7 Version 3"),
    para("Effective 1 November 2027. This procedure applies to everyone who unloads, receives, stores, thaws or "
         "moves frozen tuna at the Noro wharf, the cold store and the thawing area, including vessel crew, "
         "contractors and casual staff. The owner is the Quality Assurance Manager (ext 260); the Cold Store "
         "Supervisor (ext 270) runs it day to day."),
    para("1. Temperatures", "Heading2"),
    table([
        ["Area", "Holds", "Keep at", "Checked"],
        ["Vessel brine wells, on arrival", "Whole frozen skipjack and yellowfin",
         "Fish core \u22129 \u00b0C or colder", "10 fish probed from each well before unloading"],
        ["Cold stores 1 and 2", "Whole frozen tuna, by species and size", "\u221220 \u00b0C or colder",
         "Every 2 hours in QA Track"],
        ["Blast freezer", "Frozen loins and by-products", "\u221230 \u00b0C or colder",
         "At the start of each batch"],
        ["Thawing tanks", "Tuna for the next cooking", "Running water; fish out at a core of \u22122 \u00b0C",
         "Every hour while thawing"],
    ]),
    para("2. Receiving fish from a vessel", "Heading2"),
    para("Step 1. The Cold Store Supervisor gets the well plan from the vessel's chief engineer before unloading "
         "starts and decides the order of the wells."),
    para("Step 2. A QA technician probes 10 fish from each well at the core with the QA probe thermometer."),
    para("Step 3. If any fish is warmer than \u22129 \u00b0C, the whole well is put on hold. Call the QA Manager "
         "and record the readings and the hold in QA Track."),
    para("Step 4. QA takes 9 fish from each well for the histamine test. The well is released to production only "
         "when every result is below 50 ppm."),
    para("Step 5. Fish go from the well into the cold store in less than 30 minutes, tagged with the vessel, trip, "
         "well and date."),
    para("3. The cold store", "Heading2"),
    para("If a cold store reads warmer than \u221215 \u00b0C for 30 minutes, QA Track sounds the alarm in the "
         "cold store office and sends an SMS to the Cold Store Supervisor. Keep the doors shut, call the "
         "refrigeration technician on duty and write down the time and the readings. No fish leaves that store "
         "until the QA Manager releases it. Stock is used first in, first out, by the date on the lot tag."),
    para("4. Thawing", "Heading2"),
    para("Tuna is thawed in the running water tanks for no more than 12 hours. The C shift fills the tanks by "
         "02:00 for the next A shift's cooking. Fish that is not cooked by 14:00 on the day it comes out of the "
         "tank is reported to QA."),
    para("5. Working inside the cold store", "Heading2"),
    para("Wear the freezer suit, thermal gloves and hood. Work no more than 30 minutes at a time inside the cold "
         "store, then take a 15-minute warm-up break in the cold store office. Nobody works inside alone. The "
         "door release is tested at the start of every shift and the test is recorded in QA Track."),
    para("6. Forklifts", "Heading2"),
    para("Only staff with a valid company forklift licence may drive a forklift. Licences are renewed every "
         "2 years with a practical test. Do the pre-use check at the start of each shift in ShiftLog > Checks; a "
         "forklift that fails is tagged out and reported to the Cold Store Supervisor. The speed limit inside the "
         "cold store and the cannery yard is 8 km/h."),
    para("7. Training and records", "Heading2"),
    para("Everyone who works under this procedure is trained on it before starting and every 12 months. QA Track "
         "records are kept for 3 years and checked by the QA Manager every week."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-SB"),
        core(title="Fish Receiving and Cold Store Procedure, QA-04 version 3",
             creator="Quality Assurance Manager", created="2027-10-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
