#!/usr/bin/env python3
"""Build docs/production/needle-and-machine-safety.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "production", "needle-and-machine-safety.docx")
STAMP = (2031, 1, 24, 0, 0, 0)

BODY = [
    para("Needle and Machine Safety Procedure", "Heading1"),
    para("Qiloane Garments (Pty) Ltd \u00b7 Production \u00b7 PRD-05 \u00b7 Thetsane and Maputsoe"),
    para("Effective 3 February 2031. This procedure applies to every machinist, mechanic, supervisor and "
         "checker on the denim lines 1\u201320, in the cutting room and in the Knitwear Hall. It replaces the "
         "Needle Control Rules issued on 2 June 2028. The owner is the Production Manager, Denim Plant (ext 220)."),
    para("1. Needles on the line", "Heading2"),
    para("Needles are kept in the locked Needle Room at each site and nowhere else. Each machinist has only the "
         "needle in the machine. A new needle is issued by the Needle Room only one-for-one, against the old or "
         "broken needle, and the issue is written in the needle register."),
    para("2. When a needle breaks", "Heading2"),
    para("Step 1. Stop sewing at once and raise your hand for the supervisor."),
    para("Step 2. Find every piece of the needle: on the machine, the table, the floor and in the garment."),
    para("Step 3. Tape all the pieces to the Broken Needle Card and give the card to the line supervisor within "
         "15 minutes."),
    para("Step 4. The supervisor takes the card to the Needle Room, where the pieces are checked against a whole "
         "needle and the new needle is issued."),
    para("Step 5. If any piece is missing, the bundle and every garment within 1 metre of the machine go into the "
         "red quarantine box and pass through the needle detector twice before they go on."),
    para("3. Needle detector", "Heading2"),
    para("Every garment passes through the needle detector at the end of the line, not only at packing. A garment "
         "that sets it off is taken out, opened up and checked by the supervisor, and the detector alarm is written "
         "in the needle register. The detector is tested with the test card at the start of every shift."),
    para("4. Machine checks", "Heading2"),
    table([
        ["Machine", "Check", "How often", "Who"],
        ["Sewing machines", "Needle guard and eye shield in place", "Start of every shift", "Machinist"],
        ["Flat-bed knitting machines", "Fluff cleaned with the vacuum (never with compressed air)", "Every 4 hours",
         "Knitting operator"],
        ["Straight knife and band knife", "Blade guard no more than 10 mm above the lay", "Before each lay is cut",
         "Cutter"],
        ["Needle detector", "Test card detected on all four sides", "Start of every shift", "End-of-line checker"],
    ]),
    para("5. Lockout on knitting machines", "Heading2"),
    para("Before you open a cover or put your hand into a knitting machine, switch it off and lock the switch with "
         "your own red padlock and name tag. Only the person whose padlock is on the switch may take it off. A "
         "machine with a supplier's tag on it is not switched on by anyone but the supplier's technician."),
    para("6. Cutting room", "Heading2"),
    para("Wear the metal mesh glove on the hand that holds the fabric whenever a straight knife or band knife is "
         "running. Blunt blades are changed by the cutting room mechanic only."),
    para("7. Records", "Heading2"),
    para("Broken Needle Cards and the needle register are kept for 3 years, because our buyers may ask for them in "
         "an audit."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-LS"),
        core(title="Needle and Machine Safety Procedure, PRD-05",
             creator="Production Manager, Denim Plant", created="2031-01-24"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
