#!/usr/bin/env python3
"""Build docs/collection/milk-collection-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "collection", "milk-collection-procedure.docx")
STAMP = (2028, 9, 18, 0, 0, 0)

BODY = [
    para("Milk Collection Procedure (\u0394\u03b9\u03b1\u03b4\u03b9\u03ba\u03b1\u03c3\u03af\u03b1 "
         "\u03c3\u03c5\u03bb\u03bb\u03bf\u03b3\u03ae\u03c2 \u03b3\u03ac\u03bb\u03b1\u03ba\u03c4\u03bf\u03c2)",
         "Heading1"),
    para("Kalamas Dairy S.A. \u00b7 Milk Collection \u00b7 COL-01 \u00b7 Revision 3"),
    para("Effective 01/10/2028. This procedure is for the tanker driver-collectors, the collection centre staff and "
         "the milk reception at the Eleousa Plant. We collect sheep's and goat's milk from the shepherds "
         "(ktinotrofoi) of 9 village collection centres every day of the year, Sundays and holidays included. The "
         "owner is the Milk Collection Manager (ext 2501); Collection dispatch is on ext 2500."),
    para("1. Routes", "Heading2"),
    table([
        ["Route", "Collection centres", "Tanker leaves the plant", "At the plant by"],
        ["R1 Pogoni", "Kalpaki, Delvinaki", "05:00", "10:00"],
        ["R2 Konitsa", "Konitsa", "05:00", "09:00"],
        ["R3 Zagori", "Kipoi", "05:30", "09:15"],
        ["R4 Metsovo", "Metsovo", "04:45", "09:00"],
        ["R5 Dodoni-Zitsa", "Dodoni, Zitsa", "05:40", "09:30"],
        ["R6 Pramanta", "Pramanta", "05:00", "08:45"],
        ["R7 Filiates", "Filiates", "04:50", "08:45"],
    ]),
    para("2. Checks and limits", "Heading2"),
    table([
        ["Check", "Where", "Limit", "If the limit is not met"],
        ["Milk in the centre's cooling tank", "Collection centre", "6 \u00b0C or lower",
         "Do not load; phone Collection dispatch"],
        ["Smell, colour and look", "Collection centre", "Normal", "Do not load that shepherd's milk"],
        ["Time on the road", "Route", "At the plant within 6 hours of the first pickup",
         "Dispatch tells milk reception"],
        ["Milk in the tanker", "Plant reception", "8 \u00b0C or lower", "The compartment is refused"],
        ["Antibiotic rapid test", "Plant reception", "Negative, for each compartment",
         "The compartment is not unloaded (see section 4)"],
    ]),
    para("3. At the collection centre", "Heading2"),
    para("Step 1. Scan the centre's QR code with the GalaLog tablet."),
    para("Step 2. Read the thermometer of the cooling tank and enter the reading in GalaLog."),
    para("Step 3. Check the smell, colour and look of the milk."),
    para("Step 4. Take a sample of each shepherd's milk at every collection, in a barcode tube, and keep the tubes in "
         "the cool box at 0-4 \u00b0C."),
    para("Step 5. Pump the milk through the filter. GalaLog reads the litres from the flow meter and the shepherd "
         "signs on the tablet screen."),
    para("Step 6. Keep sheep's milk and goat's milk in separate compartments. Feta \u03a0\u039f\u03a0 (PDO) is made "
         "from sheep's milk with no more than 30% goat's milk."),
    para("4. At the plant", "Heading2"),
    para("Milk reception runs the antibiotic rapid test on each compartment before unloading; the result takes about "
         "5 minutes. A positive compartment is not unloaded: the milk is destroyed under the Quality Manager's "
         "supervision, and the lab tests the shepherds' samples of that compartment to find the source. The tanker "
         "is cleaned (CIP) after every unloading."),
    para("5. Winter and road closures", "Heading2"),
    para("Tankers on the Metsovo and Zagori routes carry snow chains from 15 November to 31 March. If a road is "
         "closed, phone dispatch before turning back. Milk may stay in a centre's cooling tank for no more than 48 "
         "hours; after that the Quality Manager decides whether it can be collected."),
    para("6. Records", "Heading2"),
    para("GalaLog sends every record to the plant as soon as the tablet has a signal. Records are kept for 3 years. "
         "If the tablet fails, use the paper collection sheet in the cab and phone GalaLog support (ext 1414)."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Milk Collection Procedure COL-01, Revision 3",
             creator="Milk Collection Manager", created="2028-09-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
