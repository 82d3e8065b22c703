#!/usr/bin/env python3
"""Build docs/operations/prestart-and-handover-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "operations", "prestart-and-handover-procedure.docx")
STAMP = (2028, 4, 18, 0, 0, 0)

BODY = [
    para("Haul Truck Prestart and Shift Handover Procedure", "Heading1"),
    para("Coolabah Haulage Pty Ltd \u00b7 Marra Ridge Operations \u00b7 OPS-04 \u00b7 Revision 5"),
    para("Effective 1 May 2028. This revision replaces Revision 4 (February 2026). It applies to every pit haul "
         "truck operator and road train driver, including trainees and labour-hire operators. The owner is the "
         "Haul Superintendent (ext 5200)."),
    para("1. Prestart meeting", "Heading2"),
    para("The prestart meeting is at 0545 for day shift and 1745 for night shift, in the go-line crib hut. The "
         "supervisor covers the shift plan, haul road conditions, hazards, the weather and any EyeWatch alerts "
         "from the last shift. Tap your ID card on the SafeTrack reader at the door to record that you were there."),
    para("2. Hot-seat handover", "Heading2"),
    para("Trucks change over at the go-line with the engine running. The operator going off shift enters the "
         "handover notes in SafeTrack on the in-cab tablet before getting out, and tells you about any fault face "
         "to face. The handover is finished within 15 minutes, so the truck stands for as little time as "
         "possible. Road train drivers change over at the Marra Ridge road train park."),
    para("3. Walk-around", "Heading2"),
    para("Step 1. Read the SafeTrack handover notes from the last operator on the in-cab tablet."),
    para("Step 2. Walk around the truck with the tablet and answer every item of the SafeTrack prestart "
         "checklist. You cannot start the shift in SafeTrack until every item is answered."),
    para("Step 3. Look at every tyre for cuts, bulges and rock damage, check the wheel nut indicators, and check "
         "the tyre pressure readout on the dash for a red tyre."),
    para("Step 4. Check the lights, horn, reversing alarm, mirrors, cameras, the fire extinguisher and the fire "
         "suppression panel (green light)."),
    para("Step 5. In the cab, test the service brake, the park brake and the retarder before you move."),
    para("Step 6. Submit the checklist in SafeTrack and call up on channel 14 (pit) or channel 20 (haul road) "
         "that you are ready to go."),
    para("4. Defects", "Heading2"),
    table([
        ["Category", "Examples", "What you do", "Fixed"],
        ["A \u2013 stop now", "Brakes, steering, tyre damage, fluid leak, fire suppression fault, cab "
         "air-conditioning not working when the cab is above 30 \u00b0C",
         "Do not drive. Call maintenance on channel 14; the truck is tagged out in SafeTrack",
         "Before the truck runs again"],
        ["B \u2013 report", "A light out, a cracked mirror, a camera fault", "Report it in SafeTrack",
         "Within 24 hours"],
        ["C \u2013 next service", "Seat wear, cosmetic damage", "Report it in SafeTrack", "At the next service"],
    ]),
    para("5. Fuel", "Heading2"),
    para("Refuel at the go-line fuel bay when the gauge is below 25%. Road trains refuel at Kalli Siding when "
         "below 25%, and never leave Marra Ridge for the siding below 40%."),
    para("6. Records", "Heading2"),
    para("Prestart checklists, handover notes and defect reports are kept in SafeTrack for 5 years. The Haul "
         "Superintendent reviews open Category B defects at the 0545 prestart every day."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-AU"),
        core(title="Haul Truck Prestart and Shift Handover Procedure, revision 5",
             creator="Haul Superintendent", created="2028-04-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
