#!/usr/bin/env python3
"""Build docs/quality/fish-reception-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "quality", "fish-reception-procedure.docx")
STAMP = (2030, 2, 17, 0, 0, 0)

BODY = [
    para("Fish Reception Procedure", "Heading1"),
    para("Atlas Bleu Conserveries S.A. \u00b7 Quality \u00b7 QP-02 \u00b7 Revision 5"),
    para("Effective 1 March 2030. This replaces QP-02 Revision 4 (June 2027). This procedure covers all sardine and "
         "mackerel received at the quay (Hangar 7, port de p\u00eache d'Agadir) and at Gate 2 in Anza, for canning, "
         "freezing or fishmeal. It is carried out by the quality controller on duty with the quay team. The owner is "
         "the Quality Manager (ext 231)."),
    para("1. What we accept", "Heading2"),
    table([
        ["Check", "For canning and freezing", "For fishmeal"],
        ["Fish temperature on reception", "4 \u00b0C or below", "10 \u00b0C or below"],
        ["Time from landing to Anza", "Within 4 hours", "Within 12 hours"],
        ["Moule", "32 fish per kg or fewer", "Any"],
        ["Freshness grade", "Extra or A", "B"],
        ["Histamine", "One sample of 9 fish per lot", "Not tested"],
        ["Ice", "1 kg of ice for every 2 kg of fish", "1 kg of ice for every 3 kg of fish"],
    ]),
    para("A lot is the catch of one boat from one landing. A boat that lands twice in a day gives two lots."),
    para("2. Checks at the quay", "Heading2"),
    para("Step 1. Before unloading starts, ask the skipper for the landing time and the CAPI weighing ticket, and "
         "open the lot in TraceMer on the quay tablet with the boat, the landing time and the weight."),
    para("Step 2. Probe 5 fish from different crates of the lot with the quay probe thermometer, just behind the "
         "head, and enter every reading in TraceMer. The highest reading counts."),
    para("Step 3. Grade the freshness on 20 fish (eyes, gills, smell, firmness) with the freshness card."),
    para("Step 4. Count the moule twice: weigh 1 kg of fish, count the fish, repeat with fish from another crate and "
         "enter the average."),
    para("Step 5. Take the histamine sample: 9 fish from different crates, bagged and sealed, with the lot label "
         "printed by TraceMer. The sample goes to the laboratory with the first truck of the lot."),
    para("Step 6. Decide: canning or freezing, fishmeal, or refuse. TraceMer prints the lot labels for the crates. "
         "The quay team loads nothing without a lot label."),
    para("3. Fishmeal and refused fish", "Heading2"),
    para("Fish above 32 fish per kg, fish of grade B, and fish that reaches Anza more than 4 hours after landing go "
         "to the fishmeal unit, never back to a line. Fish warmer than 10 \u00b0C, or smelling of fuel or chemicals, "
         "is refused: tell the chef de quai, who tells the CAPI and records the refusal in TraceMer."),
    para("4. Transport to Anza", "Heading2"),
    para("Load the crates on the isothermal truck no more than 8 high. At Gate 2 the quality controller at Anza scans "
         "the lot label and probes one crate from each truck again; if it reads above 4 \u00b0C, the lot goes to "
         "CF4 and the Quality Manager decides."),
    para("5. Histamine and release", "Heading2"),
    para("The laboratory enters the histamine result in TraceMer within 6 hours of receiving the sample. A lot is "
         "accepted when no fish is above 200 mg/kg and no more than 2 of the 9 fish are above 100 mg/kg. A lot may "
         "be canned before its result is in, but its cans are held in the warehouse until the result is entered."),
    para("6. Records", "Heading2"),
    para("All reception records are kept in TraceMer for 3 years. Buyers' auditors may pick any lot code and ask to "
         "see its reception record, histamine result and the boat it came from."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Fish Reception Procedure, QP-02 Revision 5",
             creator="Quality Manager", created="2030-02-17"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
