#!/usr/bin/env python3
"""Build docs/policies/protective-clothing-and-hygiene.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "protective-clothing-and-hygiene.docx")
STAMP = (2026, 12, 14, 0, 0, 0)

BODY = [
    para("Protective Clothing and Hygiene Policy", "Heading1"),
    para("QA-HYG-01 \u00b7 Issue 2 \u00b7 Effective 4 January 2027 \u00b7 Owner: Quality Manager \u00b7 "
         "Approved by the Chief Executive, Glenmore Dairy Co-operative Society Limited"),
    para("This policy replaces the Plant Hygiene Rules issued in March 2024. It applies to everyone who enters the "
         "processing areas at Kilbrannagh: employees, contractors, tanker drivers and visitors."),
    para("1. Hygiene zones and what to wear", "Heading2"),
    table([
        ["Zone", "Areas", "What you wear"],
        ["High Care", "Butter packing, powder packing and bagging, Cheese Plant cutting and packing",
         "White coat, blue hairnet, a beard snood if you have any facial hair, and white safety boots issued by the "
         "stores; change in the High Care lobby"],
        ["Medium Care", "Butter churns, Cheese Plant vats and towers, Intake Bay, Central Laboratory",
         "White coat, white hairnet and safety boots"],
        ["Low Care", "Powder Plant dryer floors, stores, workshops", "Company overalls and safety boots"],
        ["Yards", "Transport Yard, weighbridge, car parks",
         "Hi-vis vest or jacket (Class 2 or above) and safety boots"],
    ]),
    para("2. Jewellery and personal items", "Heading2"),
    para("No jewellery is worn in any care zone except a plain wedding band. That means no watches, earrings, studs or "
         "other piercings, and no false nails, nail varnish or false eyelashes. Phones stay in your locker unless "
         "you carry a company device."),
    para("3. Handwashing", "Heading2"),
    para("Wash your hands with soap and warm water for at least 30 seconds when you enter any care zone, after every "
         "break, after using the toilet and after handling waste, then use the sanitiser at the zone door."),
    para("4. Illness", "Heading2"),
    para("Before your shift, tell your supervisor if you have had vomiting or diarrhoea, a skin infection, or a "
         "discharge from the eye, ear or nose. After vomiting or diarrhoea, do not return to any food handling area "
         "until 48 hours after your symptoms stop. Cover cuts with the blue metal-detectable plasters from the first "
         "aid box."),
    para("5. Clothing, laundry and footwear", "Heading2"),
    para("Coats and hairnets are provided free, and the company launders coats; put used coats in the laundry bins "
         "in the lobby at the end of each shift. Never wear plant clothing off site. Employees who need safety "
         "footwear get a safety footwear allowance of \u20ac120.00 a year, claimed in Meitheal > Expenses with the "
         "receipt. White High Care boots are issued by the stores and are not claimed."),
    para("6. Visitors and contractors", "Heading2"),
    para("Visitors and contractors complete the health questionnaire at Gate 1 before entering, wear a visitor coat "
         "and hairnet, and are escorted at all times in the care zones."),
    para("7. Breaches", "Heading2"),
    para("A breach of this policy is a disciplinary matter. Working in a care zone while knowingly unwell, or "
         "deliberately bringing glass or jewellery into High Care, is treated as gross misconduct."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-IE"),
        core(title="QA-HYG-01 Protective Clothing and Hygiene Policy, Issue 2", creator="Quality Manager",
             created="2026-12-14"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
