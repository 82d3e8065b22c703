#!/usr/bin/env python3
"""Build docs/policies/hybrid-work-policy.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "hybrid-work-policy.docx")
STAMP = (2027, 1, 18, 0, 0, 0)

BODY = [
    para("Hybrid Work Policy", "Heading1"),
    para("HR-HYB-02 \u00b7 Version 2.0 \u00b7 Effective 01-10-2026 \u00b7 Owner: Director \u2013 HR \u00b7 Approved by "
         "the Managing Director"),
    para("1. Purpose and scope", "Heading2"),
    para("This policy sets out how employees combine work from the office and work from home (WFH). It applies to "
         "employees at the Pune Head Office and the Bengaluru Delivery Centre, and to Kochi site staff where the "
         "client permits. It does not apply to roles at the Hosur Validation Lab & Plant or to Bengaluru NOC shift "
         "roles, whose work needs them on site."),
    para("2. Office and home days", "Heading2"),
    para("Employees work from the office at least 3 days a week and may work from home up to 2 days a week. Each "
         "manager fixes one team anchor day on which the whole team is in the office. New joiners work from the "
         "office on all working days for their first 60 days."),
    para("3. Core hours", "Heading2"),
    para("On WFH days you must be reachable on Teams and phone during the core hours of 11:00 AM to 4:00 PM IST. "
         "Outside the core hours, plan your day with your team."),
    para("4. How to apply", "Heading2"),
    para("Apply in Saathi > Attendance > WFH Request by 6:00 PM on the previous working day. Your manager approves it "
         "in Saathi. A WFH day that is not applied for and approved is treated as absent after the 3-day "
         "regularisation window and is marked as Leave Without Pay."),
    para("5. Allowances", "Heading2"),
    table([
        ["Item", "Amount", "How to claim"],
        ["Internet reimbursement", "\u20b91,000 per month", "Saathi > Claims > Internet, every quarter, with the bills"],
        ["Home office set-up (one time)", "\u20b95,000", "After confirmation, with the invoice; once in 3 years"],
        ["Data card (no home broadband)", "Company-issued", "Raise a Sahayak request"],
        ["Electricity", "Not reimbursed", "\u2014"],
    ]),
    para("6. Security", "Heading2"),
    para("Use only the company laptop and connect through GlobalConnect VPN for all office systems. Do not print "
         "confidential documents at home. Use public Wi-Fi only with the VPN on. Report a lost or stolen laptop to "
         "the IT Helpdesk within 2 hours."),
    para("7. Working from another city", "Heading2"),
    para("With your manager's approval you may work from another city in India for up to 15 working days in a "
         "calendar year. Working from outside India is not allowed under this policy."),
    para("8. Review", "Heading2"),
    para("HR reviews this policy every year in September. Managers may ask a team member to come to the office on a "
         "WFH day when the work needs it, giving at least one day's notice."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-IN"),
        core(title="HR-HYB-02 Hybrid Work Policy v2.0", creator="HR Operations", created="2026-09-15"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
