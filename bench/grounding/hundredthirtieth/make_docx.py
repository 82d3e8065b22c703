#!/usr/bin/env python3
"""Build docs/mill/parboiling-and-boiler-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "mill", "parboiling-and-boiler-procedure.docx")
STAMP = (2032, 1, 20, 0, 0, 0)

BODY = [
    para("Parboiling and Boiler Procedure", "Heading1"),
    para("Rokupr Rice Milling Company Limited \u00b7 Mill and Parboiling Plant, Rokupr \u00b7 MILL-04 \u00b7 "
         "Revision 4"),
    para("Effective 1 February 2032. This procedure applies to everyone who works in the parboiling plant, on the "
         "boiler, on the paddy drying floor or at the husk-fired dryer at Rokupr, including casual workers. The "
         "owner is the Mill Manager (ext 2001); day-to-day questions go to the Parboiling Supervisor, Mrs Kadiatu "
         "Fofanah (ext 2110)."),
    para("1. Stages of parboiling", "Heading2"),
    table([
        ["Stage", "Setting", "Check"],
        ["Cleaning", "Remove stones and straw; float off the empty and half-filled grains in the first soak water",
         "Before every batch"],
        ["Soaking", "Water at 70 \u00b0C for 3 hours", "Temperature every 30 minutes in the soak log"],
        ["Steaming", "12 to 15 minutes, until most husks have split open", "The parboiling hand watches each batch"],
        ["Drying", "On the drying floor in layers no deeper than 4 cm, turned every 45 minutes, down to 14% "
         "moisture", "Moisture meter before bagging"],
        ["Tempering", "Rest at least 24 hours in the Warehouse A bins before milling", "Bin card signed"],
    ]),
    para("Soak water is changed after every batch. In the rainy season (June to October), or whenever the "
         "drying floor is full, paddy may be dried in the husk-fired dryer with the air at no more than 40 \u00b0C."),
    para("2. Boiler rules", "Heading2"),
    para("Only a certificated boiler attendant operates the boiler. Since the new boiler was installed in 2031 the "
         "working pressure is never above 7 bar and the safety valve is set at 8 bar. Blow down the boiler every "
         "4 hours and test the feed water every day; write both in the boiler log. Never leave a lit boiler "
         "without an attendant."),
    para("3. Starting the boiler", "Heading2"),
    para("Step 1. Check that the water in the gauge glass is at least half way up."),
    para("Step 2. Test the low-water alarm with the test button and write the result in the boiler log."),
    para("Step 3. Open the vent valve."),
    para("Step 4. Ignite the husk furnace and feed husk slowly."),
    para("Step 5. Raise the pressure slowly over 45 minutes."),
    para("Step 6. Close the vent valve when steam flows freely, and write the start time and pressure in the "
         "boiler log."),
    para("4. Heat and protective equipment", "Heading2"),
    para("Wear a face shield and heat-resistant gloves when you open a steamer or a soaking tank valve. Take a "
         "15-minute cooling break in the rest shelter every hour and drink water; the Parboiling Supervisor "
         "arranges cover so that the steamers are never left alone. Nobody under 18 works in the parboiling "
         "plant."),
    para("5. Emergency: low water alarm", "Heading2"),
    para("Shut the husk feed at once. Do not add cold water to a hot boiler. Leave the plant by the east door and "
         "call the Parboiling Supervisor, ext 2110, and the mill control room, ext 2100. Only the boiler "
         "attendant stays, and only to shut the fuel feed."),
    para("6. Training and records", "Heading2"),
    para("Everyone is trained on this procedure before starting and again every 12 months. The soak log, the "
         "drying log and the boiler log are kept for 3 years and checked by the Mill Manager every month."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-SL"),
        core(title="Parboiling and Boiler Procedure, Revision 4",
             creator="Mill Manager", created="2032-01-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
