#!/usr/bin/env python3
"""Build docs/planta/seguridad-secado-y-molienda.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "planta", "seguridad-secado-y-molienda.docx")
STAMP = (2028, 2, 14, 0, 0, 0)

BODY = [
    para("Procedimiento de seguridad: sapecado, secado y molienda", "Heading1"),
    para("Yerbatera \u00d1u Por\u00e3 S.A. \u00b7 Planta Cambyret\u00e1 \u00b7 SH-03 \u00b7 Revisi\u00f3n 5"),
    para("Vigente desde 01/03/2028. This procedure is for everyone who works at the sapecadora, the barbacu\u00e1, "
         "the secadero rotativo, the canchadora, the dep\u00f3sito de estacionamiento and molinos N.\u00ba 1 and "
         "N.\u00ba 2, including contratados de zafra and the maker's technicians. Owner: Seguridad e Higiene "
         "(int. 210), with the Jefe de Producci\u00f3n (int. 201)."),
    para("1. Temperatures and checks", "Heading2"),
    table([
        ["Equipment", "Normal", "Stop or alarm", "Checked"],
        ["Sapecadora (horno)", "380 \u00b0C to 450 \u00b0C in the chamber", "Stop the feed above 480 \u00b0C",
         "Every hour, in the planilla de turno"],
        ["Barbacu\u00e1", "Air 70 \u00b0C to 90 \u00b0C", "Open the dampers above 100 \u00b0C",
         "Every 2 hours, in the planilla de turno"],
        ["Secadero rotativo", "Inlet air 95 \u00b0C to 110 \u00b0C",
         "Alarm above 120 \u00b0C for 3 minutes", "Continuous, on the controller"],
        ["Molinos N.\u00ba 1 and N.\u00ba 2", "Bearings up to 70 \u00b0C", "Stop the molino above 80 \u00b0C",
         "Every 4 hours, with the infrared thermometer"],
    ]),
    para("An alarm rings in the sala de control (int. 230). The operator stops the feed, tells the jefe de turno "
         "and writes the time and the reading in the planilla de turno."),
    para("2. Working at the hornos", "Heading2"),
    para("Nobody works alone at the hornos: there are always 2 people. Work no more than 2 hours at a time in the "
         "pieza del horno, then take a 20-minute break away from the heat, with water. Wear the fire-resistant "
         "shirt, leather gloves and safety boots."),
    para("Le\u00f1a is stacked at least 15 m from the hornos. Only eucalyptus le\u00f1a with no more than 25% "
         "humidity is used, and only the foguista feeds the horno."),
    para("3. Lock-out before cleaning or clearing a jam", "Heading2"),
    para("Step 1. Stop the machine at its panel and tell the sala de control."),
    para("Step 2. Put your own red padlock and your name tag on the main switch. Each person working on the "
         "machine puts a padlock."),
    para("Step 3. Press start to check that the machine does not move."),
    para("Step 4. When the work is finished, take off only your own padlock. Never remove another person's "
         "padlock; if its owner has gone home, call the jefe de turno."),
    para("4. Confined spaces", "Heading2"),
    para("Entering a silo, a tolva or the drum of the secadero needs a written permit from Seguridad e Higiene, a "
         "vig\u00eda who stays outside the whole time, and the lock-out above. The drum must be below 40 \u00b0C "
         "before anyone goes in."),
    para("5. Dust and noise", "Heading2"),
    para("In the molino and the canchadora wear an N95 mask, safety glasses and ear protection; the noise there is "
         "above 85 dB. Clean the dust with the aspiradora at the end of every turno. Never use compressed air to "
         "clean machines or clothes. Hearing tests (audiometr\u00eda) are every 12 months."),
    para("6. Autoelevadores in the dep\u00f3sito", "Heading2"),
    para("Only licensed drivers drive the autoelevadores. The speed limit inside the dep\u00f3sito is 10 km/h. "
         "Pallets of bolsas of yerba canchada are stacked no more than 6 high. Pedestrians use the yellow "
         "walkways."),
    para("7. Training and records", "Heading2"),
    para("Everyone is trained on this procedure before starting and every 12 months. The planillas de turno are "
         "kept for 2 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="es-PY"),
        core(title="Procedimiento de seguridad: sapecado, secado y molienda, Revisi\u00f3n 5",
             creator="Seguridad e Higiene", created="2028-02-14"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
