#!/usr/bin/env python3
"""Build docs/policies/exposure-control-plan.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "exposure-control-plan.docx")
STAMP = (2026, 12, 2, 0, 0, 0)

BODY = [
    para("Bloodborne Pathogens Exposure Control Plan", "Heading1"),
    para("Policy IC-POL-02 · Revision 5 · Effective 04/01/2026 · Approved by Daniel Whitcomb, MD, Chief Medical Officer"),
    para("1. Purpose", "Heading2"),
    para("This plan protects Sagebrook Community Health employees from bloodborne pathogens such as HIV, hepatitis B and "
         "hepatitis C, as required by the OSHA Bloodborne Pathogens Standard (29 CFR 1910.1030). Revision 5 replaces "
         "Revision 4 (2022) and the SageNet page \u201cNeedlestick and Blood Exposure: What to Do\u201d, which has been archived."),
    para("2. Who is covered", "Heading2"),
    para("All employees whose work may bring them into contact with blood or other potentially infectious materials: "
         "providers, nurses, medical assistants, dental staff, laboratory and pharmacy staff, environmental services and "
         "anyone who cleans up after a patient. Patient services and administrative staff are covered when they handle "
         "specimens or work on the dental van."),
    para("3. Preventing exposures", "Heading2"),
    para("Use the safety-engineered needle, lancet or scalpel every time and activate the safety feature immediately "
         "after use. Never recap a used needle by hand. Replace sharps containers when they are three-quarters full. "
         "Wear gloves for any contact with blood, and a face shield or mask and goggles when splashes are possible, "
         "including all dental procedures."),
    para("Hepatitis B vaccine is offered free to every covered employee within 10 working days of assignment to a "
         "covered job. Employees who decline sign the OSHA declination form and may start the vaccine later at no cost."),
    para("4. If you are exposed", "Heading2"),
    para("An exposure is a needlestick or cut from a used sharp, or a splash of blood or body fluid into the eyes, nose, "
         "mouth or broken skin. Preventive treatment works best when it is started quickly, so follow these steps at once:"),
    table([
        ["Step", "What to do", "When"],
        ["1. Wash", "Wash needlesticks and cuts with soap and water. Flush eyes, nose or mouth with water for 15 minutes.",
         "Immediately"],
        ["2. Call", "Call the Exposure Hotline at (208) 555-0188. An Employee Health nurse answers 24 hours a day, "
         "including weekends and holidays, and tells you where to go.", "Right after washing"],
        ["3. Get evaluated", "Go to WorkWell Occupational Health or the nearest emergency department for a "
         "post-exposure evaluation.", "Within 2 hours of the exposure"],
        ["4. Document", "Complete the Sharps Injury Log (form IC-7) and an Employee Incident Report (form SF-12) on "
         "SageNet.", "Before the end of your shift"],
        ["5. Follow up", "Employee Health arranges follow-up blood tests and counseling.",
         "At 6 weeks, 3 months and 6 months"],
    ], width=2300),
    para("Tell your supervisor as soon as you have called the hotline. Your supervisor arranges for someone to cover your "
         "patients so that you can leave for the evaluation."),
    para("5. The source patient", "Heading2"),
    para("The Employee Health nurse, not the exposed employee, asks the source patient for consent to test for HIV, "
         "hepatitis B and hepatitis C. Never look up the source patient's results in Chartwell yourself; Employee Health "
         "will give you the information you need."),
    para("6. Records and confidentiality", "Heading2"),
    para("Exposure and vaccination records are kept by Employee Health, separate from personnel files, for the length "
         "of employment plus 30 years. They are released only with the employee's written consent or as the law "
         "requires. All costs of evaluation, treatment and follow-up are covered by workers' compensation."),
    para("7. Training and review", "Heading2"),
    para("Covered employees complete bloodborne pathogens training in SageLearn before their first patient contact and "
         "every year after that. The Infection Prevention Committee reviews this plan and the Sharps Injury Log every "
         "year, and asks front-line staff to help choose safer devices."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="en-US"),
        core(title="Bloodborne Pathogens Exposure Control Plan IC-POL-02 Rev 5", creator="Infection Prevention Committee", created="2026-03-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
