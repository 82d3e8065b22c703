#!/usr/bin/env python3
"""Build docs/corte/procedimiento-seguridad-corte.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "corte", "procedimiento-seguridad-corte.docx")
STAMP = (2029, 3, 26, 0, 0, 0)

BODY = [
    para("Procedimiento de seguridad en el \u00e1rea de corte", "Heading1"),
    para("Confecciones Merend\u00f3n, S.A. de C.V. \u00b7 Planta 2 Corte, Choloma \u00b7 PR-COR-02 \u00b7 Revisi\u00f3n 5"),
    para("Vigente desde el 02/04/2029. For everybody who spreads, cuts or fuses at Planta 2 Corte: cortadores, "
         "tendedores, operators of the cortadora autom\u00e1tica and the fusionado, including people lent from "
         "Planta 1. Responsable: Gerente de Planta 2, Ing. Walter Maradiaga (ext 2100)."),
    para("1. Guante de malla", "Heading2"),
    para("The guante de malla is obligatorio whenever you cut with the cuchilla vertical or the cuchilla circular, "
         "on the hand that does not hold the cuchilla. The supervisor checks every glove at the start of each "
         "turno and signs the check on form F-COR-07. A glove with broken rings is taken out of use at once and "
         "replaced free of charge. A lost glove is charged as shown in the EPP table."),
    para("2. Altura m\u00e1xima del tendido", "Heading2"),
    table([
        ["Cutting with", "Altura m\u00e1xima del tendido", "Who may cut"],
        ["Cuchilla vertical", "10 cm", "Cortador with the 40-hour course"],
        ["Cuchilla circular", "6 cm", "Cortador with the 40-hour course"],
        ["Cortadora autom\u00e1tica", "7 cm, compressed by the vac\u00edo", "Trained operator of the cortadora"],
    ]),
    para("3. Cuchilla vertical", "Heading2"),
    para("Step 1. Lower the guarda of the cuchilla to no more than 1 cm above the tendido before you start "
         "cutting, and keep it there."),
    para("Step 2. To change or sharpen the cuchilla, switch the machine off, unplug it and put your candado rojo "
         "and tag on the plug (bloqueo y etiquetado)."),
    para("Step 3. Only mantenimiento opens the motor or the base, also with bloqueo y etiquetado."),
    para("4. Cortadora autom\u00e1tica", "Heading2"),
    para("Only trained operators use the cortadora autom\u00e1tica. Nobody crosses the yellow line while it is "
         "cutting. Test the parada de emergencia at the start of every turno and write the test on F-COR-07. "
         "Wear protecci\u00f3n auditiva in the area of the cortadora."),
    para("5. Training and rotation", "Heading2"),
    para("New cortadores do a 40-hour course and then cut for 2 weeks next to a cortador instructor before they "
         "cut alone. Every cortador does a refresher every 12 months. Cortadores de cuchilla vertical rotate to "
         "tendido or numerado every 2 hours, to rest the hands and the eyes."),
    para("6. Accidents", "Heading2"),
    para("Stop the machine, press the wound with a clean cloth and call the nurse (ext 2130). The supervisor "
         "reports the accident in MiPortal within 24 hours and investigates it with Salud y Seguridad "
         "Ocupacional."),
    para("7. Fusionado", "Heading2"),
    para("The prensa de fusionado works at 130 \u2013 150 \u00b0C. Use guantes t\u00e9rmicos and no loose sleeves."),
    para("Control de revisiones", "Heading2"),
    table([
        ["Revisi\u00f3n", "Fecha", "Cambios"],
        ["3", "10/01/2024", "Cortadora autom\u00e1tica added."],
        ["4", "15/08/2026", "Cuchilla circular; weekly check of the gloves on F-COR-07."],
        ["5", "02/04/2029", "Lower tendido heights; guarda at 1 cm; bloqueo y etiquetado; 40-hour course; "
                            "glove check every turno, free replacement; rotation every 2 hours; report in "
                            "MiPortal within 24 hours."],
    ]),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="es-HN"),
        core(title="Procedimiento de seguridad en el \u00e1rea de corte, revisi\u00f3n 5",
             creator="Gerente de Planta 2", created="2029-03-26"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
