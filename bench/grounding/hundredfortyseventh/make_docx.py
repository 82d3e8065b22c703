#!/usr/bin/env python3
"""Build docs/workshop/daily-vehicle-check.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "workshop", "daily-vehicle-check.docx")
STAMP = (2028, 12, 10, 0, 0, 0)

BODY = [
    para("Daily Vehicle Check and Defect Reporting Procedure", "Heading1"),
    para("Flyingfish Transport Company Limited \u00b7 Workshop \u00b7 WS-02 \u00b7 Version 3"),
    para("Effective 1 January 2029. This procedure applies to every driver of a bus, minibus or ZR van and to "
         "every mechanic at the depot. The owner is the Fleet Engineer, Mr Ryan Blackman (ext 230)."),
    para("1. The walk-round check", "Heading2"),
    para("Every vehicle is checked by its driver before it leaves the depot or a terminus at the start of a duty. "
         "ZR vans are checked at the start of every shift, even when the van changes hands during the day. Allow "
         "about 15 minutes for the check."),
    table([
        ["Item", "What to check", "Minimum"],
        ["Tyres", "Tread, cuts, bulges, pressure", "Tread at least 2 mm; buses 115 psi front and 110 psi rear"],
        ["Lights", "Headlights, indicators, brake lights, destination sign", "All working"],
        ["Doors", "Open and close from the cab; emergency exit and hammer", "All working"],
        ["Brakes", "Air pressure, parking brake", "Air pressure built up within 2 minutes"],
        ["Inside", "Seats, first aid kit, fire extinguisher, CCTV light", "Extinguisher gauge in the green"],
    ]),
    para("2. Recording the check", "Heading2"),
    para("Record the check on the TrackLine tablet in the cab under DefectLog > Daily check before you move off. "
         "Take a photo of any damage. The tablet will not start the duty until the check is saved."),
    para("3. Defects", "Heading2"),
    para("Category A defects (brakes, steering, tyres, doors, lights, or anything that is unsafe): the vehicle is "
         "taken off road. Do not drive it. Call the Control Room (ext 250) for a spare vehicle."),
    para("Category B defects (seats, wipers, the destination sign, air conditioning and the like): report them in "
         "DefectLog within 1 hour of finding them. The workshop repairs them within 48 hours."),
    para("4. Steps when you find a Category A defect", "Heading2"),
    para("Step 1. Switch off the engine and put on the parking brake."),
    para("Step 2. Report the defect in DefectLog and mark the vehicle VOR (vehicle off road)."),
    para("Step 3. Put the red VOR tag on the steering wheel."),
    para("Step 4. Tell the Control Room on ext 250 so that a spare vehicle is sent."),
    para("5. In the depot yard", "Heading2"),
    para("The speed limit in the depot yard is 10 km/h. Reverse only with a banksman. Fuel only at the depot fuel "
         "bay, with the engine off and no phone in your hand."),
    para("6. Records and training", "Heading2"),
    para("DefectLog records are kept for 3 years. Every driver is trained on this procedure at induction and "
         "every 2 years, by the Training Officer (ext 290)."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="en-BB"),
        core(title="Daily Vehicle Check and Defect Reporting Procedure, version 3",
             creator="Fleet Engineer", created="2028-12-10"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
