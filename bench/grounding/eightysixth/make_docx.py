#!/usr/bin/env python3
"""Build docs/hse/h2s-safety-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "hse", "h2s-safety-procedure.docx")
STAMP = (2036, 6, 22, 0, 0, 0)

BODY = [
    para("H2S Safety Procedure", "Heading1"),
    para("Ghaf Oilfield Services LLC \u00b7 HSE-PR-07 \u00b7 Rev 04 \u00b7 Issued for Use"),
    para("Effective 01/07/2036. Owner: HSE Manager (ext 2300). This procedure applies to everyone who works inside "
         "a wellsite fence on a well that may produce hydrogen sulphide (H2S), including subcontractors and visitors, "
         "and to the Nizwa workshop when it opens equipment that has been in sour service."),
    para("1. Why H2S kills", "Heading2"),
    para("H2S is heavier than air, collects in low places such as pits and cellars, and above about 100 ppm it stops "
         "your sense of smell within minutes, so you cannot rely on your nose. Always trust your monitor."),
    para("2. Alarm levels", "Heading2"),
    table([
        ["Level", "Reading", "What you hear and see", "What you do"],
        ["Low alarm", "5 ppm", "Personal monitor beeps slowly and vibrates",
         "Stop work, put on your escape set, tell the supervisor; leave if the reading keeps rising"],
        ["High alarm", "10 ppm", "Fast beep; red beacons and the wellsite siren",
         "Evacuate to the upwind muster point; only SCBA teams go back"],
        ["IDLH", "100 ppm", "Immediately dangerous to life and health",
         "Rescue only in SCBA, with a standby man at the fence"],
    ]),
    para("3. Equipment", "Heading2"),
    para("Everyone inside the wellsite fence wears a personal H2S monitor clipped near the mouth and nose. Each "
         "monitor is bump tested at the start of every shift and the test is written on the gas log in the well "
         "test cabin. Everyone carries a 15-minute escape set on the belt. SCBA sets with 30-minute cylinders are "
         "kept at the wellsite, checked at the start of each well test and after every use. Two wind socks are put "
         "up at each wellsite so that one can be seen from anywhere on the location."),
    para("4. When your H2S alarm goes off", "Heading2"),
    para("Step 1. Hold your breath."),
    para("Step 2. Put on your escape set."),
    para("Step 3. Move upwind or crosswind to the muster point, away from low ground. Look at the wind socks."),
    para("Step 4. Report to the Well Test Supervisor for the headcount. Do not leave the muster point without "
         "permission."),
    para("Step 5. The Well Test Supervisor calls camp control on radio channel 4 and the client's Area Authority. "
         "All permits on the wellsite are cancelled."),
    para("Never go back for a casualty without SCBA and a second person in SCBA. The camp nurse is called to the "
         "muster point by camp control."),
    para("5. Training", "Heading2"),
    para("Nobody enters a wellsite fence without a valid H2S Awareness card. The H2S Awareness and Escape Set course "
         "is renewed every 2 years; SCBA wearers also hold the yearly SCBA Wearer course."),
    para("6. After an exposure", "Heading2"),
    para("Anyone who may have breathed H2S goes to the camp clinic, even if they feel well, and is not allowed back "
         "to work that shift. The supervisor reports the exposure in GhafSafe within 24 hours; the HSE Manager "
         "reviews every exposure with the crew."),
    para("7. Changes in Rev 04", "Heading2"),
    para("Lower alarm levels, a bump test every shift, 15-minute escape sets, two wind socks per wellsite, camp "
         "control moved to radio channel 4, and training every 2 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="H2S Safety Procedure, HSE-PR-07 Rev 04",
             creator="HSE Manager", created="2036-06-22"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
