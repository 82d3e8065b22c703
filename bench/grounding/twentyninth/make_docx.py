#!/usr/bin/env python3
"""Build docs/processing/dye-house-chemical-handling.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "processing", "dye-house-chemical-handling.docx")
STAMP = (2027, 10, 18, 0, 0, 0)

BODY = [
    para("Dye House Chemical Handling Procedure", "Heading1"),
    para("Chenab Kinara Textiles (Pvt.) Limited \u00b7 Unit 3 Processing \u00b7 PRC-04 \u00b7 Version 4"),
    para("Effective 1st November 2027. This procedure applies to everyone who receives, stores, issues, weighs, "
         "mixes or uses dyes and chemicals in Unit 3 Processing: the dyeing machines, the dye kitchen, the chemical "
         "godown and the effluent treatment plant (ETP), including contractors and loaders. The owner is the "
         "Processing Manager (ext 2301); the HSE Manager (ext 1171) checks it every year."),
    para("1. Personal protective equipment", "Heading2"),
    table([
        ["Work", "Main danger", "Wear"],
        ["Caustic soda (flakes or 50% lye)", "Burns to eyes and skin",
         "Chemical goggles and face shield, nitrile gauntlet gloves, PVC apron, gumboots"],
        ["Hydrogen peroxide", "Burns; fire with other chemicals",
         "Chemical goggles and face shield, nitrile gauntlet gloves, PVC apron"],
        ["Weighing dyes and auxiliaries in the dye kitchen", "Dust breathed in",
         "FFP2 dust mask, chemical goggles, nitrile gauntlet gloves"],
        ["Acetic acid and formic acid", "Vapour and burns",
         "Chemical goggles, nitrile gauntlet gloves, half mask with acid gas filter"],
        ["Sodium hydrosulphite", "Heat and fire when wet", "Chemical goggles, nitrile gauntlet gloves; keep it dry"],
    ]),
    para("2. Receiving and storage", "Heading2"),
    para("Only chemicals on the approved chemical list (in line with the ZDHC MRSL required by our customers) are "
         "accepted at the chemical godown. A new chemical is approved by the Processing Manager and the HSE "
         "Manager before the first delivery, and its safety data sheet in Urdu and English is put in the godown "
         "office and the dye kitchen."),
    para("Acids are kept apart from caustic soda, and hydrogen peroxide apart from sodium hydrosulphite and dyes. "
         "Drums stand on bunded pallets that hold 110% of the largest drum. Not more than one shift's need of any "
         "chemical is kept beside a dyeing machine. Every container, including a bucket, carries a label in Urdu "
         "and English."),
    para("3. Diluting caustic soda", "Heading2"),
    para("Step 1. Put on the chemical goggles, face shield, nitrile gauntlet gloves, PVC apron and gumboots."),
    para("Step 2. Fill the mixing tank with the measured water first. Always add the chemical to water, never "
         "water to the chemical."),
    para("Step 3. Add the caustic soda slowly with the stirrer running. Do not stir by hand."),
    para("Step 4. Label the tank with the strength and the time, and record the quantity in the chemical issue "
         "register."),
    para("4. Spills", "Heading2"),
    para("For a small spill, use the spill kit at the dye kitchen door: absorbent pads for liquids and the "
         "neutraliser marked for acids or for alkalis. Put the used pads in the yellow chemical waste bin. For a "
         "large spill, stop the work, move people away and call the Fire Control Room, ext 1177. Never wash a "
         "chemical into the floor drain; all drains go to the ETP."),
    para("5. First aid", "Heading2"),
    para("Eye wash stations are within 10 seconds' walk of every dyeing machine, the dye kitchen and the godown. "
         "Chemical in the eye: hold the eye open under the eye wash and flush it for at least 15 minutes, then go "
         "to the dispensary (ext 1190). Chemical on the skin: take off the wet clothes and flush the skin with "
         "water for 15 minutes, then go to the dispensary. Report every splash in SafeKaam."),
    para("6. Training and issue of chemicals", "Heading2"),
    para("Every dye house, dye kitchen and godown worker is trained on this procedure before starting and again "
         "every 12 months. Only the godown keeper issues chemicals, against an issue request in the chemical issue "
         "register signed by the shift in-charge. A woman expecting a child does not work in the dye kitchen from "
         "the fourth month, as the leave policy says."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-PK"),
        core(title="Dye House Chemical Handling Procedure, version 4",
             creator="Processing Manager", created="2027-10-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
