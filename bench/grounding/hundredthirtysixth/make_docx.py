#!/usr/bin/env python3
"""Build docs/packhouse/cold-store-and-blast-freezer.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "packhouse", "cold-store-and-blast-freezer.docx")
STAMP = (2029, 7, 16, 0, 0, 0)

BODY = [
    para("Cold Store and Blast Freezer Procedure", "Heading1"),
    para("Fonua Lelei Exports Limited \u00b7 Tofoa Packhouse \u00b7 PH-04 \u00b7 Edition 3"),
    para("Effective 1 August 2029. This edition replaces Edition 2 (August 2026). It applies to everyone who works "
         "on the root crop line, in the blast freezer, in the cold store or at the container loading bay at Tofoa, "
         "including casual staff and contract drivers. The owner is the Cold Store Supervisor, Lopeti Naufahu "
         "(ext 330)."),
    para("1. Temperatures", "Heading2"),
    table([
        ["Place", "Holds", "Keep at", "Checked"],
        ["Blast freezer", "Peeled talo, manioke and 'ufi in cartons",
         "\u221235 \u00b0C or colder, until the core of the carton reaches \u221218 \u00b0C (about 6 hours)",
         "Core probe at the end of each batch"],
        ["Cold store", "Frozen cartons waiting for a container", "\u221218 \u00b0C or colder",
         "Every 3 hours in ShedLog"],
        ["Reefer container", "Frozen cartons for export", "Set at \u221220 \u00b0C",
         "Before loading and when sealed"],
    ]),
    para("ShedLog reads the cold store every 3 hours and sends an alarm by text message to the Cold Store "
         "Supervisor and to the supervisor on call. On a Sunday only the supervisor on call comes in, and only "
         "when an alarm goes off."),
    para("2. If the cold store is too warm", "Heading2"),
    para("If the cold store is warmer than \u221215 \u00b0C for 30 minutes, keep the door shut, call the Cold Store "
         "Supervisor and the refrigeration contractor, and write the times and readings in ShedLog. No carton "
         "leaves the cold store until the Cold Store Supervisor has checked a sample with the core probe and "
         "released the stock."),
    para("3. Preparing root crops", "Heading2"),
    para("Step 1. Wash the roots on the wash line and peel them on the peeling tables, wearing the cut-resistant "
         "glove."),
    para("Step 2. Cut talo and 'ufi into pieces of about 200 g, and manioke into 15 cm lengths."),
    para("Step 3. Pack 10 kg into each lined carton and label it with the crop, the packing date and the batch "
         "code."),
    para("Step 4. Put the cartons into the blast freezer within 1 hour of peeling. Cartons that wait longer go "
         "to the shop as fresh produce, not to export."),
    para("4. Loading a reefer container", "Heading2"),
    para("Step 1. Check that the container is set at \u221220 \u00b0C and has been running for at least 45 "
         "minutes before loading."),
    para("Step 2. Frozen cartons may be out of the cold store for no more than 15 minutes. Bring them out one "
         "pallet at a time."),
    para("Step 3. Load from the front wall, leave the air gap at the top, and record the container number, the "
         "seal number and the temperature in ShedLog."),
    para("5. Working in the cold", "Heading2"),
    para("Wear the freezer suit, thermal gloves, balaclava and safety boots. Work no more than 40 minutes at a time "
         "in the cold store or the blast freezer, then take a 20-minute warm-up break in the canteen. Never work "
         "in the cold store alone, and test the inside door release at the start of every shift."),
    para("6. Forklifts", "Heading2"),
    para("Only staff with a company forklift licence may drive the forklift. New drivers do a 3-day course and "
         "then drive for 1 week beside a licensed driver. Licences are renewed every 2 years with a practical "
         "test. Do the pre-use check at the start of each shift in Taimi > Checks. The speed limit inside the "
         "packhouse is 10 km/h. No passengers, ever."),
    para("7. Training and records", "Heading2"),
    para("Everyone who works in the cold store is trained on this procedure before starting and again every 12 "
         "months. ShedLog records are kept for 3 years and checked by the Cold Store Supervisor every Monday."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-TO"),
        core(title="Cold Store and Blast Freezer Procedure, edition 3",
             creator="Cold Store Supervisor", created="2029-07-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
