#!/usr/bin/env python3
"""Build docs/procedures/finishing-room-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedures", "finishing-room-procedure.docx")
STAMP = (2032, 2, 16, 0, 0, 0)

BODY = [
    para("Finishing Room (Lakiernia) Safety Procedure", "Heading1"),
    para("Warta Oak Furniture sp. z o.o. \u00b7 Zak\u0142ad Z\u0142oczew \u00b7 BHP-07 rev. D"),
    para("Effective 01.03.2032. Revision D replaces revision C. It applies to everyone who works in the lakiernia "
         "at the Z\u0142oczew plant, including agency staff, cleaners and anyone from Sieradz on training. The owner "
         "is the BHP specialist, Marek Jab\u0142o\u0144ski (ext 230); the brygadzista of the lakiernia is Renata "
         "G\u00f3rska (ext 410)."),
    para("1. Limits in the lakiernia", "Heading2"),
    table([
        ["What", "Limit", "Checked by", "Recorded in"],
        ["Time in a spray booth", "2 hours at a time, then a 15-minute break outside the lakiernia",
         "Brygadzista", "Grafik"],
        ["Half mask filters (A2P3)", "Changed after 40 hours of use, or at once if you smell solvent",
         "Each lakiernik", "Filter card on the mask box"],
        ["Lacquer, oil and thinner in the hall", "No more than 200 litres; the rest in the lacquer store",
         "Brygadzista", "Store book"],
        ["Drying room", "No more than 40 \u00b0C", "Zmiana I", "Karta Sieradz > BHP"],
        ["Booth filters", "Changed twice a week, on Monday and Thursday", "Zmiana I", "Booth card"],
    ]),
    para("2. Before you start", "Heading2"),
    para("Step 1. Check that the booth extraction is running and the pressure gauge is in the green field. If it "
         "is not, do not spray and tell the brygadzista."),
    para("Step 2. Put on the half mask with A2P3 filters, nitrile gloves, the antistatic coverall and S2 shoes."),
    para("Step 3. Write the start time on the filter card. A fit check of the mask is done every time you put it "
         "on: cover the filters with your hands and breathe in; the mask must pull in."),
    para("Step 4. Water-based lacquers are used between 18 \u00b0C and 25 \u00b0C only; check the hall "
         "thermometer."),
    para("3. Waste", "Heading2"),
    para("Rags with oil or solvent go into the red metal bin with a lid, never into normal waste. Oily rags can set "
         "themselves on fire. The red bin is emptied into the hazardous waste container at the end of every zmiana. "
         "Empty cans are closed and put in the yellow cage."),
    para("4. Spills and fire", "Heading2"),
    para("Small spills: absorbent granules, then the red bin. A spill of more than 5 litres: stop the booths, open "
         "the doors, call the brygadzista and the BHP specialist. Fire: use the foam extinguisher only if it is "
         "small and you are not alone, press the fire button, leave by the nearest exit and call 112. Fire "
         "brigade also on 998. Assembly point: the grass by the front gate."),
    para("5. Health", "Heading2"),
    para("Lakiernia staff have a medical check every 2 years, with a lung function test. Pregnant and breastfeeding "
         "employees do not work in the lakiernia; Kadry i p\u0142ace finds them other work at the same pay."),
    para("6. Training", "Heading2"),
    para("Everyone working in the lakiernia is trained on this procedure before starting and every 12 months, and "
         "signs the briefing sheet kept by the brygadzista."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Finishing Room (Lakiernia) Safety Procedure BHP-07 rev. D",
             creator="BHP specialist", created="2032-02-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
