#!/usr/bin/env python3
"""Build docs/plant/furnace-tapping-sop.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "plant", "furnace-tapping-sop.docx")
STAMP = (2029, 2, 20, 0, 0, 0)

BODY = [
    para("Furnace Tapping Procedure", "Heading1"),
    para("Tashi Yangphel Ferro Alloys Pvt. Ltd. \u00b7 Pasakha plant \u00b7 SOP-PL-04 \u00b7 Rev. 3"),
    para("Effective 1st March 2029. Approved by the General Manager, Pasakha plant. This procedure applies to Furnace "
         "No. 1 and Furnace No. 2 and to everyone who works on a taphole platform or in the casting bay, including "
         "contract workers. F3 (silicon carbide) is not tapped and is not covered here. Owner: the Furnace Manager "
         "(ext 2310)."),
    para("1. Tapping interval", "Heading2"),
    para("Each furnace is tapped every 2 hours. The Shift In-charge may bring a tap forward if the metal level is "
         "high, and writes the reason in PlantLog."),
    para("2. Checks before every tap", "Heading2"),
    table([
        ["Check", "Limit", "Who checks"],
        ["Ladle dry and pre-heated", "at least 2 hours on the burner", "Ladle man"],
        ["People on the taphole platform", "no more than 3", "Tapper-in-charge"],
        ["Exclusion zone round the ladle and runner", "10 metres, marked with red chain", "Shift In-charge"],
        ["Oxygen pressure for lancing", "not above 8 bar", "Certified lancer"],
        ["Ladle fill", "not more than 85%", "Crane operator"],
    ]),
    para("3. PPE on the taphole platform", "Heading2"),
    para("Aluminised jacket and trousers, gold-coated face shield, heat-resistant boots, leather gauntlets, "
         "fire-retardant coverall and a personal CO monitor. No mobile phones on the platform."),
    para("4. Tapping step by step", "Heading2"),
    para("Step 1. The Tapper-in-charge checks the ladle, the runner and the mud gun, and clears the exclusion zone."),
    para("Step 2. Open the taphole with the drill. If it does not open, the certified lancer lances it with an oxygen "
         "lance at least 3 metres long."),
    para("Step 3. Watch the metal flow. No water within 10 metres of the runner or the ladle, and never tap into a "
         "wet ladle."),
    para("Step 4. When slag comes through, close the taphole with the mud gun."),
    para("Step 5. Take a sample for the laboratory. The result is entered in PlantLog within 45 minutes."),
    para("Step 6. The crane moves the ladle to the casting bay. Cast the metal into layers no deeper than 100 mm."),
    para("Step 7. Let the cast metal cool for at least 24 hours before it goes to crushing."),
    para("5. If the taphole will not close", "Heading2"),
    para("Clear the platform at once and sound the platform horn. Call the Shift In-charge and ask the control room "
         "(ext 2300) to cut the power to the electrodes. Nobody stands in front of the taphole until the flow stops. "
         "Report the event in PlantLog > Incidents before the end of the shift."),
    para("6. Records and training", "Heading2"),
    para("The Tapper-in-charge enters the tap time, the ladle number and the sample number in PlantLog for every tap. "
         "Tappers and lancers are trained on this procedure before they start and every 12 months."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-IN"),
        core(title="SOP-PL-04 Furnace Tapping Procedure, Rev. 3",
             creator="Furnace Manager", created="2029-02-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
