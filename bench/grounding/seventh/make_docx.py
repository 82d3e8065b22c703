#!/usr/bin/env python3
"""Build docs/policies/drug-and-alcohol-policy.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "drug-and-alcohol-policy.docx")
STAMP = (2026, 12, 2, 0, 0, 0)

BODY = [
    para("Drug and Alcohol Policy", "Heading1"),
    para("Document HS-POL-04 · Revision 4 · Effective 01/02/2025 · Approved by Graham Pettigrew, Managing Director"),
    para("1. Purpose", "Heading2"),
    para("Brolga Civil Contracting is committed to a workplace where nobody is impaired by alcohol or drugs. "
         "Our crews work around heavy plant, live traffic, deep excavations and high-pressure water mains, "
         "where one impaired person can kill or injure others. This revision replaces Revision 3 (2020)."),
    para("2. Who this applies to", "Heading2"),
    para("This policy applies to all employees, labour-hire workers, subcontractors and visitors on any Brolga site, "
         "depot or compound, and to anyone driving a Brolga vehicle or operating Brolga plant, at any time."),
    para("3. Our standard", "Heading2"),
    para("Nobody may start or continue work with a blood alcohol concentration (BAC) above 0.02, or with any drug "
         "in their system at or above the cut-off levels in AS 4760 (oral fluid testing). This is stricter than the "
         "road rules because our work is more dangerous than driving a car."),
    para("4. Testing", "Heading2"),
    para("Breath testing is done on site with a calibrated breathalyser. Oral fluid screening is done on site by a "
         "trained collector; non-negative screens are sent to an accredited laboratory for confirmation."),
    table([
        ["Test", "When", "Method", "Who is tested"],
        ["Pre-employment", "Before the first shift", "Oral fluid (AS 4760)", "All new starters and labour-hire workers"],
        ["Random", "At least 10% of the workforce each month, selected by the Brolga app",
         "Breath and oral fluid", "Everyone on site, including subcontractors"],
        ["For cause", "When a supervisor has reasonable grounds to believe someone is impaired",
         "Breath and oral fluid", "The person concerned"],
        ["Post-incident", "Within 4 hours of a serious incident, service strike or vehicle crash",
         "Breath and oral fluid", "Everyone directly involved"],
    ], width=2300),
    para("5. Non-negative and positive results", "Heading2"),
    para("A person with a non-negative result is stood down on full pay for the rest of the shift and is driven "
         "home – they must not drive. They return to work only after a negative retest or a negative laboratory result."),
    para("A confirmed positive result leads to a written warning, a referral to the Employee Assistance Program and a "
         "return-to-work test. A second confirmed positive within 24 months may lead to termination of employment. "
         "Refusing a test, or tampering with a sample, is treated as a confirmed positive."),
    para("6. Medication", "Heading2"),
    para("If you take prescription or over-the-counter medication that may affect your ability to work safely, tell "
         "your supervisor before you start work. You do not have to say what the medication is or why you take it; "
         "any medical information you give is kept confidential by the HSEQ team."),
    para("7. Getting help", "Heading2"),
    para("Anyone who is worried about their own drinking or drug use, or a mate's, can call the Employee Assistance "
         "Program on 1800 818 728. Asking for help before a test is not a breach of this policy, and Brolga will "
         "support a reasonable period of leave for treatment."),
    para("8. Alcohol at work functions", "Heading2"),
    para("Alcohol may be served only at functions approved by the Managing Director, never on a site, in a compound "
         "or in a vehicle. Nobody drives a Brolga vehicle home from a function where they have been drinking."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1134),
        styles(font="Arial", size=21, lang="en-AU"),
        core(title="Drug and Alcohol Policy HS-POL-04 Rev 4", creator="HSEQ Manager", created="2025-01-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
