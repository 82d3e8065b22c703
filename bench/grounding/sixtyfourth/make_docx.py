#!/usr/bin/env python3
"""Build docs/coldstore/cold-store-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "coldstore", "cold-store-procedure.docx")
STAMP = (2033, 8, 21, 0, 0, 0)

BODY = [
    para("Cold Store Procedure", "Heading1"),
    para("Wadi Natrun Dates & Olives S.A.E. \u00b7 Cold store, Wadi El Natrun \u00b7 CS-02 \u00b7 Version 3"),
    para("Effective 1 September 2033. This procedure applies to everyone who receives, stores, picks or loads "
         "dates in the cold rooms and the freezer store at Wadi El Natrun, and to everyone who drives a forklift "
         "there, including agency staff and drivers from Siwa and the growers. The owner is the Cold Store "
         "Supervisor, Mr Mahmoud Ragab (ext 225)."),
    para("1. Temperatures", "Heading2"),
    table([
        ["Room", "Holds", "Keep at", "Checked"],
        ["Cold Room A", "Fresh Barhi (rutab) and Siwi dates", "0 \u00b0C to 2 \u00b0C",
         "Every 2 hours in BardLog"],
        ["Cold Room B", "Semi-dry dates and date paste", "0 \u00b0C to 4 \u00b0C", "Every 2 hours in BardLog"],
        ["Freezer store", "Frozen Barhi and date paste for export", "\u221218 \u00b0C or colder",
         "Every 2 hours in BardLog"],
        ["Reefer trucks and containers", "Dates from Siwa; export loads",
         "Fresh 0 \u00b0C to 2 \u00b0C; frozen \u221218 \u00b0C or colder", "Before loading and on arrival"],
    ]),
    para("The cold store hand reads each display and enters it in BardLog on the tablet at the cold store office. "
         "BardLog also sends an SMS alarm to the Cold Store Supervisor by itself."),
    para("2. When a room is too warm", "Heading2"),
    para("If Cold Room A reads above 3 \u00b0C for 30 minutes, close the door, stop putting stock in, and call "
         "the Cold Store Supervisor and the refrigeration technician on call. Enter the time and the readings in "
         "BardLog. No dates leave that room for packing until the Cold Store Supervisor has released them."),
    para("3. Receiving dates from Siwa and the growers", "Heading2"),
    para("Step 1. Check the reefer truck's display and enter the reading in BardLog before the doors are opened."),
    para("Step 2. Probe 1 crate from every pallet, from the middle of the crate."),
    para("Step 3. Refuse fresh dates above 6 \u00b0C. Enter the refusal in BardLog and give the driver the "
         "refusal note."),
    para("Step 4. Put the accepted dates into Cold Room A within 20 minutes of opening the truck."),
    para("4. Working in the freezer store", "Heading2"),
    para("Wear the freezer jacket, thermal gloves and hat from the cold store office. Work no more than 40 "
         "minutes at a time in the freezer store, then take a 15-minute warm-up break in the warm room. Nobody "
         "works in the freezer store alone. The inside door release is tested at the start of every wardiya and "
         "the test entered in BardLog."),
    para("5. Forklifts", "Heading2"),
    para("Only staff holding a company forklift licence may drive a forklift in the cold store. New drivers do a "
         "2-day course and then drive for 1 week beside a licensed driver. Licences are renewed every 2 years."),
    para("Do the pre-use check at the start of each wardiya and enter it in BardLog; a forklift that fails is "
         "tagged out and reported to the rais. The speed limit inside the cold store is 6 km/h. Pallets are "
         "stacked no more than 4 high. Pedestrians stay in the yellow walkways."),
    para("6. Cleaning and records", "Heading2"),
    para("Cold rooms are emptied and washed twice a year: before the date season in August and after it in "
         "December. BardLog records are kept for 3 years and checked by the Cold Store Supervisor every week."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Cold Store Procedure, version 3", creator="Cold Store Supervisor", created="2033-08-21"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
