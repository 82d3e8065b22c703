#!/usr/bin/env python3
"""Build docs/plant/mill-and-tank-hygiene.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "plant", "mill-and-tank-hygiene.docx")
STAMP = (2028, 8, 16, 0, 0, 0)

BODY = [
    para("Mill and Tank Hygiene Procedure", "Heading1"),
    para("Tall el Zeitoun S.A.L. \u00b7 Koura plant \u00b7 QA-02 \u00b7 Version 2"),
    para("Effective 1 September 2028. This procedure replaces the Mill Hygiene Rules of 15 April 2026. It applies "
         "in the mill hall and the tank room of the Koura plant, to our own staff, to seasonal staff and to the "
         "mill\u2019s contractors. Owner: the Quality and Food Safety Manager (ext 310)."),
    para("Proc\u00e9dure d\u2019hygi\u00e8ne du moulin et des cuves \u00b7 \u0646\u0638\u0627\u0641\u0629 "
         "\u0627\u0644\u0645\u0639\u0635\u0631\u0629 \u0648\u0627\u0644\u062e\u0632\u0627\u0646\u0627\u062a"),
    para("1. Olives at intake", "Heading2"),
    para("Every lot is weighed at intake and gets an intake ticket with its lot number in MillTrack. Olives are "
         "pressed within 24 hours of intake. Olives are accepted in plastic crates only, never in sacks. Leaves, "
         "twigs and stones are removed by the leaf remover and the washer before the hammer mill."),
    para("2. Limits", "Heading2"),
    table([
        ["Stage", "Limit", "Checked by", "Recorded in"],
        ["Washing water", "Changed every 4 hours", "Mill operator", "MillTrack"],
        ["Malaxing", "Paste not above 27 \u00b0C, for 30 to 40 minutes", "Mill operator", "MillTrack, each lot"],
        ["Decanter and separator", "Cleaned every 8 hours of running and at the end of the day", "Mill Foreman",
         "MillTrack"],
        ["Oil storage tanks", "Stainless steel, 15 \u00b0C to 18 \u00b0C, under nitrogen", "Tank room",
         "MillTrack, twice a day"],
        ["Pomace (jift)", "Taken to the pomace yard at the end of each shift", "Mill operator", "Shift sheet"],
    ]),
    para("A malaxer that goes above the limit is stopped by the operator, who tells the Mill Foreman. The lot is "
         "marked in MillTrack and the laboratory decides how it is classed."),
    para("3. Cleaning a storage tank", "Heading2"),
    para("Step 1. Empty the tank completely, close the outlet valve and lock the valve with the tank room padlock."),
    para("Step 2. Rinse from the outside with the lance, with water at 60 \u00b0C. Nobody enters a tank."),
    para("Step 3. Wash with the approved food-grade detergent, then rinse with clean water until the rinse water "
         "tests neutral on the pH strip."),
    para("Step 4. Leave the lid open until the tank is dry, then close it and fill the head space with nitrogen."),
    para("Step 5. Record the cleaning in MillTrack. The Quality and Food Safety Manager releases the tank before it "
         "is filled again."),
    para("4. Staff hygiene", "Heading2"),
    para("Wear a hairnet, a beard net if you have a beard, a clean white coat and white boots in the mill hall and "
         "the tank room. Walk through the boot wash when you come in. No jewellery, no watches and no phones. Wash "
         "your hands when you come in and after every break. No food or drink in the mill hall or the tank room."),
    para("5. Samples and classing", "Heading2"),
    para("A sample of oil from each lot goes to the laboratory, which tests the acidity and classes the oil. "
         "Customers\u2019 oil is returned to them in our new tins or in their own containers, once these have "
         "been checked clean by the mill operator."),
    para("6. Records", "Heading2"),
    para("MillTrack records of cleaning, temperatures and lots are kept for 3 years and checked by the Quality and "
         "Food Safety Manager every week during the pressing season."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Mill and Tank Hygiene Procedure, version 2",
             creator="Quality and Food Safety Manager", created="2028-08-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
