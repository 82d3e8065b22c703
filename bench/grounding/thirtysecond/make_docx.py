#!/usr/bin/env python3
"""Build docs/safety/ppe-issue-and-replacement.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "safety", "ppe-issue-and-replacement.docx")
STAMP = (2027, 9, 20, 0, 0, 0)

BODY = [
    para("PPE Issue and Replacement Procedure", "Heading1"),
    para("Nsansa Mine Services Limited \u00b7 SHEQ Department \u00b7 SHE-05 \u00b7 Revision 4"),
    para("Effective 1 October 2027. This procedure applies to every Nsansa employee who works at Lufubu Shaft, "
         "Lumano Pit, Kisalala or the Central Workshop, and to the storemen who issue personal protective "
         "equipment (PPE). What each job receives, and how often, is in the PPE issue scale on NsansaNet. The "
         "owner is the SHEQ Manager (ext 1160)."),
    para("1. Your first issue", "Heading2"),
    para("New employees receive their full first issue of PPE on the second day of induction at the Kitwe "
         "Training Centre, fitted for size and signed for. Underground crews, drill crews and the blast crew "
         "also have a respirator fit test that day."),
    para("2. Stores issue windows", "Heading2"),
    table([
        ["Site", "Stores", "Issue window", "Days"],
        ["Lufubu Shaft", "Lamp room stores", "05:00 to 06:00, 13:00 to 14:00 and 21:00 to 22:00",
         "Monday to Saturday"],
        ["Lumano Pit", "Field workshop stores", "05:00 to 06:30 and 17:00 to 18:30", "Every day"],
        ["Kisalala", "Camp stores", "05:00 to 06:00 and 17:30 to 19:00", "Every day"],
        ["Kitwe", "Central Workshop stores", "07:00 to 16:00", "Monday to Friday"],
    ]),
    para("3. Replacing worn or damaged PPE", "Heading2"),
    para("Step 1. Bring the worn or damaged item to the stores window. No old item, no new item, except when an "
         "item was lost or stolen (section 4)."),
    para("Step 2. Show your company ID card. The storeman scans it and records the issue in PeopleHub."),
    para("Step 3. Check the size and sign for the new item on the stores tablet."),
    para("Worn items are exchanged free of charge, also before the period in the PPE issue scale if the item is "
         "no longer safe to use."),
    para("4. Lost, stolen or damaged through carelessness", "Heading2"),
    para("Report a lost item in PeopleHub > Requests > Lost PPE before you collect a new one. For PPE that is "
         "lost or damaged through carelessness, 50% of the replacement cost is deducted from your salary, spread "
         "over 2 months. PPE stolen from a locked locker is replaced free of charge when you show a police "
         "report."),
    para("5. Sizes and fit", "Heading2"),
    para("Ladies' sizes of overalls and safety boots are kept at every stores. Boots that do not fit may be "
         "exchanged within 14 days of issue if they are clean and not damaged."),
    para("6. Never without PPE", "Heading2"),
    para("Nobody enters the shaft, the pit or a drill site without the full PPE for the task. A shift foreman who "
         "finds you without it stops your work until you have it, and the time is not paid."),
    para("7. Records", "Heading2"),
    para("PPE issue records are kept in PeopleHub for 5 years. The Stores Manager (ext 1150) checks each site's "
         "issues every quarter."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-ZM"),
        core(title="PPE Issue and Replacement Procedure, revision 4",
             creator="SHEQ Manager", created="2027-09-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
