#!/usr/bin/env python3
"""Build docs/plant/gowning-and-area-entry-sop.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "plant", "gowning-and-area-entry-sop.docx")
STAMP = (2028, 6, 18, 0, 0, 0)

BODY = [
    para("Gowning and Entry into Production Areas", "Heading1"),
    para("Meghna Ridge Pharmaceuticals Ltd \u00b7 Gazipur Plant \u00b7 SOP No. PRD-SOP-014 \u00b7 Version 05"),
    para("Effective date: 01.07.2028 \u00b7 Review date: 30.06.2030 \u00b7 Prepared by: Production Manager "
         "\u00b7 Checked by: QA Manager \u00b7 Approved by: Head of Quality Assurance"),
    para("1. Purpose and scope", "Heading2"),
    para("This SOP describes how every person changes and enters the Grade D production areas of the Gazipur "
         "plant (dispensing, granulation, compression, coating, blister packing and liquids filling). It applies "
         "to employees, contract workers, engineers of machine suppliers and visitors."),
    para("2. Before you come to the change room", "Heading2"),
    para("No make-up, nail polish, perfume or artificial nails. Nails are kept short. Anyone with fever, cough, "
         "diarrhoea, a skin infection or an open wound must tell the shift in-charge before entering and will be "
         "kept out of areas where product is exposed until the Medical Officer clears them."),
    para("3. Gowning steps", "Heading2"),
    para("Step 1. Leave outdoor shoes at the shoe rack in the entrance corridor and put on the factory slippers."),
    para("Step 2. In the primary change room, put the mobile phone, wallet, wristwatch and all jewellery, "
         "including wedding rings and nose pins, in your locker. No jewellery of any kind is worn inside."),
    para("Step 3. Wash hands and forearms with liquid soap for at least 30 seconds and dry them under the hand "
         "dryer."),
    para("Step 4. Put on the hair cover so that all hair and both ears are covered, then the face mask over nose "
         "and mouth. A beard cover is worn by anyone with a beard or moustache."),
    para("Step 5. Cross the step-over bench into the secondary change room. Put on a fresh Grade D uniform from "
         "the garment rack and the dedicated area shoes."),
    para("Step 6. Sanitise hands with 70% IPA and put on nitrile gloves."),
    para("Step 7. Pass through the air shower and stand in it for the full 20-second cycle."),
    para("Step 8. Check the differential pressure gauge at the area door. It must read at least 10 Pa. If it "
         "reads lower, do not enter; inform the shift in-charge and Engineering."),
    para("Step 9. Scan your ID card at the door reader. The entry is logged in Nexus ERP against the batch in the "
         "area."),
    para("4. Limits in the areas", "Heading2"),
    table([
        ["Area", "Maximum persons", "Room condition"],
        ["Dispensing booth", "2", "20 \u00b0C to 25 \u00b0C"],
        ["Granulation", "4", "RH not more than 55%"],
        ["Compression (each room)", "3", "RH not more than 55%"],
        ["Blister packing", "6", "RH not more than 55%"],
        ["Liquids filling", "4", "20 \u00b0C to 25 \u00b0C"],
    ]),
    para("5. Garments and leaving the area", "Heading2"),
    para("The Grade D uniform is changed every shift and whenever it is soiled or torn. When leaving, take off the "
         "garments in the reverse order in the secondary change room and put the used uniform in the laundry bin. "
         "Production garments are never worn in the canteen, the corridors outside the change rooms or outside "
         "the plant."),
    para("6. Visitors and supplier engineers", "Heading2"),
    para("Visitors and supplier engineers enter only with an escort from Production or QA, after the gowning "
         "training on this SOP and after signing the visitor register at the security gate. Not more than 2 "
         "visitors may be in the production areas at one time."),
    para("7. Training", "Heading2"),
    para("Everyone is trained on this SOP before the first entry and again every 12 months, with a practical "
         "gowning check by QA. Training records are kept by QA in Nexus ERP."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Gowning and Entry into Production Areas, PRD-SOP-014 Version 05",
             creator="Production Manager, Gazipur Plant", created="2028-06-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
