#!/usr/bin/env python3
"""Build docs/clinic/clinic-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "clinic", "clinic-procedure.docx")
STAMP = (2027, 8, 27, 0, 0, 0)

BODY = [
    para("School Clinic and Sick Bay Procedure", "Heading1"),
    para("Iroko Crest Schools Limited \u00b7 CLN-01 \u00b7 Version 3"),
    para("Effective 4 September 2027. This procedure is for the school nurses, housemasters and housemistresses, "
         "teachers and every member of staff on duty. The owner is the School Nurse, Lekki (ext 2170)."),
    para("1. Our clinics", "Heading2"),
    table([
        ["Campus", "Sick bay beds", "Nurse on duty", "Partner hospital"],
        ["Lekki", "6", "24 hours in term", "Harmony Specialist Hospital, Lekki Phase 1"],
        ["Abuja", "4", "24 hours in term", "Sahel Family Hospital, Gwarinpa"],
        ["Ibadan", "First aid room, no beds", "7.00 a.m. to 4.00 p.m. on school days", "Bodija Medical Centre"],
    ]),
    para("2. A student who feels unwell", "Heading2"),
    para("Step 1. The teacher sends the student to the clinic with a note, with another student if needed."),
    para("Step 2. The nurse checks the temperature and records the visit in CareBook."),
    para("Step 3. A day student with a temperature of 38.0 \u00b0C or higher is sent home. The nurse calls the "
         "parent to collect the student from the clinic, not from the gate."),
    para("Step 4. A boarder who needs to stay is admitted to the sick bay. The nurse informs the parent by phone "
         "within 1 hour of admission and records the call in CareBook."),
    para("3. Malaria", "Heading2"),
    para("No antimalarial is given without a positive malaria rapid diagnostic test (RDT) done in the clinic. A "
         "student with a negative test and a fever that lasts more than 24 hours is referred to the partner "
         "hospital."),
    para("4. Diarrhoea and vomiting", "Heading2"),
    para("A student who has diarrhoea or vomits twice is kept in the sick bay (boarders) or sent home (day "
         "students). The student returns to class only 48 hours after the last episode. The nurse tells the "
         "Catering Manager the same day if two or more students from one house have diarrhoea."),
    para("5. Medicines", "Heading2"),
    para("Only the nurse gives medicines. Teachers, housemasters and housemistresses never give any medicine, not "
         "even paracetamol. No medicine is given without the parent's signed consent form in CareBook; consent "
         "by phone is not accepted. Medicines from home are handed to the nurse in their original pack with the "
         "doctor's instructions and kept in the locked cabinet."),
    para("6. At night", "Heading2"),
    para("A boarder who falls sick at night is walked to the clinic by the staff member on night duty, who stays "
         "until the nurse takes over. Never leave a sick boarder alone in the dormitory."),
    para("7. Emergencies and referral", "Heading2"),
    para("In a life-threatening emergency call 112 for an ambulance, then the security control room. Otherwise "
         "the nurse refers the student to the partner hospital in the table. A member of staff always goes with "
         "the student and stays until a parent arrives."),
    para("8. Staff", "Heading2"),
    para("Staff may come to the clinic for first aid. The nurse does not treat staff for illness; see your own "
         "doctor and follow the leave policy."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-NG"),
        core(title="School Clinic and Sick Bay Procedure, version 3",
             creator="School Nurse, Lekki", created="2027-08-27"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
