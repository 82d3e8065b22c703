#!/usr/bin/env python3
"""Build docs/procedures/vehicle-defect-and-walkround.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedures", "vehicle-defect-and-walkround.docx")
STAMP = (2028, 1, 17, 0, 0, 0)

BODY = [
    para("Vehicle Defect Reporting and Walkround Check", "Heading1"),
    para("Qawsalla Coaches & Buses Ltd \u00b7 Fleet Engineering \u00b7 FLT-02 \u00b7 Revision 5"),
    para("Effective 1 February 2028. This revision replaces Revision 4 (June 2025). It applies to every driver, "
         "shunter and fitter who takes a bus or coach out of a Qawsalla depot, at Ħal Far, Marsa or the Gozo "
         "Outstation. The owner is the Chief Engineer (Fleet), ext 310."),
    para("1. When to do the check", "Heading2"),
    para("Do the walkround check before the vehicle leaves the depot, and again whenever you change vehicle during "
         "a duty. The check is part of your paid duty time: allow 15 minutes for it. Record it in FleetBook on the "
         "depot tablet or on the ETM (Menu > Vehicle check). The paper VC1 card is no longer used."),
    para("2. What to check", "Heading2"),
    table([
        ["Item", "What to look for", "If it is faulty"],
        ["Tyres", "Tread at least 3 mm across the centre; no cuts, bulges or exposed cord; pressures look even",
         "Category A"],
        ["Wheels", "Wheel nut indicators all in line; no missing nuts; no rust streaks from the nuts", "Category A"],
        ["Brakes and air", "Air builds up to the green mark; no warning lights; no air leaks heard", "Category A"],
        ["Doors and emergency exits", "Open and close normally; emergency handles sealed; sensitive edges work",
         "Category A"],
        ["Wheelchair ramp", "Deploys and stows fully; kneeling works; ramp bell sounds", "Category A"],
        ["Lights and indicators", "All working; destination display correct", "Category B"],
        ["Mirrors and wipers", "Clean, secure, not cracked; washer bottle filled", "Category B"],
        ["Fire extinguisher", "Gauge in the green; service label dated within the last 12 months", "Category B"],
        ["First aid kit and sharps pouch", "Present and sealed", "Category B"],
        ["A/C", "Cab and saloon cooling when the engine is running", "Category B"],
        ["CCTV", "Red recording light on; cab camera not covered", "Category B"],
        ["Body, seats and trim", "No loose panels, torn seats or graffiti", "Category C"],
    ]),
    para("3. Defect categories", "Heading2"),
    para("Category A: dangerous. The vehicle is off the road (VOR). Do not drive it. Hang the red VOR tag on the "
         "steering wheel, keep the keys and call the Workshop Foreman on ext 320; after 10.00 p.m. call the "
         "Control Room on ext 300. The Output Office gives you another vehicle."),
    para("Category B: must be repaired within 24 hours. The vehicle may run, but the workshop books it in before "
         "the end of the next day."),
    para("Category C: repaired at the next scheduled inspection."),
    para("4. Reporting a defect", "Heading2"),
    para("Step 1. Choose the item in FleetBook and pick the category."),
    para("Step 2. Take at least one photo of the defect with the tablet or your ETM camera."),
    para("Step 3. Describe the fault in a few words (for example \u201cnearside rear inner tyre, cut in sidewall\u201d)."),
    para("Step 4. Sign the check with your staff number. For Category A, tell the Output Office before you leave "
         "the window."),
    para("5. Defects on the road", "Heading2"),
    para("If a fault appears during a duty, call the Control Room by radio. If the bus cannot continue safely, "
         "give Code 1 and follow the Control Room's instructions. Record the defect in FleetBook when you are back "
         "at the depot, before sign-off."),
    para("6. Records", "Heading2"),
    para("FleetBook keeps every check and every defect for 2 years. The Chief Engineer reviews repeat defects every "
         "month. Falsifying a walkround check is gross misconduct."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-MT"),
        core(title="Vehicle Defect Reporting and Walkround Check, FLT-02 Revision 5",
             creator="Chief Engineer (Fleet)", created="2028-01-17"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
