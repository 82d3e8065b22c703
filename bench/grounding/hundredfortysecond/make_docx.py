#!/usr/bin/env python3
"""Build docs/cold-store/cold-store-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "cold-store", "cold-store-procedure.docx")
STAMP = (2028, 1, 18, 0, 0, 0)

BODY = [
    para("Cold Store Operating Procedure", "Heading1"),
    para("Gacanka Logistics & Export Ltd \u00b7 Berbera Port Cold Store \u00b7 CS-01 \u00b7 Revision 4"),
    para("Effective 1 February 2028. This procedure applies to everyone who receives, stores, picks or loads chilled "
         "and frozen goods at the Berbera Port Cold Store, and to everyone who drives a forklift there, including "
         "casual staff and contractors. The owner is the Cold Store Manager, Liban Abdillahi Nur (ext 301)."),
    para("1. Temperatures", "Heading2"),
    table([
        ["Area", "Holds", "Keep at", "Checked"],
        ["Chambers 1 and 2 (chillers)", "Chilled goat and sheep meat", "0 \u00b0C to +4 \u00b0C",
         "Every 2 hours in ColdWatch"],
        ["Chamber 3 (fruit and vegetables)", "Lemons, watermelons, tomatoes, onions", "+8 \u00b0C to +12 \u00b0C",
         "Every 2 hours in ColdWatch"],
        ["Chamber 4 (freezer)", "Frozen meat and fish", "-20 \u00b0C or colder", "Every 2 hours in ColdWatch"],
        ["Blast chiller", "Carcasses from the abattoir", "+7 \u00b0C in the core within 24 hours",
         "Each batch, with the probe"],
        ["Reefer containers", "Export loads", "The set point on the booking", "Every 4 hours at the plug"],
    ]),
    para("ColdWatch records every chamber by itself and sends an alarm to the control room (ext 300) and by SMS to "
         "the shift leaders. The shift leader checks each display every 2 hours and confirms the reading in "
         "ColdWatch. Reefer containers are plugged in within 30 minutes of arriving at the cold store yard."),
    para("2. When a chamber is too warm", "Heading2"),
    para("If a chiller reads above +5 \u00b0C for 20 minutes, move the stock to the other chiller or to a reefer "
         "container, and call the Cold Store Manager and the refrigeration contractor on call. Record the times and "
         "the temperatures in ColdWatch. Nothing from that chamber leaves the cold store until the Cold Store Manager "
         "has released it."),
    para("3. Receiving a chilled or frozen delivery", "Heading2"),
    para("Step 1. Check the truck or container display before the doors are opened, and write the reading in "
         "ColdWatch."),
    para("Step 2. Probe one carton from each pallet, or one carcass in every ten, with the cold store probe "
         "thermometer."),
    para("Step 3. Reject chilled meat above +7 \u00b0C and frozen goods warmer than -15 \u00b0C. Record the "
         "rejection in ColdWatch and give the driver a copy of the rejection note."),
    para("Step 4. Put the accepted chilled and frozen goods into the chambers before any dry goods are unloaded."),
    para("4. Picking and loading", "Heading2"),
    para("Chilled and frozen goods may be out of refrigeration for no more than 20 minutes while they are picked and "
         "loaded. Trucks and containers are pre-cooled before loading. Frozen goods go in at the front, next to the "
         "fridge unit."),
    para("5. Working in Chamber 4", "Heading2"),
    para("Wear the freezer suit, thermal gloves and a balaclava. Work no more than 40 minutes at a time in Chamber 4, "
         "then take a 15-minute warm-up break in the canteen. Nobody works in Chamber 4 alone. The door release is "
         "tested at the start of every shift and the test is recorded in ColdWatch."),
    para("6. Forklifts", "Heading2"),
    para("Only staff holding a forklift licence from the company's approved trainer may drive a forklift. New drivers "
         "do a 3-day course and then drive for 1 week with a licensed driver beside them. Licences are renewed every "
         "2 years with a practical test."),
    para("Do the pre-use check at the start of each shift and record it in RotaPlan > Checks; a forklift that fails "
         "the check is tagged out and reported to the shift leader. The speed limit inside the cold store is 8 km/h. "
         "Pedestrians keep to the marked walkways."),
    para("7. Hygiene, training and records", "Heading2"),
    para("Hair nets and white coats in the chambers; wash your hands before you go in. No food, drink or khat in the "
         "chambers. Everyone who works in the chambers is trained on this procedure before starting and every 12 "
         "months. ColdWatch records are kept for 2 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Cold Store Operating Procedure, Revision 4",
             creator="Cold Store Manager", created="2028-01-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
