#!/usr/bin/env python3
"""Build docs/woodlands/falling-and-bucking-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "woodlands", "falling-and-bucking-procedure.docx")
STAMP = (2027, 9, 20, 0, 0, 0)

BODY = [
    para("Falling and Bucking Safe Work Procedure", "Heading1"),
    para("Nechako Ridge Forest Products Ltd. \u00b7 Woodlands \u00b7 WD-02 \u00b7 Version 3"),
    para("Effective 1 October 2027. This procedure applies to every faller and bucker working on Nechako Ridge blocks, "
         "including contract crews. The owner is the Woodlands Manager (ext 2300)."),
    para("1. Before falling", "Heading2"),
    para("Step 1. Assess every tree in your work area for danger trees before the first cut. A danger tree is marked "
         "with red flagging and felled first, or a no-work zone of at least 1.5 tree lengths is set around it."),
    para("Step 2. Plan and clear two escape routes at about 45 degrees back from the direction of fall."),
    para("Step 3. Keep other workers at least two tree lengths away, and tell the crew on the radio before you start."),
    para("2. Weather limits", "Heading2"),
    table([
        ["Condition", "What to do"],
        ["Wind over 40 km/h, or gusts that sway the crowns", "Stop falling and move to open ground"],
        ["Snow loading on the crowns", "Stop falling in that stand"],
        ["Fire season, danger class 4", "Fall from first light to 1:00 p.m. only; fire watch for 1 hour after"],
        ["Fire season, danger class 5", "No falling with power saws"],
    ]),
    para("3. Falling", "Heading2"),
    para("Use a proper undercut and leave holding wood of about 10% of the diameter. Check in with the crew by radio "
         "every 30 minutes; if a faller misses a check-in, the crew goes to look at once."),
    para("4. Bucking", "Heading2"),
    para("On a slope, buck from the uphill side. Read the log for tension and compression before you cut, and never "
         "stand on the downhill side of a log that can roll."),
    para("5. Chain saws and PPE", "Heading2"),
    para("The chain brake, chain catcher and throttle lock must work; a saw that fails its daily check is taken out of "
         "use. Wear chain saw chaps, a hard hat, eye and hearing protection and caulk boots. Carry a personal first "
         "aid kit."),
    para("6. New fallers", "Heading2"),
    para("A new faller works for 6 months with a certified faller trainer and must hold the BC faller certificate "
         "before falling alone."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="en-CA"),
        core(title="Falling and Bucking Safe Work Procedure, version 3",
             creator="Woodlands Manager", created="2027-09-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
