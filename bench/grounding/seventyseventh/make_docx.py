#!/usr/bin/env python3
"""Build docs/plant/cold-work-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "plant", "cold-work-procedure.docx")
STAMP = (2035, 6, 20, 0, 0, 0)

BODY = [
    para("Cold Work Procedure: Cold Areas, Câmaras and Freezing Tunnels", "Heading1"),
    para("Frigorífico Gralha Azul Aves Ltda. \u00b7 SESMT \u00b7 PO-SESMT-05 \u00b7 Edição 4"),
    para("Vigência: 01/07/2035. This procedure applies to everyone who works in the sala de cortes, the embalagem, "
         "the câmaras and the freezing tunnels of the Unidade Medianeira, and in the câmaras of the Entreposto "
         "Cascavel, including temporários and contractors. The owner is the Coordenador do SESMT (ramal 2161)."),
    para("1. Temperatures", "Heading2"),
    table([
        ["Area", "Kept at", "Checked by", "Thermal kit"],
        ["Sala de cortes and embalagem", "10 \u00b0C to 12 \u00b0C", "Leader, every 2 hours", "Japona térmica"],
        ["Antecâmara", "0 \u00b0C to 5 \u00b0C", "Leader, every 2 hours", "Japona térmica"],
        ["Câmara de resfriados", "0 \u00b0C to 4 \u00b0C", "Automatic, with alarm", "Japona térmica"],
        ["Câmaras de congelados", "\u221225 \u00b0C or colder", "Automatic, with alarm", "Full thermal suit"],
        ["Túnel de congelamento and spiral freezer", "\u221235 \u00b0C", "Automatic, with alarm",
         "Entry only when stopped"],
    ]),
    para("2. Working in the câmaras de congelados", "Heading2"),
    para("Wear the full thermal suit: japona, calça térmica, luvas térmicas, balaclava and thermal boots. Work no "
         "more than 40 minutes at a time in a câmara de congelados, then take a 20-minute break in the sala de "
         "aquecimento. The break counts as working time."),
    para("Nobody works in a câmara alone, at any hour. Work in pairs, each with a radio. Each câmara has an "
         "emergency button inside, next to the door, which sounds the alarm at the Brigada de Emergência."),
    para("3. Before the first entry of each shift", "Heading2"),
    para("Step 1. The leader tests the door release inside each câmara at the start of every shift and ticks it "
         "on the câmara checklist."),
    para("Step 2. Check that the emergency button and the inside light work."),
    para("Step 3. Write the names of the pair and the time of entry on the board at the door."),
    para("Step 4. Leave the câmara when the 40 minutes are up, even if the pallet is not finished."),
    para("4. Freezing tunnels and spiral freezer", "Heading2"),
    para("Nobody enters a túnel de congelamento or the spiral freezer while it is running. Entry for cleaning or "
         "repair needs a Permissão de Entrada signed by the maintenance supervisor, and every person who goes in "
         "puts their own padlock on the main switch (bloqueio) and takes it off only when they come out."),
    para("5. Health and training", "Heading2"),
    para("Everyone who works in the câmaras de congelados has an exame periódico every 6 months at the "
         "ambulatório. New colaboradores receive 8 hours of training before their first entry into a câmara, "
         "and everyone repeats a 2-hour refresher every 12 months."),
    para("If you feel numb fingers or toes, shivering that does not stop, or confusion, leave the câmara at once "
         "and go to the ambulatório (ramal 2170). If the ammonia alarm sounds, follow the emergency plan on the "
         "Segurança page of Portal Gralha."),
    para("6. Records", "Heading2"),
    para("The câmara checklists and the entry boards are photographed at the end of each shift and kept by the "
         "SESMT for 2 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Cold Work Procedure PO-SESMT-05, Edição 4",
             creator="SESMT", created="2035-06-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
