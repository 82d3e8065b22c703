#!/usr/bin/env python3
"""Build docs/plant/cozedura-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "plant", "cozedura-procedure.docx")
STAMP = (2030, 12, 16, 0, 0, 0)

BODY = [
    para("Cozedura and Boiling Yard Procedure", "Heading1"),
    para("Montado Vivo Cortiças, S.A. \u00b7 Coruche plant \u00b7 PRD-07 \u00b7 Rev. D"),
    para("Effective 02/01/2031. This procedure applies to everyone who loads, boils, unloads or cleans the boiling "
         "tanks at the Coruche plant, including contractors. Boiling cleans the cork planks, makes them flatter and "
         "softer and removes water-soluble substances before the rolhas are punched. The owner is the Plant Manager "
         "(ext. 220)."),
    para("1. The boiling cycle", "Heading2"),
    table([
        ["Stage", "What", "Limit", "Recorded in"],
        ["Rest before boiling", "Planks in the stacking yard", "At least 6 months", "RolhaTrack lot card"],
        ["Boiling", "Baskets immersed in clean water", "100 \u00b0C for at least 60 minutes", "Tank panel and RolhaTrack"],
        ["Water", "Tank water renewed", "Every 5 boiling cycles; filters cleaned every day", "Tank log"],
        ["Stabilisation", "Planks rest in the stabilisation area", "At least 14 days before Pavilion 2", "RolhaTrack"],
    ]),
    para("2. Loading and unloading", "Heading2"),
    para("Planks are loaded into steel baskets with the crane (grua). Nobody stands under a basket. A 2 m exclusion "
         "zone around the tanks is painted yellow on the ground; only the crane operator and the tank operator enter "
         "it while a basket moves."),
    para("3. Working at the tanks", "Heading2"),
    para("PPE: S3 safety boots, face visor, heat-resistant gloves and apron. Work no more than 2 hours at the tank "
         "edge, then take a 20-minute break in the cool room of Pavilion 2 and drink water."),
    para("4. Entering or cleaning a tank", "Heading2"),
    para("Step 1. Close the steam valve of the tank and lock it with your personal red padlock and your name tag."),
    para("Step 2. Drain the tank and check on the panel that the water is below 40 \u00b0C."),
    para("Step 3. Put the ladder in place and ask a second person to stay at the edge while you are inside."),
    para("Step 4. When you finish, remove your own padlock only; the chefe de turno restarts the tank."),
    para("The tanks are drained and cleaned every Saturday during turno A."),
    para("5. Burns", "Heading2"),
    para("Cool the burn under clean running water for 20 minutes and call a first-aider (green badge). Serious burns: "
         "call 112 and then the plant reception on ext. 200."),
    para("6. Training", "Heading2"),
    para("New operators work 5 turnos beside an experienced operator before working at the tanks alone, and everyone "
         "working at the tanks repeats this training every year."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="pt-PT"),
        core(title="Cozedura and Boiling Yard Procedure, Rev. D",
             creator="Plant Manager", created="2030-12-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
