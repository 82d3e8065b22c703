#!/usr/bin/env python3
"""Build docs/cosmetics/sop-kc-04-hygiene.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "cosmetics", "sop-kc-04-hygiene.docx")
STAMP = (2028, 1, 18, 0, 0, 0)

BODY = [
    para("SOP-KC-04 Personal hygiene and gowning (Лична хигиена и обличане)", "Heading1"),
    para("Rozaliya Damask AD \u00b7 Cosmetics Plant \u00b7 Version 6 \u00b7 Effective 01.02.2028 \u00b7 Owner: QA "
         "Manager (вътр. 410)"),
    para("This SOP applies to everyone who enters the production area of the Cosmetics Plant: staff, agency "
         "workers, contractors, auditors and visitors. It follows ISO 22716 (good manufacturing practice for "
         "cosmetics). Team leaders check it at the start of every shift."),
    para("1. Before you come in", "Heading2"),
    para("Tell your team leader before you go in if you have diarrhoea, vomiting, a fever, an eye infection, or a "
         "cut or rash on your hands. The team leader decides whether and where you may work that day."),
    para("No food, chewing gum, drinks or medicines past the changing room; water bottles stay on the rack in "
         "the corridor. No perfume, no nail polish, no false nails or eyelashes."),
    para("2. Gowning in the changing room", "Heading2"),
    para("Step 1. Take off all jewellery: rings (also wedding rings), watches, earrings, piercings and "
         "bracelets. Put them in your locker with your phone."),
    para("Step 2. Put on the hairnet covering all hair and ears, and a beard cover if you have a beard or a "
         "moustache."),
    para("Step 3. Put on the white work coat and trousers and the plant's safety shoes, then step over the bench "
         "to the clean side."),
    para("Step 4. Wash your hands for at least 40 seconds with the liquid soap, dry them with a paper towel and "
         "rub in the hand disinfectant until your hands are dry."),
    para("Step 5. In the weighing room and the filling room put on nitrile gloves. Change them every 2 hours, "
         "after every break and whenever they tear."),
    para("3. Clothing by area", "Heading2"),
    table([
        ["Area", "Hair", "Coat", "Gloves", "Also"],
        ["Weighing room", "Hairnet", "White", "Nitrile", "Face mask"],
        ["Mixing hall", "Hairnet", "White", "Nitrile when adding raw materials", "Safety glasses"],
        ["Filling room", "Hairnet", "White", "Nitrile", "Sleeve covers"],
        ["Packing hall", "Hairnet", "Blue", "Not needed", "-"],
        ["Visitors and auditors", "Hairnet", "Blue visitor coat", "Nitrile in the filling room",
         "Shoe covers; escorted by QA at all times"],
    ]),
    para("4. Work clothes", "Heading2"),
    para("Coats and trousers are changed every 2 days, and at once when they are soiled. Put used clothes in the "
         "laundry bin; the company's laundry washes them. Never wear work clothes outside the plant."),
    para("5. Leaving the production area", "Heading2"),
    para("Take off your gloves and coat in the changing room before you go to the canteen, the smoking place or "
         "outside. When you come back, gown again from Step 2 and wash your hands."),
    para("6. Revision history", "Heading2"),
    table([
        ["Version", "Date", "What changed"],
        ["4", "15.06.2022", "First edition under ISO 22716"],
        ["5", "01.03.2025", "Gloves in the filling room; blue visitor coats"],
        ["6", "01.02.2028", "Hand washing at least 40 seconds; no rings at all; coats changed every 2 days; "
                            "gloves also in the weighing room, changed every 2 hours"],
    ], width=3000),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="bg-BG"),
        core(title="SOP-KC-04 Personal hygiene and gowning, version 6",
             creator="QA Manager", created="2028-01-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
