#!/usr/bin/env python3
"""Build docs/mill/parchment-receival-and-grading.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "mill", "parchment-receival-and-grading.docx")
STAMP = (2027, 10, 18, 0, 0, 0)

BODY = [
    para("Parchment Receival and Grading Procedure", "Heading1"),
    para("Kumul Ridge Coffee Limited \u00b7 Goroka Dry Mill \u00b7 MILL-02 \u00b7 Version 3"),
    para("Effective 1 November 2027. This procedure applies to the weighbridge clerks, the quality lab and the dry "
         "store team at the Goroka Dry Mill, and covers every lot of parchment that arrives from our six buying "
         "points. The owner is the Quality Manager (ext 220)."),
    para("1. Receiving a lot", "Heading2"),
    para("Step 1. Weigh the truck in and out on the weighbridge. Record the net weight in MillTrack against the "
         "BuyBook dispatch note from the buying point."),
    para("Step 2. Take a sample from every 5th bag with the sampling spear, mix the samples, and take 1 kg for "
         "the quality lab in a sealed sample bag."),
    para("Step 3. The lab tests the moisture within 2 hours of the truck arriving."),
    para("Step 4. Do the out-turn test: hull 1 kg of the sample in the sample huller, weigh the green bean, and "
         "count the defects in 300 g of green bean."),
    para("Step 5. Grade the lot with the table below, record the grade in MillTrack, and put the printed lot tag "
         "on the stack."),
    para("2. Grading table", "Heading2"),
    table([
        ["Grade", "Moisture", "Out-turn", "Defects per 300 g green", "Goes to"],
        ["P1", "11.0% to 12.5%", "80% or more", "Up to 8", "Dry store, export milling"],
        ["P2", "11.0% to 12.5%", "76% to 79%", "9 to 20", "Dry store, blend milling"],
        ["P3", "12.6% to 14.0%", "Any", "Any", "Mechanical dryer, then regrade"],
        ["Hold", "Above 14.0%, or a mouldy, smoky or fermented smell", "\u2013", "\u2013",
         "Hold area; the Quality Manager decides within 24 hours"],
    ], width=1800),
    para("Parchment below 11.0% is brittle and breaks in the huller. Report it to the Quality Manager, who may "
         "blend it with a wetter P1 lot."),
    para("3. After grading", "Heading2"),
    para("P1 and P2 lots go into the dry store in separate stacks; never mix grades in one stack. P3 lots go "
         "through the mechanical dryer at no more than 45 \u00b0C and are tested again before they are stored. "
         "A lot on hold is not milled, moved or paid for until the Quality Manager decides."),
    para("4. Green bean", "Heading2"),
    para("After hulling, grading on screen size and colour sorting, green bean is hand sorted at the sorting "
         "tables and bagged in new jute bags of 60 kg. Export grades are AA (screen 18 and above), A (screens 16 "
         "and 17) and X (screen 15 and below); Y1 and Y2 are lower grades for blends and the local market. Export "
         "lots are milled to a moisture of 11.0% to 12.0%, or to the buyer's contract where it is stricter."),
    para("5. Hygiene", "Heading2"),
    para("No food, betel nut or smoking in the receival bay, the lab or the dry store. Bags are never stacked "
         "directly on the floor; use the pallets."),
    para("6. Records", "Heading2"),
    para("MillTrack keeps the weights, moisture readings, out-turns and grades. Lab sample bags are kept for "
         "6 months and MillTrack records for 5 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-PG"),
        core(title="Parchment Receival and Grading Procedure, version 3",
             creator="Quality Manager", created="2027-10-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
