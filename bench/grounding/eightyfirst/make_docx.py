#!/usr/bin/env python3
"""Build docs/safety/fire-safety-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "safety", "fire-safety-procedure.docx")
STAMP = (2036, 6, 2, 0, 0, 0)

BODY = [
    para("Fire Safety and Evacuation Procedure", "Heading1"),
    para("Mekong Weave Garment & Sportswear Co., Ltd. \u00b7 EHS-03 \u00b7 Ver. 3.0 \u00b7 Issued 02/06/2036 "
         "\u00b7 Approved by the Factory Manager"),
    para("1. Purpose", "Heading2"),
    para("This procedure tells every worker what to do when the fire alarm sounds, and how Mekong Weave keeps the "
         "buildings safe from fire. It applies to Buildings A, B and C, Warehouses W1 and W2, the canteen and the "
         "infirmary, on normal days, overtime evenings and Sundays."),
    para("2. Fire wardens", "Heading2"),
    para("There is 1 fire warden for every 40 workers, and at least one on every line and every shift. Fire "
         "wardens wear a yellow vest during drills and real alarms. They are trained for 1 full day every year "
         "with the provincial fire department, and new wardens before they start."),
    para("3. Exits and assembly points", "Heading2"),
    table([
        ["Building or area", "Exits to use", "Assembly point", "Head count by"],
        ["Building A (cutting room, Lines 1-12, HR office, infirmary)", "Stairs A-East and A-West",
         "Point 1: football field behind Building A", "Line leaders, Building A fire wardens"],
        ["Building B (Lines 13-22, sample room)", "Stairs B-North and B-South",
         "Point 2: staff car park next to Gate 1", "Line leaders, Building B fire wardens"],
        ["Building C and the canteen", "Main doors and side doors",
         "Point 3: open ground in front of Gate 2", "Finishing supervisor, canteen supervisor"],
        ["Warehouses W1 and W2", "Loading doors and pedestrian doors",
         "Point 3: open ground in front of Gate 2", "Warehouse Supervisor"],
    ]),
    para("4. When the alarm sounds", "Heading2"),
    para("Step 1. Stop work at once and switch off your machine at the switch."),
    para("Step 2. Leave your bag. Do not go to the locker or the canteen."),
    para("Step 3. Follow your fire warden to the nearest exit. Walk, do not run. Use the stairs, never the goods "
         "lift."),
    para("Step 4. Go to the assembly point for your building in the table above."),
    para("Step 5. Line leaders count their workers with the line book and report the number to the EHS officer "
         "within 5 minutes. Anyone missing is reported at once by name and line."),
    para("Step 6. Nobody goes back inside until the EHS officer gives the all clear."),
    para("5. If you find a fire", "Heading2"),
    para("Shout to the people near you, press the nearest red alarm button and tell your line leader. Use an "
         "extinguisher only if the fire is small and you have been trained. Gate 1 security calls the fire "
         "department on 118 and opens Gate 2 for the fire truck."),
    para("6. Fire drills", "Heading2"),
    para("Fire drills are held every 4 months, three times a year, and at least one drill a year is not announced. "
         "One drill a year is held during overtime. Target: every building empty within 3 minutes. The EHS "
         "officer writes the time and any problems in the drill record, and the Factory Manager signs it."),
    para("7. Equipment and exits", "Heading2"),
    para("Fire extinguishers are checked every month by the EHS officer, who signs the tag, and serviced once a "
         "year by the fire equipment contractor. The fire alarm is tested every Monday at 9:30 AM with a short "
         "ring. Emergency lights are tested every month. Aisles and exit routes are at least 1.2 metres wide and "
         "kept clear at all times. Exit doors are never locked while anybody is inside, including overtime and "
         "Sunday work."),
    para("8. Smoking and hot work", "Heading2"),
    para("No smoking anywhere inside the factory fence. Welding and other hot work need a hot work permit from the "
         "EHS officer and a fire watch for 60 minutes after the work ends."),
    para("9. Records", "Heading2"),
    para("Drill records, alarm tests and extinguisher checks are kept for 3 years in the EHS office and shown to "
         "buyer auditors on request."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-US"),
        core(title="Fire Safety and Evacuation Procedure, Ver. 3.0",
             creator="EHS officer", created="2036-06-02"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
