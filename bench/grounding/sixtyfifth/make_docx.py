#!/usr/bin/env python3
"""Build docs/plant/bottling-line-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "plant", "bottling-line-procedure.docx")
STAMP = (2033, 10, 16, 0, 0, 0)

BODY = [
    para("Bottling Line Procedure", "Heading1"),
    para("Érablière Coopérative Beauce-Appalaches \u00b7 Usine de Saint-Georges \u00b7 PROD-04 \u00b7 Version 3"),
    para("Effective November 1, 2033. This procedure applies to everyone who runs, feeds or cleans the two "
         "bottling lines at the Saint-Georges plant (line A: cans; line B: glass and plastic bottles), including "
         "seasonal workers. The owner is the plant manager, M. Martin Veilleux (ext. 3101)."),
    para("1. Containers and checks", "Heading2"),
    table([
        ["Container", "Line", "Fill weight target", "Checks"],
        ["Can 540 mL", "A", "710 g", "5 cans every 30 minutes"],
        ["Glass bottle 250 mL", "B", "330 g", "5 bottles every 30 minutes"],
        ["Glass bottle 500 mL", "B", "660 g", "5 bottles every 30 minutes"],
        ["Plastic jug 1 L", "B", "1 320 g", "3 jugs every 30 minutes"],
    ]),
    para("Each check is recorded on the line tablet in LigneSuivi. A weight more than 2% under the target stops "
         "the line until the opérateur de ligne has adjusted the filler."),
    para("2. Before starting", "Heading2"),
    para("Step 1. Check in LigneSuivi that the line was cleaned and the cleaning approved by the chef d'équipe."),
    para("Step 2. Put on a hairnet, a beard net if needed, heat-resistant gloves and a face shield at the filler."),
    para("Step 3. Heat the syrup in the pasteurizer to at least 85 \u00b0C and hold it there for 2 minutes before "
         "filling starts."),
    para("Step 4. Scan the lot of bulk syrup; LigneSuivi prints the lot code for the run."),
    para("3. During the run", "Heading2"),
    para("Read the filling temperature every 15 minutes; LigneSuivi records it. Filled bottles and cans go "
         "upside down through the inverter for 3 minutes so the hot syrup sterilizes the cap. The lot code is "
         "printed on the bottom in the form ECBA-34-074-A: the Coop, the year, the day of the year and the line."),
    para("4. Stopping the line", "Heading2"),
    para("If the syrup falls below 85 \u00b0C, the filler stops by itself. Call the opérateur de ligne. Every "
         "container filled since the last good reading is put on hold on the red pallet and the classement lead "
         "decides what happens to it."),
    para("5. Cleaning", "Heading2"),
    para("At the end of every run and at least every 24 hours, clean the filler and the tanks with hot water, then "
         "the approved food-grade detergent, then rinse. Record the cleaning in LigneSuivi. The chef d'équipe "
         "approves it before the next run."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="en-CA"),
        core(title="Bottling Line Procedure, version 3",
             creator="Plant manager, Saint-Georges", created="2033-10-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
