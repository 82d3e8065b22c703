#!/usr/bin/env python3
"""Build docs/planta/procedimiento-cosecha-wellboat.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "planta", "procedimiento-cosecha-wellboat.docx")
STAMP = (2030, 2, 18, 0, 0, 0)

BODY = [
    para("Procedimiento de cosecha: harvest and well boat transfer", "Heading1"),
    para("Canelo Austral Salmon S.A. \u00b7 Planta Chinquihue and Operaciones Mar \u00b7 PL-04 \u00b7 Version 5"),
    para("Effective 1 March 2030. This procedure covers every harvest: preparing the fish at the centro de "
         "cultivo, the trip by well boat (WB Canelo I or WB Canelo II) and the reception at Planta Chinquihue. "
         "It is owned by the Gerente de Planta, Rodrigo C\u00e1rcamo Soto (anexo 200), together with the Gerente "
         "de Operaciones Mar (anexo 310)."),
    para("1. Planning", "Heading2"),
    para("The plant, the centro and the Jefe de Operaciones Mar\u00edtimas agree the harvest week in the monthly "
         "planning meeting. The jefe de centro enters the planned harvest in AcuaReg at least 5 working days "
         "before loading, with the cages, the expected number of fish and the average weight. The plant's "
         "quality team makes the movement declarations that Sernapesca requires before the well boat sails."),
    para("2. Limits at each stage", "Heading2"),
    table([
        ["Stage", "Who", "Limit", "Record"],
        ["Ayuno (no feeding)", "Jefe de centro", "At least 72 hours before loading", "AcuaReg"],
        ["Well boat alongside the cages", "Master of the well boat",
         "Not with waves over 1,5 m or wind over 25 knots", "Well boat log"],
        ["Density in the wells", "Master of the well boat", "Up to 125 kg/m\u00b3", "Well boat log"],
        ["Oxygen in the wells", "Master of the well boat", "Above 7 mg/L at all times",
         "Automatic, every hour"],
        ["Trip from the centro to Chinquihue", "Master of the well boat", "No more than 14 hours",
         "Well boat log"],
        ["Holding cages (jaulas de acopio)", "Plant reception team", "No more than 48 hours",
         "Reception sheet"],
    ]),
    para("3. At the centro", "Heading2"),
    para("Step 1. Stop feeding the cages to be harvested at least 72 hours before loading and record the last "
         "feeding in AcuaReg."),
    para("Step 2. The day before loading, the buzos check the nets of those cages and remove the mortality."),
    para("Step 3. Crowd the fish gently with the seine; never crowd for more than 2 hours before pumping starts."),
    para("Step 4. The master of the well boat confirms the weather limit with the COM before coming alongside."),
    para("4. The trip", "Heading2"),
    para("The well boat's system reads oxygen and temperature in every well each hour and alarms below 7 mg/L. "
         "The master checks the readings and writes any action in the log. In an area with a sanitary "
         "restriction the wells run in closed circuit."),
    para("5. At Planta Chinquihue", "Heading2"),
    para("The fish rest in the holding cages off the plant for no more than 48 hours. They are pumped into the "
         "plant, stunned by percussion and bled within 10 seconds of stunning, and chilled in slurry ice to "
         "below 2 \u00b0C. The reception team records the arrival time, the number of fish and the mortality "
         "on the reception sheet."),
    para("6. After every trip", "Heading2"),
    para("The well boat is washed and disinfected at the Chinquihue wash point after every trip. The "
         "disinfection is recorded in AcuaReg and checked by the quality team before the boat may sail to "
         "another centro. Trip logs and reception sheets are kept for 5 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Procedimiento de cosecha: harvest and well boat transfer, version 5",
             creator="Gerente de Planta", created="2030-02-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
