#!/usr/bin/env python3
"""Build docs/factory/food-safety-and-qc.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "factory", "food-safety-and-qc.docx")
STAMP = (2030, 1, 27, 0, 0, 0)

BODY = [
    para("Food Safety and Quality Control Procedure", "Heading1"),
    para("Bantaba Nuts & Oils Limited \u00b7 Brikama factory \u00b7 FS-01 \u00b7 Edition 3"),
    para("Effective 01/02/2030. This edition replaces Edition 2 of 1 March 2027. It applies to everyone who works "
         "in the cashew line, the groundnut cleaning line, the oil mill, the stores and the QC lab, including "
         "seasonal workers, visitors and contractors. The owner is the QC Manager (ext 210)."),
    para("1. Personal hygiene", "Heading2"),
    para("Wash your hands with soap for at least 20 seconds at the hall entrance, after every break and after "
         "using the toilet. Wear a hairnet that covers all your hair, and an apron. No jewellery except a plain "
         "wedding ring. Phones stay in the lockers at the gate. No eating, chewing gum or kola nuts in the halls; "
         "drinking water from the coolers is allowed."),
    para("2. Illness and cuts", "Heading2"),
    para("Before you start work, tell your supervisor if you have diarrhoea, vomiting, fever, yellow eyes or an "
         "infected cut. You may not handle kernels, nuts or oil until you have been 48 hours free of symptoms; "
         "your supervisor gives you other work or sends you home. Cover every cut with a blue plaster from the "
         "first aid room, so that it can be seen if it falls into the product."),
    para("3. Process limits", "Heading2"),
    table([
        ["Stage", "Check", "Limit", "How often"],
        ["Raw nut receiving", "Moisture", "10% or less", "Every lot"],
        ["Steam cooker", "Cooking time", "22 minutes per batch", "Every batch"],
        ["Drying ovens", "Oven temperature", "70 \u00b0C for 6 to 8 hours", "Every batch"],
        ["Dried kernels", "Moisture", "3% to 5%", "Every batch"],
        ["Packing", "Metal detector test", "2.0 mm ferrous and 2.5 mm stainless steel test pieces",
         "Every 2 hours"],
        ["Groundnuts for oil", "Aflatoxin (total)", "10 ppb or less", "Every lot"],
        ["Export kernels", "Aflatoxin (total)", "4 ppb or less", "Every lot"],
    ]),
    para("Record every result in LabLog on the tablet at that stage. Paper sheets are no longer used."),
    para("4. When a result is outside the limit", "Heading2"),
    para("Step 1. Stop the batch or the line at once."),
    para("Step 2. Put a red HOLD tag on every crate, bag or pallet from that batch."),
    para("Step 3. Call the QC Manager (ext 210) and enter the result in LabLog."),
    para("Step 4. The QC Manager decides whether the batch is released, reworked or rejected, and records the "
         "decision in LabLog. Nobody removes a HOLD tag except the QC Manager."),
    para("5. Cashew nut shell liquid (CNSL)", "Heading2"),
    para("The liquid in the cashew shell burns the skin. At the shelling machines wear nitrile gloves and put "
         "barrier cream on your hands and arms. If shell liquid touches your skin, wash it at once with soap and "
         "plenty of water for 10 minutes. Never use kerosene, petrol or palm oil on it. Go to the first aid room "
         "and make sure the burn is reported in StaffPoint."),
    para("6. Retained samples", "Heading2"),
    para("Keep a sealed 200 g sample of every lot of packed kernels, labelled with the lot code, in the sample "
         "room. Samples are kept for 12 months. Lot codes are BN, the year, the day of the year and the line, "
         "for example BN-30142-C1."),
    para("7. Pests", "Heading2"),
    para("The pest control contractor visits every 2 weeks and checks the numbered bait stations. Report any rat, "
         "bird, lizard or insect in a hall to your supervisor at once. No food is left in the lockers overnight."),
    para("8. Records and recall", "Heading2"),
    para("LabLog records are kept for 3 years. The QC Manager runs a mock recall twice a year to check that every "
         "lot can be traced from the farmer's bag at Farafenni to the buyer's container."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GM"),
        core(title="Food Safety and Quality Control Procedure, Edition 3",
             creator="QC Manager", created="2030-01-27"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
