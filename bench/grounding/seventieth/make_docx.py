#!/usr/bin/env python3
"""Build docs/quality/milk-reception-haccp.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "quality", "milk-reception-haccp.docx")
STAMP = (2031, 1, 20, 0, 0, 0)

BODY = [
    para("Milk Reception and Pasteurisation \u2013 HACCP Procedure", "Heading1"),
    para("Lactate Piatra Mare S.R.L. \u00b7 Quality & HACCP \u00b7 Document PR-HACCP-03 \u00b7 Revision 4"),
    para("Approved 20.01.2031 by the Quality & HACCP Manager (ext 130). Effective 01.02.2031. This procedure "
         "covers sheep\u2019s milk bought from farmers and collected by our tankers, caș and urdă brought down from "
         "the stâne, the reception at the plant in Râșnov and the pasteurisation of milk before cheesemaking. It "
         "applies to tanker crews, laboratory staff, plant operators and shift leaders."),
    para("1. Acceptance limits", "Heading2"),
    table([
        ["Parameter", "Limit", "Checked by", "When"],
        ["Farm milk, cooled", "6 \u00b0C or less", "Sampler, in TrasaLapte", "At every farm"],
        ["Farm milk, not cooled (cans)", "Collected within 2 hours of milking", "Sampler, in TrasaLapte",
         "At every farm"],
        ["Tanker milk at the reception bay", "6 \u00b0C or less", "Laboratory", "Every compartment"],
        ["Acidity", "16\u201324 \u00b0Th", "Laboratory", "Every compartment"],
        ["Alcohol test (72%)", "No clotting", "Laboratory", "Every compartment"],
        ["Antibiotic residues", "Negative rapid test (8 minutes)", "Laboratory",
         "Every compartment, before unloading"],
        ["Caș and urdă from the stâne", "10 \u00b0C or less, made within the last 24 hours", "Van driver",
         "At each handover point"],
    ]),
    para("2. Samples", "Heading2"),
    para("The sampler takes one sample from each farmer into a vial with the farmer\u2019s barcode. The laboratory "
         "keeps every farmer sample at 0\u20134 \u00b0C for 72 hours after the tanker\u2019s milk is accepted."),
    para("3. When a test fails", "Heading2"),
    para("Step 1. The compartment is not unloaded. The laboratory records the result in JurnalCalitate and calls "
         "the Quality & HACCP Manager."),
    para("Step 2. The laboratory tests the farmer samples of that compartment within 4 hours to find the farmer."),
    para("Step 3. Refused milk is denatured with food colouring in the tanker and sent for disposal with a "
         "disposal note; it is never used for cheese or fed to animals."),
    para("Step 4. For a positive antibiotic test the Quality & HACCP Manager informs the DSVSA Brașov within "
         "24 hours, and the milk collection coordinator stops collection from that farmer until a clean test."),
    para("4. Raw milk storage", "Heading2"),
    para("Raw milk goes from the reception bay to silo 1 or silo 2 and is kept at 4 \u00b0C or below for no more "
         "than 24 hours before pasteurisation."),
    para("5. Pasteurisation (CCP 1)", "Heading2"),
    para("All milk for telemea, caș, cașcaval and brânză de burduf made at the plant is pasteurised at 73 \u00b0C "
         "for 20 seconds. The flow diversion valve sends the milk back to the balance tank whenever the holding "
         "tube is below 72,5 \u00b0C. The shift leader checks the temperature record in JurnalCalitate after every "
         "batch and signs it. The thermometers are calibrated every 6 months."),
    para("6. Cooling", "Heading2"),
    para("After pasteurisation the milk is cooled to 32 \u00b0C and goes to the cheese vat for telemea and caș, or "
         "is cooled to 4 \u00b0C and stored for no more than 12 hours."),
    para("7. Cleaning and records", "Heading2"),
    para("Each tanker is washed (CIP) in the reception bay after every route. The reception lines, silos and the "
         "pasteuriser are washed at the end of each production day. All results are recorded in JurnalCalitate "
         "and kept for 2 years; the Quality & HACCP Manager reviews them every week."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Milk Reception and Pasteurisation - HACCP Procedure, PR-HACCP-03 Revision 4",
             creator="Quality & HACCP Manager", created="2031-01-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
