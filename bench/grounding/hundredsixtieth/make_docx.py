#!/usr/bin/env python3
"""Build docs/composites/safe-working-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "composites", "safe-working-procedure.docx")
STAMP = (2032, 2, 16, 0, 0, 0)

BODY = [
    para("Composites Shop Safe Working Procedure", "Heading1"),
    para("Connswater Aero Interiors Ltd \u00b7 Composites Shop, Newtownards \u00b7 CS-01 \u00b7 Issue 3"),
    para("Effective 1 March 2032. This procedure applies to everyone who works in the Composites Shop at "
         "Newtownards, including agency staff, apprentices and visiting engineers from the Main Plant and the "
         "Design Office. The owner is the Composites Shop Manager, Mr Gareth Bingham (ext 5100)."),
    para("1. Materials", "Heading2"),
    table([
        ["Material", "Stored", "Before use", "Working life", "PPE"],
        ["Epoxy prepreg rolls (glass and carbon)", "Walk-in freezer, \u221218 \u00b0C or colder",
         "Thaw in the sealed bag for at least 6 hours", "Out-life 21 days at 18\u201324 \u00b0C, logged in FloorTrack",
         "Nitrile gloves"],
        ["Two-part laminating resin", "Flammables store, 15\u201325 \u00b0C", "Mix in the extracted mixing booth only",
         "Pot life 40 minutes after mixing", "Nitrile gloves, goggles, half-mask respirator"],
        ["Honeycomb core", "Dry store, in sealed bags", "Cut on the downdraught table", "No limit while sealed",
         "Safety glasses, half-mask respirator when sanding or cutting"],
        ["Release agent and solvent cleaner", "Flammables cabinet", "Use in the ventilated area only",
         "Close the tin after each use", "Nitrile gloves, safety glasses"],
    ]),
    para("Scan the roll's barcode in FloorTrack every time a prepreg roll comes out of the freezer and every time "
         "it goes back. FloorTrack adds up the out-life and blocks a roll that has reached 21 days; blocked rolls "
         "go to the quarantine rack for the quality inspector."),
    para("2. Protecting your lungs and skin", "Heading2"),
    para("Wear a half-mask respirator with A2P3 filters when mixing resin, sanding, or cutting cured panels and "
         "core. Change the filters after 40 hours of use or every week, whichever comes first, and write the "
         "date on the filter. Everyone who wears a respirator is face-fit tested when first issued and then "
         "every 12 months; you must be clean-shaven where the mask seals."),
    para("Wear nitrile gloves when handling resin or uncured prepreg. Change them at least every 2 hours, and at "
         "once if they are torn or splashed. Never wash resin off your skin with solvent: use the skin cleanser "
         "at the wash station, then soap and water."),
    para("Resins can cause skin allergies that last for life. Report any rash or itching to the Occupational "
         "Health Nurse straight away. She checks the skin of everyone who works with resin every 6 months, on "
         "her Wednesday morning visits."),
    para("3. The autoclave", "Heading2"),
    para("Step 1. Check that you are on the authorised operators list and that a permit for the cure has been "
         "issued in FloorTrack."),
    para("Step 2. Test the door interlock at the start of the shift and record the test in FloorTrack."),
    para("Step 3. Load the tools, connect the vacuum lines and start the cure cycle from the control panel. Cure "
         "cycles run at up to 180 \u00b0C and 7 bar."),
    para("Step 4. Never open the door until the gauge shows 0 bar and the temperature is below 60 \u00b0C."),
    para("Nobody runs the autoclave alone on the back shift: a second authorised operator stays in the shop until "
         "the cycle has finished."),
    para("4. Waste and spills", "Heading2"),
    para("Put uncured resin, mixing pots and contaminated wipes in the yellow-lidded drum marked \u201cUncured resin "
         "waste\u201d. Cured offcuts go in the general waste skip. The spill kit is beside the mixing booth, next "
         "to the eye wash station; report every spill to the shift leader and log it in MyCAI > Safety > Report."),
    para("5. Extraction", "Heading2"),
    para("The mixing booth, the paint booth and the downdraught table are examined and tested by an outside "
         "engineer at least every 14 months. Check the airflow indicator before you start each shift; if it "
         "shows red, stop work and tell the shift leader."),
    para("6. Training", "Heading2"),
    para("You are trained on this procedure before you start work in the shop and again every 2 years. The "
         "training record is kept in MyCAI > Training."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Composites Shop Safe Working Procedure, CS-01 issue 3",
             creator="Composites Shop Manager", created="2032-02-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
