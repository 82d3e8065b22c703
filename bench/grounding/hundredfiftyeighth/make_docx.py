#!/usr/bin/env python3
"""Build docs/quality/halloumi-pdo-rules.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "quality", "halloumi-pdo-rules.docx")
STAMP = (2031, 2, 14, 0, 0, 0)

BODY = [
    para("Halloumi PDO Production Rules", "Heading1"),
    para("Kouris Valley Dairies Ltd \u00b7 Quality Assurance \u00b7 QA-02 \u00b7 Version 4"),
    para("Effective 1 March 2031. Approved by Nikos Kyriakides, Quality Assurance Manager (ext 3050)."),
    para("Halloumi (\u03a7\u03b1\u03bb\u03bb\u03bf\u03cd\u03bc\u03b9) is a Protected Designation of Origin. Only "
         "cheese made by these rules may carry the name \u201cHalloumi\u201d or \u201c\u03a7\u03b1\u03bb\u03bb\u03bf"
         "\u03cd\u03bc\u03b9\u201d and the PDO logo. Everyone who works at milk reception, on Lines 1 and 2, in the "
         "brining room and in packing must know them. A batch that breaks any rule is non-conforming."),
    para("1. Milk", "Heading2"),
    table([
        ["Rule", "Limit", "Checked by"],
        ["Origin", "Sheep\u2019s, goat\u2019s and cow\u2019s milk from farms in Cyprus registered with Kouris",
         "Milk reception, farmer card"],
        ["Share of sheep\u2019s and/or goat\u2019s milk in every batch", "at least 60%",
         "LineTrack recipe check before the vat is filled"],
        ["Age of the milk when it goes into the vat", "within 48 hours of milking", "LineTrack reception record"],
        ["Temperature of tanker milk at Ypsonas", "6 \u00b0C or colder", "Milk reception, probe"],
    ]),
    para("Milk of each species is kept in its own silo until the recipe is made up. LineTrack will not release a "
         "vat whose recipe is below the sheep and goat share. Milk from a farm whose sample tested positive for "
         "antibiotics is never used."),
    para("2. Making halloumi", "Heading2"),
    para("Step 1. Pasteurise the milk mix at 72 \u00b0C for 15 seconds and cool it to 32 \u00b0C in the vat."),
    para("Step 2. Add the rennet and leave the milk to set for 40 to 45 minutes."),
    para("Step 3. Cut the curd, stir gently, then press it in the moulds."),
    para("Step 4. Cut the pressed curd into slices and cook them in hot whey at not less than 90 \u00b0C for at "
         "least 30 minutes, until they float."),
    para("Step 5. Drain the slices, salt them, sprinkle them with dried Cyprus mint (Mentha viridis) and fold them "
         "by hand or by the folding unit."),
    para("Step 6. Put the folded halloumi in brine of 12% to 14% salt in tanks B1 to B8 for at least 12 hours."),
    para("3. Records", "Heading2"),
    para("Each batch is recorded in LineTrack by the end of the shift: milk silos and quantities, species share, "
         "times and temperatures of each step, brine tank and the operators\u2019 badge numbers. The shift "
         "supervisor closes the batch in LineTrack; QA reviews every batch before it is released for dispatch."),
    para("4. Retained samples", "Heading2"),
    para("Keep 2 packs from every batch in CS1 for 14 months, labelled with the batch code. One pack is for the "
         "company and one for the certification body."),
    para("5. Labelling", "Heading2"),
    para("Every pack shows \u201cHalloumi\u201d, \u201c\u03a7\u03b1\u03bb\u03bb\u03bf\u03cd\u03bc\u03b9\u201d, the "
         "PDO logo, the batch code and the best-before date. The batch code is the line number, the day of the year "
         "and the shift letter: for example 2-260-B is Line 2, 17 September, shift B."),
    para("6. Non-conforming batches", "Heading2"),
    para("Move the batch to the quarantine area of CS2 with a red HOLD tag, block it in LineTrack and tell QA at "
         "once. It may not be sold as halloumi. QA decides whether it can be sold without the PDO name, as grilling "
         "cheese, or must be destroyed."),
    para("7. Inspections and training", "Heading2"),
    para("The certification body inspects the plant at least twice a year, without notice, and may ask any member "
         "of staff to explain these rules. Everyone on the lines does the PDO induction within the first 4 weeks "
         "and a refresher every 12 months."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Halloumi PDO Production Rules, QA-02 version 4",
             creator="Quality Assurance", created="2031-02-14"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
