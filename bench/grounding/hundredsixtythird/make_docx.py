#!/usr/bin/env python3
"""Build docs/procedures/medication-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedures", "medication-procedure.docx")
STAMP = (2033, 8, 22, 0, 0, 0)

BODY = [
    para("Medication Procedure", "Heading1"),
    para("Fernleigh Care Homes Ltd \u00b7 MED-01 \u00b7 Version 6"),
    para("Effective 1 September 2033. This procedure applies at all six homes to everyone who orders, stores, gives "
         "or records medicines, including agency nurses. The owner is the Director of Care and Quality (ext 130)."),
    para("1. Who can give medicines", "Heading2"),
    para("Only registered nurses and senior care assistants who have completed the medication e-learning and passed "
         "an observed competency assessment in the last 12 months. Once your competency lapses you may not give "
         "medicines until you have been reassessed. Care assistants may apply prescribed creams after training and "
         "record them in MedsWise."),
    para("2. Round times", "Heading2"),
    table([
        ["Round", "Starts", "Finished by"],
        ["Morning", "08:00", "10:00"],
        ["Lunchtime", "12:00", "13:00"],
        ["Teatime", "17:00", "18:00"],
        ["Night", "21:00", "22:30"],
    ]),
    para("Time-critical medicines, such as those for Parkinson\u2019s disease, insulin and some epilepsy medicines, "
         "carry a clock symbol in MedsWise and must be given within 30 minutes of the prescribed time."),
    para("3. During the round", "Heading2"),
    para("Wear the red \u201cMedication round \u2013 please do not disturb\u201d tabard. Lock the trolley whenever you "
         "walk away from it, even for a moment. Check the resident\u2019s photo and allergies in MedsWise before every "
         "administration, and record each medicine straight after the resident has taken it. Never sign before."),
    para("If a resident refuses a medicine, record the refusal code, offer it again within 1 hour if the medicine "
         "allows, and tell the nurse in charge. The GP is told after 2 refusals of the same medicine in a row."),
    para("For \u201cwhen required\u201d (PRN) medicines, check the time of the last dose, record the reason, and "
         "record the effect within 1 hour."),
    para("4. Controlled drugs", "Heading2"),
    para("Two trained staff give and sign for every controlled drug in the bound CD register. Every controlled drug "
         "is stock checked every week, on the Sunday night shift, by two trained staff. Any difference is reported to "
         "the home manager the same day."),
    para("5. Storage", "Heading2"),
    para("Keep the trolley chained to the wall in the locked treatment room. Record the room temperature daily "
         "(below 25 \u00b0C) and the medicines fridge daily (2 \u00b0C to 8 \u00b0C). If either is out of range, "
         "tell the nurse in charge and ask the pharmacy whether the medicines are still safe to use."),
    para("6. Mistakes", "Heading2"),
    para("If a medicine is missed, given twice, given to the wrong person or at the wrong dose:"),
    para("Step 1. Check the resident and tell the nurse in charge at once."),
    para("Step 2. The nurse in charge calls the GP, or NHS 111 out of hours."),
    para("Step 3. Record the incident in CareNotes within 24 hours."),
    para("Step 4. The nurse in charge tells the resident or their family what happened, and the home manager tells "
         "the Director of Care and Quality."),
    para("Step 5. The home manager decides whether the CQC and the local authority must be told."),
    para("7. Covert medicines", "Heading2"),
    para("Medicines are hidden in food or drink only after a best-interests decision under the Mental Capacity Act, "
         "with the GP\u2019s written agreement and the pharmacist\u2019s advice on how to give each medicine. The "
         "decision is reviewed every 3 months, or sooner if the medicines change."),
    para("8. Ordering", "Heading2"),
    para("Each home orders medicines every 28 days in MedsWise. The order goes to the pharmacy 10 days before the new "
         "cycle starts, and the nurse or senior who receives the delivery checks it against the order on the day it "
         "arrives."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Medication Procedure, MED-01 version 6",
             creator="Director of Care and Quality", created="2033-08-22"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
