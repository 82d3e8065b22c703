#!/usr/bin/env python3
"""Build docs/factory/ctc-line-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "factory", "ctc-line-procedure.docx")
STAMP = (2029, 2, 20, 0, 0, 0)

BODY = [
    para("CTC Line Operating and Safety Procedure", "Heading1"),
    para("Umucyo Hills Tea Company Ltd \u00b7 Factory \u00b7 FAC-02 \u00b7 Issue 5"),
    para("Effective 1 March 2029. This procedure applies to everyone who works on the withering troughs, the CTC "
         "line, the continuous fermenting machine (CFM) and the vibro fluid bed dryer (VFBD) at the Umucyo factory, "
         "including fitters, electricians and contractors. The owner is the Factory Manager (ext 201)."),
    para("1. Process settings", "Heading2"),
    table([
        ["Stage", "Machine", "Setting", "Checked"],
        ["Withering", "12 troughs", "14 to 18 hours; withered leaf 68% to 70% moisture",
         "Every 2 hours by the withering operator"],
        ["Rolling", "Rotorvane and CTC machines 1, 2 and 3 (line 1 and line 2)",
         "Roller gap 0.05 mm to 0.08 mm", "Every 4 hours with the feeler gauge"],
        ["Fermenting", "CFM", "70 to 90 minutes; dhool 24 \u00b0C to 28 \u00b0C", "Every hour"],
        ["Drying", "VFBD", "Inlet 118 \u00b0C to 122 \u00b0C; exhaust 48 \u00b0C to 52 \u00b0C",
         "Every 30 minutes in ProcessLog"],
    ]),
    para("Air in the withering troughs must not go above 35 \u00b0C. Made tea leaving the dryer must be at 2.5% to "
         "3.5% moisture; the dryer operator checks one sample every hour with the moisture meter."),
    para("CTC rollers are changed after 200 hours of running, or sooner if the Quality Manager reports poor "
         "cut. The fitter records every change in the roller log in ProcessLog. Worn rollers go back to the maker "
         "for re-cutting."),
    para("2. Lock-out before you touch a machine", "Heading2"),
    para("Never put a hand, a stick or a tool into a running machine. Before you clear a blockage, clean, adjust "
         "or open a guard:"),
    para("Step 1. Stop the machine at its control panel and tell the shift leader."),
    para("Step 2. Switch off at the isolator and lock it with your own red padlock and a tag with your name."),
    para("Step 3. Press START to test that the machine does not start."),
    para("Step 4. Only then open the guard. When you finish, close the guard, remove your own lock and tag, and "
         "tell the shift leader. Nobody may remove another person's lock."),
    para("3. Protective equipment", "Heading2"),
    para("Wear ear defenders in the CTC room and the sorting room: the noise is above 85 dB. Safety shoes at all "
         "times. No loose clothing, igitenge wraps or scarves near the rollers; tie back long hair. Heat-resistant "
         "gloves at the dryer. A dust mask in the sorting room."),
    para("4. Dryer fire", "Heading2"),
    para("If smoke or sparks come from the dryer: stop the leaf feed, switch off the dryer fans, keep the hot-air "
         "damper closed and call the control room (ext 200). Use the CO2 extinguisher on the electric panel, never "
         "water. Everyone else goes to assembly point A in the factory car park."),
    para("5. Training", "Heading2"),
    para("New CTC and dryer operators do 5 days of training and then work 2 weeks beside a trained operator before "
         "they run a machine alone. Every operator does a refresher every 12 months. Training records are kept "
         "by the Factory Manager."),
    para("6. Who to call", "Heading2"),
    para("Shift leader first, then the factory control room (ext 200, staffed 24 hours). Factory Manager ext 201. "
         "Health & Safety Officer ext 160."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-RW"),
        core(title="CTC Line Operating and Safety Procedure, issue 5",
             creator="Factory Manager", created="2029-02-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
