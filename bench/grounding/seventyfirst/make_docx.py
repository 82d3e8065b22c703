#!/usr/bin/env python3
"""Build docs/plant/scouring-line-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "plant", "scouring-line-procedure.docx")
STAMP = (2032, 1, 20, 0, 0, 0)

BODY = [
    para("Scouring Line Operating and Safety Procedure", "Heading1"),
    para("Hilander\u00eda Misti Alpaca S.A.C. \u00b7 Sorting and Scouring Plant \u00b7 PRO-LAV-01 \u00b7 Edition 3"),
    para("Effective 1 February 2032. This procedure applies to everyone who works on the scouring line "
         "(l\u00ednea de lavado) on Turno A and Turno B, including maintenance staff and contractors. The owner "
         "is the Jefe de Clasificado y Lavado, Sr. Edwin Condori Ticona (ext 310)."),
    para("1. Bowls, dryer and temperatures", "Heading2"),
    table([
        ["Stage", "What it does", "Set point", "Detergent"],
        ["Bowl 1", "Soak: removes soil and sand", "45 \u00b0C", "None"],
        ["Bowls 2 and 3", "Wash: removes grease (lanolin) and suint", "60 \u00b0C", "2.0 g/L non-ionic detergent"],
        ["Bowls 4 and 5", "Rinse", "40 \u00b0C", "None"],
        ["Dryer", "Dries the scoured fibre", "90 \u00b0C", "\u2014"],
    ]),
    para("The operator reads the bowl and dryer temperatures every 2 hours and records them in SIGA > Lavado "
         "on the panel tablet. A bowl that is more than 3 \u00b0C away from its set point is corrected at once "
         "and reported to the shift leader."),
    para("2. Quality of the scoured fibre", "Heading2"),
    para("Residual grease must be 0.8% or lower. LabHil tests one sample at the start of each shift and one "
         "every 4 hours after that. Fibre that leaves the dryer damp goes through the dryer again; felted "
         "fibre is separated, weighed and recorded as waste in SIGA."),
    para("3. Personal protection", "Heading2"),
    para("Tapones auditivos on the whole line. Rubber boots and nitrile gloves at the bowls. Wear the face "
         "shield whenever you add detergent. Never climb on the bowls; use the platform by bowl 3."),
    para("4. Clearing a jam at the opener or a squeeze press", "Heading2"),
    para("Step 1. Stop the line with the normal stop on the control panel and tell the shift leader."),
    para("Step 2. Switch off the main switch TG-2 and lock it with your own red padlock and your name tag. "
         "Every person who will put hands in the machine adds their own padlock."),
    para("Step 3. Press the start button to check that nothing moves, then put the selector back to zero."),
    para("Step 4. Clear the jam with the hook and the wooden rake kept beside the opener. Never use your "
         "hands between the rollers of a squeeze press."),
    para("Step 5. When everyone has taken their hands out, each person removes their own padlock; the shift "
         "leader restarts the line and records the stop in SIGA."),
    para("5. Water and effluent", "Heading2"),
    para("Wash and rinse water goes to the PTAR (effluent treatment plant). The PTAR operator checks that the "
         "pH is between 6.5 and 8.5 before it is discharged, and records the reading every shift."),
    para("6. Training", "Heading2"),
    para("New operators work 2 weeks beside an experienced operator before running the line alone, and "
         "everyone on the line repeats the lockout training every 12 months."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-PE"),
        core(title="Scouring Line Operating and Safety Procedure, edition 3",
             creator="Jefatura de Clasificado y Lavado", created="2032-01-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
