#!/usr/bin/env python3
"""Build docs/policies/accommodation-and-worker-welfare.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "accommodation-and-worker-welfare.docx")
STAMP = (2027, 3, 22, 0, 0, 0)

BODY = [
    para("Employee Accommodation and Worker Welfare Policy", "Heading1"),
    para("HR-POL-031 \u00b7 Issue 1 \u00b7 Effective 1 April 2027 \u00b7 Owner: Director, Human Resources \u00b7 "
         "Approved by the Chief Executive Officer, Kelip Semiconductor Sdn. Bhd."),
    para("This policy replaces the Hostel House Rules issued in March 2024. It applies to everyone who lives in a "
         "company hostel and to every employee recruited from outside Malaysia. Both hostels hold a certificate for "
         "accommodation under the Employees\u2019 Minimum Standards of Housing, Accommodations and Amenities Act 1990 "
         "(Act 446), and Kelip follows the Responsible Business Alliance Code of Conduct."),
    para("1. Our hostels", "Heading2"),
    table([
        ["Hostel", "Location", "Beds", "Bus to the plant"],
        ["Hostel Seri Delima", "Sungai Ara, Penang", "576 (96 rooms)", "Route BL-05, about 15 minutes"],
        ["Hostel Bukit Kulim", "Taman Kenari Jaya, Kulim", "240 (40 rooms)", "Route K1-04, about 10 minutes"],
    ]),
    para("2. Your passport and documents", "Heading2"),
    para("You keep your own passport and work permit. No manager, supervisor, hostel warden or agent may ask you to hand "
         "them over, and Kelip does not keep them, not even for safekeeping. Each bed has a personal locker, and you hold "
         "the only key. HR may look at your documents to check them, then hands them straight back."),
    para("3. Rooms", "Heading2"),
    para("A room holds no more than 6 people, with a single bed, mattress, pillow, fan and lockable locker for each "
         "resident, and at least 3.6 square metres of sleeping space per person. Men and women live in separate blocks. "
         "Each hostel has a common kitchen, a laundry room, a prayer room and free Wi-Fi."),
    para("4. Costs", "Heading2"),
    para("Accommodation, water, electricity and Wi-Fi are free: nothing is deducted from your wages for the hostel. "
         "Kelip also pays all recruitment fees and costs. If you paid any fee to an agent to get this job, tell the "
         "Welfare Officer; Kelip repays it in full within 90 days."),
    para("5. Coming and going", "Heading2"),
    para("There is no curfew: you are free to come and go at any time. Quiet hours are 22:00 to 06:00 so that night "
         "crews can sleep. Visitors are welcome in the common lounge from 08:00 to 22:00 after signing in at the guard "
         "house; visitors may not stay overnight."),
    para("6. Help and complaints", "Heading2"),
    para("A Welfare Officer visits each hostel every week. To raise a concern, call the Suara Kita hotline on "
         "extension 5050 (24 hours; Bahasa Malaysia, English, Nepali, Bengali and Burmese), use the anonymous boxes in "
         "each hostel lobby, or speak to any HR staff member. No one may be punished for raising a concern in good "
         "faith."),
    para("7. Home leave and end of contract", "Heading2"),
    para("After every 24 months of service, non-Malaysian employees receive a return air ticket home for their annual "
         "leave. At the end of your contract Kelip pays your flight home."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-MY"),
        core(title="HR-POL-031 Employee Accommodation and Worker Welfare Policy, Issue 1",
             creator="Director, Human Resources", created="2027-03-22"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
