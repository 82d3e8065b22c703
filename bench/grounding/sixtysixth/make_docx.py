#!/usr/bin/env python3
"""Build docs/plant/bottling-hygiene.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "plant", "bottling-hygiene.docx")
STAMP = (2034, 11, 17, 0, 0, 0)

BODY = [
    para("Bottling Hygiene Procedure", "Heading1"),
    para("Psiloritis Olive Mills S.A. \u00b7 VIPE bottling plant, Heraklion \u00b7 QP-07 \u00b7 Revision C"),
    para("Effective 01.12.2034. This revision replaces Revision B. It applies to everyone who enters the bottling "
         "hall at VIPE: line operators, packers, forklift drivers, laboratory staff, cleaners, contractors and "
         "visitors. The owner is the Quality Manager, Dr Irini Sfakianaki (ext 410)."),
    para("1. Before you enter the bottling hall", "Heading2"),
    para("Step 1. Wash your hands at the basin by the door for at least 30 seconds and dry them with a paper "
         "towel."),
    para("Step 2. Put on a clean white coat, a hairnet and, if you have a beard, a beard snood. Coats are changed "
         "every day; take a clean one from the rack in the changing room."),
    para("Step 3. Remove watches, rings and earrings. A plain wedding band is allowed."),
    para("Step 4. Step through the boot wash on the way in."),
    para("2. Cleaning the line", "Heading2"),
    table([
        ["Part", "How often", "How", "Signed by"],
        ["Filler nozzles and bowl", "Every 24 hours of running and at every change of oil",
         "Hot water at 60 \u00b0C, then food-grade degreaser, then a rinse with filtered oil", "Line operator"],
        ["Capper heads", "Every week", "Dry cloth and food-grade alcohol", "Line operator"],
        ["Conveyors", "End of each day", "Dry brush, then a damp cloth", "Packer"],
        ["Filter press (cartridge filters)", "At every change of oil", "New cartridges; old ones to the waste bin",
         "Shift leader"],
    ]),
    para("3. Oil temperature", "Heading2"),
    para("Oil waiting to be bottled is kept in the day tanks under nitrogen at 15 \u00b0C to 18 \u00b0C. The "
         "line operator reads the tank display at the start of each shift and writes it on the line sheet. If "
         "the oil is outside this range, stop filling from that tank and tell the shift leader."),
    para("4. Glass breakage", "Heading2"),
    para("Step 1. Stop the line and call \"glass\" loudly."),
    para("Step 2. Mark off 3 metres around the breakage with the red chain. Nobody walks through it."),
    para("Step 3. Throw away all open bottles and all caps within the marked area, and the bottles on the "
         "conveyor for 1 metre either side of it."),
    para("Step 4. Clean with the red brush and pan kept only for glass, then check with the torch."),
    para("Step 5. The shift leader checks the area and signs the glass log before the line restarts."),
    para("5. Label and lot checks", "Heading2"),
    para("Check one bottle from each line every 30 minutes: label straight, lot number and best-before date "
         "readable and correct, cap tight. Write the check on the line sheet. Stop the line if the lot number "
         "is wrong."),
    para("6. Records", "Heading2"),
    para("Line sheets, glass logs and cleaning records are kept for 3 years and checked by the Quality Manager "
         "every week."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Bottling Hygiene Procedure, QP-07 Revision C",
             creator="Quality Manager", created="2034-11-17"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
