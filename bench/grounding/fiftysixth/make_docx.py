#!/usr/bin/env python3
"""Build docs/production/cementing-and-sole-pressing.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "production", "cementing-and-sole-pressing.docx")
STAMP = (2029, 12, 18, 0, 0, 0)

BODY = [
    para("Work Instruction: Cementing and Sole Pressing", "Heading1"),
    para("Sông Bé Footwear Co., Ltd. \u00b7 Assembly Building \u00b7 WI-ASM-04 \u00b7 Revision 3"),
    para("Effective 02/01/2030. This revision replaces WI-ASM-04 Revision 2 (March 2028). It applies to the "
         "primer, adhesive, sole pressing and chiller stations on Assembly Lines 1\u20136, in every ca. The owner is "
         "the Assembly Manager (ext 2300)."),
    para("1. Before the ca starts", "Heading2"),
    para("Switch on the extraction hood and the heat activation oven 20 minutes before the ca starts. Check that the "
         "hood's lamp is green."),
    para("Read the sole press pressure on the press display (in kg/cm\u00b2) and record it in LineBoard > Press "
         "check. If the reading differs from the setting below by more than 1 kg/cm\u00b2, do not start; call "
         "Maintenance (ext 2500)."),
    para("Fill the primer and adhesive cups from the dispensers. Empty and refill the cups every 4 hours, and "
         "throw away any adhesive that has started to skin."),
    para("2. Settings", "Heading2"),
    table([
        ["Station", "Setting", "Checked by"],
        ["UV primer on the upper, dryer", "55 \u00b0C for 5 minutes", "Operator, each hour"],
        ["Sole primer, dryer", "50 \u00b0C for 3 minutes", "Operator, each hour"],
        ["Adhesive on upper and sole, heat activation oven", "65 \u00b0C for 3 minutes", "Line leader, start of ca"],
        ["Attach sole to upper", "Within 2 minutes of leaving the oven", "Operator"],
        ["Sole press", "35 kg/cm\u00b2 for 10 seconds", "Press operator, start of ca"],
        ["Chiller tunnel", "\u22125 \u00b0C for 6 minutes", "Line leader, start of ca"],
    ], width=3000),
    para("3. Steps", "Heading2"),
    para("Step 1. Brush primer on the upper along the bottom line drawn at the marking station. Do not go more than "
         "1 mm over the line; primer outside the line shows as a mark after finishing."),
    para("Step 2. Dry the upper and the sole in their dryers at the settings above."),
    para("Step 3. Apply adhesive to the upper and the sole in a thin, even coat. On Lines 1\u20134 (water-based "
         "adhesive) give leather uppers two thin coats, 1 minute apart."),
    para("Step 4. Pass the upper and the sole through the heat activation oven."),
    para("Step 5. Attach the sole to the upper, starting at the toe, and press along the edge by hand."),
    para("Step 6. Put the shoe in the sole press with the press pad for its size and run one press cycle. If the "
         "press shows an alarm, take the shoe out, put it on the red rack and call the line leader."),
    para("Step 7. Send the shoe through the chiller tunnel, then take out the last at the delasting station."),
    para("4. Bond test", "Heading2"),
    para("Pull-test 3 pairs per line with the bond tester at the start of each ca and after every model change. The "
         "minimum bond strength is 4.0 kg/cm. Record the results in LineBoard."),
    para("If a pair fails, stop the line, hold every pair made since the last good test, and call the line's QC "
         "and the Assembly Manager. The line starts again only when QC has passed 3 new pairs."),
    para("5. Safety", "Heading2"),
    para("Wear nitrile gloves and safety glasses at every station, and the half-face respirator on Lines 5 and 6 "
         "and at every primer station. Keep your hands out of the press while it closes. Never bypass the press "
         "guard or the two-hand buttons. Report every press fault or alarm to Maintenance (ext 2500)."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-US"),
        core(title="WI-ASM-04 Cementing and Sole Pressing, Revision 3",
             creator="Assembly Manager", created="2029-12-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
