#!/usr/bin/env python3
"""Build docs/kiln/kiln-drying-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "kiln", "kiln-drying-procedure.docx")
STAMP = (2032, 8, 15, 0, 0, 0)

BODY = [
    para("Kiln Drying Procedure", "Heading1"),
    para("Kallavesi Hirsitalot Oy \u00b7 Suonenjoki plant \u00b7 KP-04 \u00b7 Revision D"),
    para("Effective 1.9.2032. Revision D replaces Revision C (May 2029). This procedure applies to everyone who "
         "loads, runs, watches or enters the two drying kilns at the Suonenjoki plant, including the weekend kiln "
         "watch and contractors. The owner is the Suonenjoki plant manager (ext 3201)."),
    para("1. Drying programs", "Heading2"),
    table([
        ["Product", "Program", "Max temperature", "Final moisture"],
        ["Log-house logs (profiled, 70\u201395 mm)", "H1", "70 \u00b0C", "18 % \u00b1 2"],
        ["Log-house logs (profiled, 120\u2013205 mm)", "H2", "65 \u00b0C", "18 % \u00b1 2"],
        ["Sawn boards for saunas (spruce)", "S2", "65 \u00b0C", "12 % \u00b1 2"],
        ["Glulam lamellas", "L3", "70 \u00b0C", "12 % \u00b1 1"],
    ]),
    para("The kiln foreman chooses the program on the load card. Never change a program during drying without "
         "the kiln foreman's approval."),
    para("2. Loading a kiln", "Heading2"),
    para("Step 1. Check that the stickers are straight and 600 mm apart, and that the packs stand on level bearers."),
    para("Step 2. Put the moisture probes in 8 sample logs from different packs and connect them at the door panel."),
    para("Step 3. Close both doors, check the door seals for ice in winter, and start the program on the kiln "
         "control screen."),
    para("Step 4. Write the load number and the program in the kiln log in Hirsinetti."),
    para("3. During drying", "Heading2"),
    para("The kiln operator checks the moisture readings every 8 hours and records them in the kiln log in "
         "Hirsinetti. The control unit raises an alarm at the kiln control (ext 3200). If a fan stops or the "
         "temperature rises 4 \u00b0C above the program, stop the kiln and call the kiln foreman."),
    para("4. Going into a kiln", "Heading2"),
    para("Nobody goes into a kiln until it has cooled below 40 \u00b0C. Two people are needed: one goes in, the "
         "other stays at the door with a radio. Lock the kiln control with your own padlock and tell the kiln "
         "control when you go in and when you come out. In winter, watch for ice on the floor by the doors."),
    para("5. After drying", "Heading2"),
    para("Let the load cool in the kiln for at least 6 hours with the doors closed. Then test 10 logs from each load "
         "with the hand moisture meter, 1 metre from the end. Loads outside the target go back for a second program "
         "and are reported to the kiln foreman. Released loads go to the planing line with the load card."),
    para("6. Fire", "Heading2"),
    para("If you see smoke from a kiln, do not open the doors. Call 112, then the kiln control. The sprinkler valves "
         "are outside each kiln."),
    para("7. Training and records", "Heading2"),
    para("Kiln operators are trained on this procedure before their first load and every 2 years. Kiln logs are "
         "kept for 5 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-FI"),
        core(title="Kiln Drying Procedure, KP-04 Revision D",
             creator="Suonenjoki plant manager", created="2032-08-15"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
