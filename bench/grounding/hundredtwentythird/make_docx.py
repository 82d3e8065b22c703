#!/usr/bin/env python3
"""Build docs/crew/crew-change-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "crew", "crew-change-procedure.docx")
STAMP = (2029, 5, 21, 0, 0, 0)

BODY = [
    para("Crew Change and Offshore Travel Procedure", "Heading1"),
    para("Syarikat Lambak Marine Services Sdn Bhd \u00b7 LMS-OPS-PR-007 \u00b7 Rev 4"),
    para("Berkuat kuasa / Effective 1 June 2029. Owner: Marine Superintendent (samb. 220). This procedure applies "
         "to all rotation crew (14/14) on our vessels and on client platforms, and to staff visiting offshore."),
    para("1. Crew change days", "Heading2"),
    table([
        ["Crew", "Crew change", "Where", "Report by"],
        ["Platform crew (Kembang-A, Kembang-B)", "Wednesday, every 2 weeks", "Anduki Airfield, Seria (helicopter)",
         "0630 hrs at the check-in counter"],
        ["Vessel crew (MV Lambak Perkasa, MV Lambak Setia)", "Tuesday, every 2 weeks",
         "Muara Supply Base, berth 2", "0730 hrs at the base gate"],
        ["Crew boat crew (MV Lambak Pantas, MV Lambak Laju)", "Saturday, every 2 weeks", "Muara Supply Base",
         "0700 hrs at the base gate"],
    ]),
    para("2. Getting there", "Heading2"),
    para("On helicopter crew change days the company bus to Anduki leaves the Kiulap head office at 0430 hrs and "
         "the Kuala Belait Yard at 0530 hrs. If the bus is full or cancelled and you drive, claim code TR-03."),
    para("3. Before you travel", "Heading2"),
    para("Step 1. Check your name on the flight or boat manifest in CrewPlan, published 48 hours before the crew "
         "change."),
    para("Step 2. Make sure your T-BOSIET or T-FOET, your HUET with CA-EBS and your offshore medical are valid for "
         "the whole hitch. You will be turned away at check-in otherwise."),
    para("Step 3. Sleep at least 8 hours before travelling. Do not travel straight after a night shift."),
    para("Step 4. At check-in, show your IC or passport and your staff card, take the alcohol breath test and the "
         "bag check, and watch the helicopter safety briefing."),
    para("Baggage: helicopter 15 kg in one soft bag; crew boat 23 kg. Declare any medicine and any food you "
         "carry."),
    para("4. On arrival and handover", "Heading2"),
    para("Report to the OIM (platform) or the Master (vessel). Attend the site induction on your first hitch at a "
         "new location. Read the handover note in CrewPlan left by the person you relieve, and write your own "
         "handover note in CrewPlan before you leave."),
    para("5. Swaps", "Heading2"),
    para("Swap a crew change only with a colleague in the same job. Both of you request the swap in CrewPlan at "
         "least 21 days before the crew change; the Crew Coordinator (samb. 230) approves or refuses it."),
    para("6. Delays and cancellations", "Heading2"),
    para("If the flight or boat is cancelled for weather, stay at the hotel booked by the Crew Coordinator; the "
         "standby rate on the Offshore Allowances page is paid for each day. The outgoing crew stays on board "
         "until relieved and is paid the extended stay rate from day 15."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-BN"),
        core(title="Crew Change and Offshore Travel Procedure, Rev 4",
             creator="Marine Superintendent", created="2029-05-21"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
