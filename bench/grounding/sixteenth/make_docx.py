#!/usr/bin/env python3
"""Build docs/policies/work-from-home-and-hybrid-work.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "work-from-home-and-hybrid-work.docx")
STAMP = (2027, 1, 25, 0, 0, 0)

BODY = [
    para("Work-from-Home and Hybrid Work Policy", "Heading1"),
    para("HR-POL-020 \u00b7 Issue 1 \u00b7 Effective February 1, 2027 \u00b7 Owner: Chief People Officer \u00b7 "
         "Approved by the President and CEO, Tanglaw Contact Solutions, Inc."),
    para("This policy replaces the Telecommuting Guidelines issued in June 2023. It follows Republic Act No. 11165, "
         "the Telecommuting Act: employees who work from home get the same pay, benefits, workload and career "
         "opportunities as employees on site."),
    para("1. Who may work from home", "Heading2"),
    para("You may apply in Kaagapay > Work Arrangement if you are a regular employee (your probation is complete), "
         "your QA average over the last 3 months is 85% or higher, you have no active written warning, and your "
         "account allows work from home. Your Operations Manager approves the application and WFM sets your "
         "on-site shifts."),
    para("2. Accounts and on-site shifts", "Heading2"),
    table([
        ["Account", "Work from home allowed", "On-site shifts required"],
        ["Harborline Wireless, Care", "Yes, hybrid", "2 shifts a week"],
        ["Harborline Wireless, Tech Support", "Yes, hybrid", "3 shifts a week"],
        ["Crestmark Health", "No (client contract and HIPAA clean room)", "All shifts on site"],
        ["Pinecrest Home", "Yes", "1 shift a month, for the team huddle"],
        ["Ridgeway Auto Finance", "Yes, hybrid", "3 shifts a week"],
        ["Wattle Energy", "Yes, hybrid", "2 shifts a week"],
    ]),
    para("3. Your home set-up", "Heading2"),
    para("You need a fixed internet connection of at least 25 Mbps download and 5 Mbps upload, with the company laptop "
         "connected by LAN cable, plus a backup mobile data connection. Work in a quiet, private room with a door, "
         "where no one else can see your screen or hear your calls. Upload a speed test result to TechTulong on the "
         "first working day of every month."),
    para("4. Internet allowance", "Heading2"),
    para("Approved employees receive an internet allowance of \u20b11,500.00 per month, paid on the 10th payday, for "
         "every month in which they work at least 8 shifts from home. This is the only work-from-home allowance."),
    para("5. Power outages and connection loss", "Heading2"),
    para("If you lose power or internet during your shift, notify the WFM Hotline and your Team Leader within 15 "
         "minutes, using your backup mobile data or a phone call. If power or connection is not restored within 1 "
         "hour, go to the nearest Tanglaw site if you can get there safely within 2 hours; otherwise file VL for the "
         "rest of the shift. Time not worked is unpaid unless your Operations Manager approves a make-up shift within "
         "the same week. Three outages in one calendar month lead to a review of your arrangement."),
    para("6. Equipment", "Heading2"),
    para("Tanglaw lends you a laptop, a headset and a LAN adapter. Return them to site IT within 5 working days after "
         "your work-from-home arrangement ends. Equipment that is not returned is charged at its book value."),
    para("7. Data privacy at home", "Heading2"),
    para("The Data Privacy and Clean Desk Policy applies at home: no paper notes, no second phone pointed at the "
         "screen, and no one else in the room during customer contacts."),
    para("8. Ending the arrangement", "Heading2"),
    para("Either you or the company may end the arrangement with 7 days\u2019 notice, or immediately after a data "
         "privacy breach."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Arial", size=22, lang="en-PH"),
        core(title="HR-POL-020 Work-from-Home and Hybrid Work Policy, Issue 1", creator="Chief People Officer",
             created="2027-01-25"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
