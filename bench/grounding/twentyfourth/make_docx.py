#!/usr/bin/env python3
"""Build docs/procedures/falls-prevention-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedures", "falls-prevention-procedure.docx")
STAMP = (2027, 7, 19, 0, 0, 0)

BODY = [
    para("Falls Prevention and Post-Fall Management Procedure", "Heading1"),
    para("Pelangi Community Hospital \u00b7 Nursing \u00b7 Procedure NUR-07 \u00b7 Version 3"),
    para("This version applies from 1 August 2027 on every ward. It is owned by the Chief Nurse and is for nurses, "
         "healthcare assistants, therapists and ward doctors. Falls are the most common incident in a community "
         "hospital; most can be prevented, and every fall is reported and learnt from."),
    para("1. Assessing the risk", "Heading2"),
    para("Assess every patient\u2019s falls risk with the Morse Fall Scale within 4 hours of admission, after every "
         "fall, on transfer between wards and at least every 7 days. Record the score in CareLink and tell the "
         "patient and the family what it means."),
    table([
        ["Risk level", "Morse score", "What we do"],
        ["Low", "0 to 24", "Bed at its lowest height, call bell within reach, non-slip socks, a clear path to the "
         "toilet"],
        ["Moderate", "25 to 44", "As for low risk, plus hourly rounding from 0700 to 2200hrs and 2-hourly rounding "
         "at night, and a toileting schedule"],
        ["High", "45 and above", "As for moderate risk, plus a bed alarm and a chair alarm, a low bed, a bed near the "
         "nurses\u2019 station, and a yellow wristband with a yellow falls sign above the bed"],
    ]),
    para("2. Immediately after a fall", "Heading2"),
    para("Stay with the patient and call for help. Do not lift the patient or let them get up until a registered "
         "nurse has checked the airway, breathing and circulation and looked for bleeding, pain, deformity and a "
         "head injury. Use the hoist or the inflatable lifting cushion to get the patient off the floor; never lift "
         "by hand."),
    para("The ward doctor, or the doctor on call after hours, reviews the patient within 1 hour. If a fracture or "
         "a head injury is suspected in a patient on anticoagulants, the doctor arranges transfer to the partner "
         "acute hospital\u2019s emergency department by ambulance."),
    para("If the patient hit their head, nobody saw the fall, or the patient is on anticoagulants, do neurological "
         "observations every 15 minutes for the first hour, then every hour for the next 4 hours."),
    para("3. Reporting and telling the family", "Heading2"),
    para("Report the fall in SafeReport before the end of your shift; the paper incident form is no longer used. "
         "The nurse in charge informs the next of kin within 2 hours. For a fall at night with no injury, the next "
         "of kin may be told by 0900hrs the next morning."),
    para("4. Post-fall huddle and review", "Heading2"),
    para("Hold a post-fall huddle at the bedside or the nurses\u2019 station within 30 minutes of the fall, with the "
         "nurse in charge, the staff involved and, if possible, the patient. Ask what happened, why, and what will "
         "stop it happening again, and update the care plan there and then. The Nurse Manager reviews the "
         "SafeReport entry within 3 working days, and the Falls Committee reviews every fall with injury."),
    para("5. Records", "Heading2"),
    para("Record the fall, the checks, the doctor\u2019s review and the huddle in CareLink on the same shift."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-SG"),
        core(title="Falls Prevention and Post-Fall Management Procedure, version 3",
             creator="Chief Nurse", created="2027-07-19"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
