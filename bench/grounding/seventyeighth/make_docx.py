#!/usr/bin/env python3
"""Build docs/quality/grading-and-packing-standard.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "quality", "grading-and-packing-standard.docx")
STAMP = (2036, 5, 20, 0, 0, 0)

BODY = [
    para("Grading and Packing Standard for Cured Vanilla", "Heading1"),
    para("Vanille Bemarivo SARL \u00b7 Quality \u00b7 QA-04 \u00b7 R\u00e9v. 6"),
    para("Effective 1 June 2036. This standard tells trieuses and quality controllers how to grade cured vanilla "
         "and how to pack it for export. It applies in the grading and packing room at the Sambava curing house. "
         "The owner is the Responsable Qualit\u00e9, Mme Lalao Rahaingo (ext 210)."),
    para("1. Categories", "Heading2"),
    table([
        ["Category", "Length", "Moisture", "Look", "Bundle"],
        ["Gourmet A (noire)", "16 cm and longer", "30 to 35 %", "Black-brown, supple, oily, no splits",
         "Bundles of 150 g"],
        ["Gourmet B", "14 to 16 cm", "30 to 35 %", "Black-brown, up to 10% of beans split", "Bundles of 150 g"],
        ["TK (rouge)", "12 cm and longer", "20 to 25 %", "Reddish, drier, splits allowed", "Bundles of 250 g"],
        ["Cuts (coup\u00e9e)", "Pieces of 3 to 10 cm", "18 to 22 %", "Any colour, no mould",
         "Vacuum bags of 5 kg"],
    ]),
    para("Measure the length from the tip to the end of the stem with the steel rule on the table. A bean that is "
         "between two categories goes to the lower one."),
    para("2. Sampling and moisture", "Heading2"),
    para("Take 1 bundle in every 25 from each lot. Check it for mould, smell and moisture with the moisture meter. "
         "Calibrate the moisture meter every morning before grading starts, with the reference beans kept by "
         "Quality."),
    para("If one bean in the sample has mould, put the whole lot in the quarantine malle, record it in LotTrack and "
         "call the Responsable Qualit\u00e9. She decides within 2 working days whether the lot is cleaned, "
         "re-dried or sold as cuts."),
    para("3. Bundles", "Heading2"),
    para("Tie each bundle with raffia at both ends. All beans in a bundle are the same category and the same "
         "length class. Bundles of Gourmet A and Gourmet B are vacuum-packed in bags of 2 kg."),
    para("4. Packing", "Heading2"),
    para("Step 1. Put the bags or bundles in cartons lined with paraffin paper, 20 kg net per carton."),
    para("Step 2. Print the LotTrack label and stick it on two sides of the carton: lot number (for example "
         "SB36-0412), category, length, net weight, moisture and packing date."),
    para("Step 3. Close the carton with the company tape, weigh it again and record the gross weight in LotTrack."),
    para("Step 4. Send the cartons to the Antalaha warehouse within 7 days of packing."),
    para("5. Grading room", "Heading2"),
    para("No perfume, no food, no phones on the tables. Keep the windows closed when it is windy, because of dust. "
         "The cheffe de triage signs the grading sheet in LotTrack at the end of each day."),
    para("6. Records", "Heading2"),
    para("Grading sheets and moisture readings are kept for 3 years, for customer audits."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-MG"),
        core(title="Grading and Packing Standard for Cured Vanilla, QA-04 R\u00e9v. 6",
             creator="Responsable Qualit\u00e9", created="2036-05-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
