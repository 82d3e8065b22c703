#!/usr/bin/env python3
"""Build docs/quality/lot-release-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "quality", "lot-release-procedure.docx")
STAMP = (2028, 12, 27, 0, 0, 0)

BODY = [
    para("Lot Release Procedure", "Heading1"),
    para("Pampa Qhana Superfoods S.A. \u00b7 Calidad y Laboratorio \u00b7 CAL-04 \u00b7 Rev. 4"),
    para("Effective 02/01/2029. This procedure applies to every lot of grain, hojuelas, harina and pipocas packed at "
         "Planta Challapata. The owner is the Jefa de Calidad y Laboratorio (int. 230)."),
    para("1. What a lot is", "Heading2"),
    para("A lot is the production of one product on one line in one turno, up to 5 t. The lot code "
         "(PQ-CH-YYMMDD-L-turno) is written on every pallet card and entered in LabQ when the first bag is packed."),
    para("2. Sampling", "Heading2"),
    para("The line leader takes a composite sample of 500 g for each lot, from at least 10 bags spread over the turno, "
         "and takes it to the laboratory in a sample bag labelled with the lot code and the time."),
    para("3. Tests and limits for grain", "Heading2"),
    table([
        ["Test", "Method", "Limit", "Who records"],
        ["Moisture", "Moisture balance, 105 \u00b0C", "Not more than 12.0%", "Laboratory technician in LabQ"],
        ["Saponin", "Foam test (afrosim\u00e9trico)", "Foam below 0.5 cm", "Laboratory technician in LabQ"],
        ["Foreign matter", "Hand-picking of 100 g", "Not more than 0.10%", "Laboratory technician in LabQ"],
        ["Broken grains", "Sieve and count", "Not more than 2.0%", "Laboratory technician in LabQ"],
        ["Stones and glass", "Visual, whole sample", "None", "Laboratory technician in LabQ"],
    ]),
    para("Hojuelas, harina and pipocas are tested against the limits of the product specifications table."),
    para("4. Metal detection", "Heading2"),
    para("The envasadora's metal detector is checked every 2 hours and at every lot change with the three test pieces: "
         "Fe 1.5 mm, non-Fe 2.0 mm and stainless steel 2.5 mm. If a test piece is not rejected, stop the line, call "
         "the Supervisor de turno and put all bags packed since the last good check back into quarantine."),
    para("5. Quarantine and release", "Heading2"),
    para("Step 1. The lot waits in the Zona de Cuarentena with a yellow tag. The laboratory gives all results within "
         "48 hours of sampling."),
    para("Step 2. When every result is within the limits, the Jefa de Calidad, or the analyst she names in LabQ, "
         "releases the lot in LabQ. There is no paper certificate."),
    para("Step 3. The warehouse prints the green LIBERADO label from LabQ and puts one on each pallet. Only pallets "
         "with the green label may be loaded."),
    para("Step 4. A lot outside any limit gets a red RECHAZADO label and goes back to the line to be washed or sorted "
         "again. The turno that packed it loses its bono de producci\u00f3n."),
    para("6. Retained samples", "Heading2"),
    para("A contramuestra of 200 g of every released lot is kept in the laboratory for 2 years, in a sealed bag marked "
         "with the lot code."),
    para("7. Organic lots", "Heading2"),
    para("Before an organic run the line is cleaned (lavado de l\u00ednea, 45 minutes) and Calidad checks the line and "
         "records the check in LabQ before the first organic sack is opened. Organic and convencional lots never "
         "share a pallet or a container."),
    para("8. Export lots", "Heading2"),
    para("A sample of each export container is sent to the external laboratory in La Paz for Salmonella, E. coli and "
         "moulds. Results arrive within 5 working days; the container is not loaded until they arrive."),
    para("9. Version history", "Heading2"),
    table([
        ["Rev.", "Date", "What changed"],
        ["4", "02/01/2029", "Lots of up to 5 t per turno; 500 g samples; tighter limits; metal detector every 2 hours; "
                            "release in LabQ; contramuestra kept 2 years"],
        ["3", "15/03/2027", "Saponin foam test added; contramuestra kept"],
        ["2", "10/04/2025", "Metal detector test pieces added"],
        ["1", "01/09/2022", "First issue"],
    ]),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="es-BO"),
        core(title="CAL-04 Lot Release Procedure, Rev. 4",
             creator="Calidad y Laboratorio", created="2028-12-27"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
