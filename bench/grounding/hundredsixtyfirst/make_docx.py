#!/usr/bin/env python3
"""Build docs/employee-health/exposure-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "employee-health", "exposure-procedure.docx")
STAMP = (2032, 10, 17, 0, 0, 0)

BODY = [
    para("Bloodborne Pathogen Exposure: What To Do", "Heading1"),
    para("Huisache Health System \u00b7 Employee Health \u00b7 EH-104 \u00b7 Version 3"),
    para("Effective November 1, 2032. This procedure applies to every employee, student, volunteer and agency worker "
         "at Huisache Health who has a needlestick or other sharps injury, or a splash of blood or body fluid to the "
         "eyes, nose, mouth or broken skin. The owner is the Employee Health Nurse Manager (ext. 2161)."),
    para("1. First aid, right away", "Heading2"),
    para("Step 1. Wash a needlestick or cut with soap and running water. Do not squeeze the wound and do not use "
         "bleach or alcohol on it."),
    para("Step 2. Flush splashes to the eyes with water or saline at the eyewash station for 15 minutes. Rinse your "
         "mouth or nose with water and spit it out."),
    para("Step 3. Tell your charge nurse or supervisor at once, so that someone covers your patients while you are "
         "seen."),
    para("2. Get seen within 2 hours", "Heading2"),
    para("If HIV post-exposure medicine (PEP) is recommended, it works best when started within 2 hours of the "
         "exposure and should start no later than 72 hours after it. Do not wait until the end of your shift."),
    table([
        ["Where you work", "Monday-Friday 7:00 a.m.-3:30 p.m.", "Nights, weekends and holidays"],
        ["Huisache Medical Center (HMC)", "Employee Health, ground floor, ext. 2160",
         "HMC Emergency Department: tell triage \"employee exposure\""],
        ["Huisache Guadalupe Hospital (HGH)", "Call Employee Health, ext. 2160; the nurse sees you by video",
         "HGH Emergency Department"],
        ["Clinics", "Call Employee Health, ext. 2160",
         "Call the HMC House Supervisor, ext. 2310, who sends you to the nearest emergency department"],
    ]),
    para("3. The source patient", "Heading2"),
    para("The charge nurse or House Supervisor orders the \"Employee Exposure - Source Patient\" order set in Arbor "
         "(rapid HIV test, hepatitis B surface antigen and hepatitis C antibody), after the patient's consent is "
         "obtained. If you are the exposed employee, do not draw the source patient's blood yourself."),
    para("4. Report it", "Heading2"),
    para("Complete an Exposure Report in SafeLine before the end of your shift. Write down the type of device, "
         "whether it had a safety feature, and how the injury happened. Your supervisor reviews the report within "
         "3 days."),
    para("5. Follow-up care", "Heading2"),
    para("Employee Health calls you within 1 business day. Blood tests are done at the time of the exposure and "
         "again at 6 weeks, 3 months and 6 months. The visits, tests and any medicine are free to you. Time spent at "
         "follow-up visits is paid work time, and absences for the exposure do not earn attendance points."),
    para("6. Confidentiality", "Heading2"),
    para("Your exposure, your test results and the source patient's results are kept in your Employee Health "
         "record, separate from your HR file. They are not shared with your manager or coworkers."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="en-US"),
        core(title="Bloodborne Pathogen Exposure: What To Do, version 3",
             creator="Employee Health", created="2032-10-17"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
