#!/usr/bin/env python3
"""Build docs/policies/uniform-and-personal-hygiene.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "uniform-and-personal-hygiene.docx")
STAMP = (2026, 12, 20, 0, 0, 0)

BODY = [
    para("Uniform and Personal Hygiene", "Heading1"),
    para("GFC-FS-POL-03 \u00b7 Version 5 \u00b7 Effective 1 January 2027 \u00b7 Owner: Head of Food Safety and Quality "
         "\u00b7 Approved by the Chief Operating Officer, Ghaf Flight Catering LLC"),
    para("This policy applies to everyone who enters the production, tray setting, stores and dispatch areas at DXB, "
         "DWC and MCT, including visitors, contractors and office staff. It is part of our HACCP prerequisite "
         "programme and of the requirements of Dubai Municipality and Muscat Municipality for food establishments."),
    para("1. Uniform by department", "Heading2"),
    table([
        ["Department", "Uniform", "Head cover", "Footwear"],
        ["Hot kitchen and bakery", "white chef jacket, black trousers", "hairnet and white skull cap", "black safety shoes"],
        ["Cold kitchen and tray setting", "white jacket with green collar", "hairnet", "white safety shoes"],
        ["Butchery", "white jacket, red apron, chain-mail glove", "hairnet", "white boots"],
        ["Kitchen stewarding (ware-wash)", "grey tunic, waterproof apron", "hairnet", "white boots"],
        ["Hygiene team", "blue tunic", "hairnet", "white boots"],
        ["Transport, loading and dispatch", "navy overalls; hi-vis vest airside", "cap with the Ghaf logo", "black safety shoes"],
    ]),
    para("2. Issue, laundry and replacement", "Heading2"),
    para("Every food handler receives 5 uniform sets on joining. Uniforms are washed every day by the unit laundry; "
         "hand in the used set at the laundry counter and collect a clean one. Uniforms are never worn outside the "
         "unit, on the staff bus or at the residence. Worn or damaged items are replaced at the Uniform Room. Safety "
         "shoes are replaced every 12 months. A uniform set that is lost is charged at Dh 75."),
    para("3. Personal hygiene", "Heading2"),
    para("Wash your hands with soap and warm water for at least 40 seconds: when you enter a production area, after "
         "a break, after the toilet, after touching raw food, waste, your face or your phone, and at least every 30 "
         "minutes in high-risk areas. Keep nails short and clean, with no nail polish and no false nails. A hairnet "
         "covers all hair, and any beard or moustache is covered with a beard snood. No watches or jewellery are "
         "worn, except one plain wedding band. Cover any cut with a blue detectable plaster and a glove. Strong "
         "perfume and aftershave are not worn."),
    para("Mobile phones stay in your locker. They are not taken into production, tray setting or stores areas, "
         "switched on or off. Section Heads and dispatchers use the company handhelds."),
    para("4. Illness and fitness to work", "Heading2"),
    para("Before you start work, tell your Section Head and the Food Safety hotline (ext 3300) if you have vomiting, "
         "diarrhoea, fever, jaundice, a skin infection or discharge from the eyes or ears. Do not handle food until "
         "48 hours after your last symptoms, and come back only with a return-to-work clearance signed by Food "
         "Safety. If you had diarrhoea or vomiting while on annual leave abroad, tell Food Safety on your first day "
         "back; you may be asked for a stool sample at the company clinic."),
    para("5. Health cards", "Heading2"),
    para("Every food handler holds a valid Occupational Health Card from Dubai Municipality (DXB and DWC) or a valid "
         "health card from Muscat Municipality (MCT). The Food Safety team books the renewal 30 days before expiry. "
         "Without a valid card you may not work in a food area."),
    para("6. Visitors and contractors", "Heading2"),
    para("Visitors and contractors wear a white coat, a hairnet and overshoes, complete the health questionnaire at "
         "the hygiene entrance and are escorted at all times."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="GFC-FS-POL-03 Uniform and Personal Hygiene, Version 5",
             creator="Head of Food Safety and Quality", created="2026-12-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
