#!/usr/bin/env python3
"""Build docs/dc/cold-chain-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "dc", "cold-chain-procedure.docx")
STAMP = (2027, 8, 23, 0, 0, 0)

BODY = [
    para("Cold Chain and Materials Handling Procedure", "Heading1"),
    para("Blue Mahoe Supermarkets Limited \u00b7 Distribution Centre \u00b7 DC-03 \u00b7 Version 4"),
    para("Effective 1 September 2027. This procedure applies to everyone who receives, stores, picks or loads "
         "chilled and frozen food at the Distribution Centre (DC) and Mahoe Bakery, and to everyone who drives a "
         "forklift or reach truck there, including agency staff and contractors. The owner is the DC Manager "
         "(ext 3101)."),
    para("1. Temperatures", "Heading2"),
    table([
        ["Area", "Holds", "Keep at", "Checked"],
        ["Cold Rooms 1 and 2 (chillers)", "Dairy, juices, deli meats, fresh meat, poultry and fish",
         "0 \u00b0C to 4 \u00b0C", "Every 2 hours in ColdLog"],
        ["Cold Room 3 (freezer)", "Frozen foods and ice cream", "\u221218 \u00b0C or colder",
         "Every 2 hours in ColdLog"],
        ["Bakery blast freezer", "Part-baked bread and patties for the stores", "\u221230 \u00b0C or colder",
         "At the start of each batch"],
        ["Reefer trucks and trailers", "Chilled or frozen loads",
         "Chilled 0 \u00b0C to 4 \u00b0C; frozen \u221218 \u00b0C or colder", "Before loading and on arrival"],
    ]),
    para("The shift leader reads every display and records it in ColdLog on the tablet at each cold room door. "
         "ColdLog also raises an alarm at the DC control room (ext 3100) by itself."),
    para("2. When a room is too warm", "Heading2"),
    para("If a chiller reads above 5 \u00b0C for 30 minutes, move the stock to the other chiller or to a reefer "
         "trailer, and call the DC Manager and the refrigeration contractor on call. Write down the time and the "
         "temperatures in ColdLog. Do not send any stock from that room to the stores until the DC Manager has "
         "released it."),
    para("3. Receiving a chilled or frozen delivery", "Heading2"),
    para("Step 1. Check that the truck's display shows the right temperature before the doors are opened."),
    para("Step 2. Probe one case from each pallet with the DC probe thermometer, between two packs."),
    para("Step 3. Reject chilled goods above 5 \u00b0C and frozen goods warmer than \u221215 \u00b0C. Record the "
         "rejection and the reading in ColdLog and give the driver a copy of the rejection note."),
    para("Step 4. Put the accepted chilled and frozen pallets into the cold rooms before any dry goods are "
         "unloaded."),
    para("4. Picking and loading", "Heading2"),
    para("Chilled and frozen stock may be out of refrigeration for no more than 20 minutes while it is picked and "
         "loaded. Store trucks are pre-cooled for at least 30 minutes before loading. Frozen goods are loaded at "
         "the front, next to the fridge unit."),
    para("5. Working in Cold Room 3", "Heading2"),
    para("Wear the freezer suit, thermal gloves and balaclava. Work no more than 45 minutes at a time in Cold Room "
         "3, then take a 15-minute warm-up break in the canteen. Nobody works in Cold Room 3 alone. The door "
         "release is tested at the start of every shift and the test recorded in ColdLog."),
    para("6. Forklifts and reach trucks", "Heading2"),
    para("Only staff holding a valid forklift licence from the company's approved trainer may drive a forklift or "
         "reach truck. New drivers do a 3-day course and then drive for 1 week with a licensed driver beside "
         "them. Licences are renewed every 2 years with a refresher and a practical test. Carry your licence card "
         "whenever you drive."),
    para("Do the pre-use check at the start of each shift and record it in ShiftBoard > Checks; a truck that "
         "fails the check is tagged out and reported to the Shift Manager. The speed limit inside the DC is 8 "
         "km/h. Wear the seat belt. Pedestrians stay in the green walkways. No passengers, ever."),
    para("7. Training and records", "Heading2"),
    para("Everyone who works in the cold rooms is trained on this procedure before starting and every 12 months. "
         "ColdLog records are kept for 2 years and checked by the DC Manager every week."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-JM"),
        core(title="Cold Chain and Materials Handling Procedure, version 4",
             creator="DC Manager", created="2027-08-23"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
