#!/usr/bin/env python3
"""Build docs/calidad/PRO-CR-011-cleanroom-gowning.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "calidad", "PRO-CR-011-cleanroom-gowning.docx")
STAMP = (2029, 3, 19, 0, 0, 0)

BODY = [
    para("PRO-CR-011 Vestimenta y conducta en cuartos limpios", "Heading1"),
    para("Guaria Medical, S.R.L. \u00b7 Calidad \u00b7 PRO-CR-011 \u00b7 Revisi\u00f3n D \u00b7 Vigente desde 02/04/2029"),
    para("Cleanroom gowning and behaviour. This procedure applies to everyone who enters Cuarto Limpio 1 and Cuarto "
         "Limpio 2 (ISO 7, Planta Heredia) and Sala 3 (ISO 8, Planta Cartago): colaboradores, visitors, contractors "
         "and maintenance. Owner: Gerente de Calidad, ext 2600. A printed copy is valid only on the day it is "
         "printed; the controlled copy is in QDoc."),
    para("1. Antes de entrar", "Heading2"),
    para("No makeup, no nail polish, no artificial nails and no jewellery of any kind, wedding rings included. No "
         "phones, no food, no chewing gum. Leave personal things in your locker. Do not enter with fever, diarrhoea, "
         "an open wound, a cold with sneezing or peeling skin: tell your supervisor, who moves you to work outside "
         "the clean room."),
    para("2. Vestimenta por \u00e1rea", "Heading2"),
    table([
        ["\u00c1rea", "Clase", "Prendas", "Cambio"],
        ["Cuarto Limpio 1 y 2", "ISO 7",
         "Overol (coverall) with hood, botas, gorro, cubrebocas, two pairs of gloves",
         "Overol: a new one each turno. Outer gloves: every 2 hours, or at once if torn"],
        ["Sala 3", "ISO 8", "Bata (frock), gorro, cubrebocas, cubre zapatos, one pair of gloves",
         "Bata: a new one each turno. Gloves: every 2 hours"],
        ["Visitantes", "ISO 7 or ISO 8", "Disposable visitor overol, gorro, cubrebocas, botas", "Each entry"],
    ]),
    para("3. Secuencia de vestido", "Heading2"),
    para("Step 1. In the vestidor, put on the gorro and, if you have a beard, the cubre barba."),
    para("Step 2. Wash hands and forearms with soap for at least 30 seconds and dry them with the dryer."),
    para("Step 3. Sit on the banca de paso and put on the botas one leg at a time, swinging each foot over to the "
         "clean side."),
    para("Step 4. Put on the cubrebocas and then the hood."),
    para("Step 5. Take a new overol from its bag without letting it touch the floor, put it on and close it to the "
         "neck."),
    para("Step 6. Sanitise your hands with IPA 70%, put on the first pair of gloves and then the second pair over "
         "the cuffs of the overol."),
    para("Step 7. Check yourself in the full-length mirror and go through the ducha de aire; stay 15 seconds with "
         "your arms up."),
    para("4. Dentro del cuarto limpio", "Heading2"),
    para("Maximum occupancy: Cuarto Limpio 1, 24 people; Cuarto Limpio 2, 18 people; Sala 3, 30 people. Move "
         "slowly and never run. Only cleanroom pens and cleanroom paper go in. Temperature 18 \u00b0C \u2013 22 \u00b0C "
         "and relative humidity 30% \u2013 60%; if the display at the door is red, stop loading new lots and call "
         "Calidad, ext 2600."),
    para("5. Al salir", "Heading2"),
    para("For a break of less than 30 minutes, hang the overol or bata on your numbered hook and put on new gloves "
         "when you come back. For the meal break and at the end of the turno, put the overol or bata in the "
         "laundry bin."),
    para("6. Certificaci\u00f3n", "Heading2"),
    para("Nobody enters without the gowning certification. It is renewed every 12 months and needs 3 consecutive "
         "passes of the glove contact plate test, read by the microbiology lab."),
    para("7. Historial de revisiones", "Heading2"),
    table([
        ["Rev.", "Fecha", "Cambio"],
        ["A", "10/05/2021", "First issue (Cuarto Limpio 1)."],
        ["B", "22/02/2023", "Cuarto Limpio 2 and Sala 3 added."],
        ["C", "15/09/2025", "Visitors row; occupancy limits posted at the doors."],
        ["D", "02/04/2029", "Hand wash 30 seconds; gloves every 2 hours; a new overol or bata each turno; "
                            "occupancy raised after the HVAC upgrade; no rings; 15-second ducha de aire; "
                            "certification every 12 months."],
    ]),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="es-CR"),
        core(title="PRO-CR-011 Vestimenta y conducta en cuartos limpios, Revisi\u00f3n D",
             creator="Calidad, Guaria Medical", created="2029-03-19"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
