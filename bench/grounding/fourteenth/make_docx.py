#!/usr/bin/env python3
"""Build docs/policies/alcohol-drugs-and-fitness-for-duty.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "alcohol-drugs-and-fitness-for-duty.docx")
STAMP = (2026, 8, 17, 0, 0, 0)

BODY = [
    para("Alcohol, Drugs and Fitness for Duty Policy", "Heading1"),
    para("SAF-AD-01 \u00b7 Version 3 \u00b7 Effective 1 September 2026 \u00b7 Owner: Designated Person Ashore \u00b7 "
         "Approved by the Board of Torran Ferries Ltd"),
    para("1. Who this applies to", "Heading2"),
    para("Everyone who works on a Torran vessel, and everyone ashore in a safety-critical job: port staff who drive, "
         "marshal or load vehicles, linkspan and slipway operators, and anyone who drives a company vehicle. Contractors "
         "working on board follow the same rules."),
    para("2. Alcohol", "Heading2"),
    para("Torran sets a lower limit than the law. You must not be on duty with more than 20 mg of alcohol per 100 ml "
         "of blood (9 micrograms per 100 ml of breath). Do not drink any alcohol in the 10 hours before you report for "
         "duty, and remember that a late night can leave you over the limit next morning. No alcohol is allowed on "
         "board at any time, including in crew cabins when you are off duty."),
    para("3. Drugs and medicines", "Heading2"),
    para("Illegal drugs and psychoactive substances are banned at all times. CBD products can contain THC and are not "
         "an excuse for a positive test. If a medicine carries a drowsiness warning, tell the master (ashore, your "
         "manager) before you start work; you will not be asked what it is for, only whether it affects your duties. "
         "The occupational health service can advise confidentially."),
    para("4. Testing", "Heading2"),
    table([
        ["Type of test", "When", "Carried out by"],
        ["Pre-employment", "Before your first sailing or first shift in a safety-critical job",
         "Heartwood Occupational Health"],
        ["Random", "Unannounced; at least 10% of seafarers and safety-critical shore staff each year",
         "SafeTest Scotland collectors"],
        ["Post-incident", "Within 4 hours of any incident reported in Lookout that caused injury or damage",
         "Master or Designated Person Ashore, with a SafeTest kit"],
        ["For cause", "When the master or a manager has reasonable grounds to think someone is unfit",
         "Master or Designated Person Ashore"],
        ["Return to duty", "Before going back to work after treatment", "Heartwood Occupational Health"],
    ]),
    para("Refusing a test, or tampering with a sample, is treated in the same way as a positive test."),
    para("5. Fatigue and hours of rest", "Heading2"),
    para("Seafarers must have at least 10 hours' rest in any 24 hours and 77 hours in any 7 days. Rest may be split "
         "into no more than two periods, one of them at least 6 hours long. Record your hours in Helm every day. If you "
         "are too tired to work safely, tell the master: nobody is disciplined for reporting fatigue."),
    para("6. Asking for help", "Heading2"),
    para("If you ask for help with alcohol or drugs before you are selected for a test, you will not be disciplined "
         "for asking. Torran gives up to 4 weeks' paid leave for treatment and keeps your job open. Contact the "
         "Calmwater Wellbeing EAP on 0808 157 0346 or the Designated Person Ashore on ext 4320 in confidence."),
    para("7. If a test is positive", "Heading2"),
    para("You are removed from duty at once and sent home safely; you must not drive. A disciplinary hearing follows, "
         "and the result may be dismissal. Where a certificate holder is involved, Torran may have to tell the MCA."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Arial", size=22, lang="en-GB"),
        core(title="SAF-AD-01 Alcohol, Drugs and Fitness for Duty Policy v3", creator="Designated Person Ashore",
             created="2026-08-17"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
