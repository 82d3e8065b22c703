#!/usr/bin/env python3
"""Build docs/packing/packing-house-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "packing", "packing-house-procedure.docx")
STAMP = (2030, 2, 19, 0, 0, 0)

BODY = [
    para("Packing House Procedure", "Heading1"),
    para("Hengill Gróður ehf. \u00b7 Packing house, Hveragerði \u00b7 PK-02 \u00b7 Version 5"),
    para("Effective 1 March 2030. This procedure applies to everyone who works in the packing house in Hveragerði "
         "and in the pepper packing room at Flúðir: packers, graders, forklift drivers, shift leaders, agency staff "
         "and visitors. The owner is the Packing House Manager, Agnieszka Nowak (ext 250)."),
    para("1. Hygiene", "Heading2"),
    para("Wash your hands when you come into the packing area, after every break and after using the toilet. Wear "
         "the hairnet at all times, and a beard net if you have a beard. No watches, rings or other jewellery, "
         "except a plain wedding ring. No phones, food or drink on the packing line. Cover cuts with a blue plaster "
         "from the first aid kit."),
    para("If you have had vomiting or diarrhoea, do not come to work until 48 hours after it has stopped. Phone "
         "your shift leader before your shift, as for any sickness."),
    para("2. Grading and storage", "Heading2"),
    table([
        ["Crop", "Class I", "Class II (2. flokkur)", "Store in", "Keep at"],
        ["Cluster and plum tomatoes", "Whole trusses, even colour, no cracks",
         "Small marks or uneven colour", "Cold store 1", "12 \u00b0C"],
        ["Cherry tomatoes", "Even size, no splits", "Mixed sizes", "Cold store 1", "12 \u00b0C"],
        ["Long cucumbers", "Straight, at least 30 cm and 350 g", "Slightly bent or shorter",
         "Cold store 2", "10 \u00b0C"],
        ["Peppers", "Firm, full colour, no marks", "Small marks", "Cold store 2", "10 \u00b0C"],
    ]),
    para("Cucumbers are never stored in Cold store 1 with the tomatoes, because the gas from ripe tomatoes makes "
         "cucumbers turn yellow. Class II goes to the staff sale and to catering customers, never to the "
         "supermarkets."),
    para("3. Lot codes and labels", "Heading2"),
    para("Every crate and every pallet gets a label from Rekjan. The lot code is the site, the house and the "
         "packing day as the day of the year: for example HV-H3-161 is Hveragerði, house H3, packed on 10 June. "
         "Class II crates get the yellow 2. flokkur label."),
    para("4. Temperature checks", "Heading2"),
    para("The shift leader reads both cold stores at 07:00 and at 15:00 and records the readings in Rekjan. If a "
         "cold store is above 14 \u00b0C for more than 1 hour, move the stock to the other cold store if there is "
         "room, and tell the Packing House Manager. Stock that has been above 14 \u00b0C is checked before it is "
         "sent."),
    para("5. Pallets and loading", "Heading2"),
    para("Step 1. Build the pallet with the heaviest crates at the bottom, no higher than 1,80 m."),
    para("Step 2. Wrap the pallet and put the pallet label on two sides."),
    para("Step 3. Scan the pallet into the van's loading list in Rekjan."),
    para("Step 4. Load the vans from the cold store door, never through the packing area."),
    para("Only staff with a forklift licence (vinnuvélaréttindi) from Vinnueftirlitið may drive the forklift. In "
         "the packing area the forklift drives at walking pace."),
    para("6. Complaints and recall", "Heading2"),
    para("A complaint from a store is sent to the Packing House Manager the same day with the lot code. If a lot "
         "may be unsafe, the Packing House Manager stops it in Rekjan, calls the stores and, where needed, tells "
         "Matvælastofnun (MAST). A recall test is held twice a year."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Packing House Procedure, version 5",
             creator="Packing House Manager", created="2030-02-19"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
