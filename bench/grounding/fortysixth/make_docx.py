#!/usr/bin/env python3
"""Build docs/factory/cold-store-and-blast-freezer-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "factory", "cold-store-and-blast-freezer-procedure.docx")
STAMP = (2029, 2, 19, 0, 0, 0)

BODY = [
    para("Cold Store and Blast Freezer Procedure", "Heading1"),
    para("Benguela Reef Fishing (Pty) Ltd \u00b7 Processing Factory \u00b7 CS-02 \u00b7 Revision 4"),
    para("Effective: 1 March 2029. This revision replaces Revision 3 (effective 1 June 2026). It applies to "
         "everyone who works in the cold store (Chambers 1 to 4), at Blast Freezers 1 and 2 and on the loading "
         "dock, including contractors and truck drivers. The owner is the Factory Manager (ext 4300); the Cold "
         "Store Supervisor (ext 4350) runs it day to day."),
    para("1. Temperatures", "Heading2"),
    table([
        ["Area", "Keep at", "Checked"],
        ["Chambers 1 to 4", "\u221225 \u00b0C or colder",
         "ColdTrack logs every 15 minutes; the dock checker reads the display and signs in ColdTrack every 2 hours"],
        ["Blast Freezers 1 and 2", "\u221235 \u00b0C or colder", "At the start of each load, in ColdTrack"],
        ["Product leaving a blast freezer", "Core \u221218 \u00b0C or colder within 6 hours",
         "Probe 3 cartons per load"],
        ["Reefer trucks and containers", "Pre-cooled for at least 30 minutes before loading",
         "Driver and dock checker, before the doors open"],
    ]),
    para("2. Alarms", "Heading2"),
    para("ColdTrack raises an alarm when a chamber is warmer than \u221220 \u00b0C for 30 minutes. The alarm goes "
         "to the security control room (ext 4444) and to the Cold Store Supervisor's phone. The control room calls "
         "the refrigeration technician on standby. Keep the chamber doors closed and put no new product into that "
         "chamber until the Cold Store Supervisor allows it. If product may have thawed, QC puts it on hold and "
         "decides what happens to it."),
    para("3. Working in the chambers", "Heading2"),
    para("Wear the freezer suit, thermal gloves, balaclava and safety boots (see the PPE issue scale). Work no "
         "more than 40 minutes at a time inside a chamber, then take a 15-minute warm-up break in the warm room "
         "next to the cold store change room."),
    para("Never work in a chamber alone. Write your name on the chamber board and tell the dock checker when you "
         "go in and when you come out. The door release and the alarm button inside each chamber are tested at "
         "the start of every shift and the test is recorded in ColdTrack."),
    para("4. Stacking and stock", "Heading2"),
    para("Pallets are stacked no higher than 1.6 m, with a gap of 10 cm from the walls and the evaporators. "
         "First in, first out: every carton carries the product, the production date and the vessel or line. "
         "Frozen hake keeps for 24 months. Forklifts in the cold store drive at 8 km/h at most; pedestrians keep "
         "to the yellow walkways."),
    para("5. Receiving frozen product from the freezer trawlers", "Heading2"),
    para("Step 1. The cold store supervisor makes sure a chamber has room before the vessel arrives."),
    para("Step 2. Pallets must be inside the cold store within 30 minutes of leaving the fish hold."),
    para("Step 3. QC probes one carton per pallet. The product must be \u221218 \u00b0C or colder; a pallet that "
         "is warmer is put on hold in Chamber 4 with a red tag."),
    para("Step 4. The dock checker scans every pallet into ColdTrack against the landing slip in FishTally."),
    para("6. Loading out", "Heading2"),
    para("Check the container or truck set point before loading. Keep the dock doors closed when no truck is at "
         "the door and use the strip curtains. A pallet may stand on the dock for no more than 10 minutes."),
    para("7. Training", "Heading2"),
    para("Everyone who works in the cold store is trained on this procedure before starting and again every 12 "
         "months. The Cold Store Supervisor keeps the training register."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-NA"),
        core(title="Cold Store and Blast Freezer Procedure, CS-02 Revision 4",
             creator="Factory Manager", created="2029-02-19"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
