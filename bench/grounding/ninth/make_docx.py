#!/usr/bin/env python3
"""Build docs/policies/lone-worker-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "lone-worker-procedure.docx")
STAMP = (2027, 7, 5, 0, 0, 0)

BODY = [
    para("Lone Worker Procedure", "Heading1"),
    para("Procedure H&S-PR-07 \u00b7 Version 3 \u00b7 Effective 1 November 2026 \u00b7 Owner: Health, Safety and "
         "Wellbeing Manager \u00b7 Approved by the Executive Leadership Team"),
    para("1. Purpose", "Heading2"),
    para("Many of our people work on their own, away from help: inspecting buildings, picking up dogs, checking roads "
         "and bridges, or locking up a pool at night. Under the Health and Safety at Work Act 2015 the Council must "
         "make sure they can get help quickly if something goes wrong. Version 3 takes over from version 2 (2024) and "
         "from the 2022 Te Puna page \u201cWorking alone \u2013 check-in guide\u201d, which has been archived."),
    para("2. Who this applies to", "Heading2"),
    para("Building inspectors and consent officers on site visits; Animal Services officers; roading and water "
         "services inspectors; staff on standby callouts; library and aquatics staff who open or close a building on "
         "their own; and anyone working alone in the Civic Centre after 6:00 pm."),
    para("3. Before you go", "Heading2"),
    para("Check the property record in Ara. If the property has a Caution flag, or a dog there is classified as "
         "menacing or dangerous, two officers must attend \u2013 never go alone. Then start a session in the Kia "
         "Haumaru app: choose the risk level, enter the address and the time you expect to finish."),
    para("If you are going somewhere without mobile coverage, such as the Rangiwai Gorge or the coast road north of "
         "Te P\u0101 Point, take a satellite messenger from the key cabinet at the Rangiwai Depot and switch it on "
         "before you lose coverage."),
    para("4. Check-in intervals", "Heading2"),
    table([
        ["Risk level", "Typical work", "Check in", "Escalation starts when you are overdue by"],
        ["Low", "Working in an office or depot after hours; opening or closing a library or pool", "At the start and at "
         "the finish", "15 minutes"],
        ["Medium", "Site inspections, roadside work, driving on rural roads", "Every 60 minutes", "15 minutes"],
        ["High", "Dog seizures, Caution-flag properties (always two officers), areas without coverage", "Every 30 "
         "minutes", "10 minutes"],
    ]),
    para("5. If you miss a check-in or press SOS", "Heading2"),
    para("The Kia Haumaru monitoring centre, on 0800 555 019 (24 hours), rings you twice. If you don't answer, it rings "
         "your manager and then your manager's manager. If nobody can confirm that you are safe, it calls Police on "
         "111 and gives them your last GPS location. Pressing the SOS button in the app goes straight to Police."),
    para("If you are with someone and can't speak freely, ring the monitoring centre and say \u201cI need the blue "
         "file\u201d. They will stay on the line and send help."),
    para("6. Feeling unsafe", "Heading2"),
    para("You never have to finish a visit. If a situation feels wrong, leave, get to a safe place and then call your "
         "manager. Nobody will be criticised for walking away."),
    para("7. Equipment", "Heading2"),
    para("Animal Services officers and building inspectors are issued a personal alarm. Animal Services officers also "
         "wear a stab-resistant vest on every field visit. Other staff can borrow a personal alarm from the Health, "
         "Safety and Wellbeing team."),
    para("8. Reporting", "Heading2"),
    para("Record every incident, near miss or threat in SafeTrack within 24 hours. Your manager follows it up within "
         "5 working days, and serious events are reported to the Executive Leadership Team."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-NZ"),
        core(title="Lone Worker Procedure H&S-PR-07 Version 3", creator="Health, Safety and Wellbeing", created="2026-10-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
