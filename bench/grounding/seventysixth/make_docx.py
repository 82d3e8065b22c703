#!/usr/bin/env python3
"""Build docs/calidad/material-no-conforme.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "calidad", "material-no-conforme.docx")
STAMP = (2035, 11, 12, 0, 0, 0)

BODY = [
    para("Material no conforme (Non-conforming material)", "Heading1"),
    para("Arneses del Norte, S.A. de C.V. \u00b7 Quality Management System (IATF 16949)"),
    para("Document: CAL-PR-012 \u00b7 Revision: 06 \u00b7 Effective: 19/11/2035 \u00b7 Owner: Quality Manager "
         "(ext 1300)"),
    para("1. Purpose and scope", "Heading2"),
    para("To make sure that no non-conforming or suspect part reaches a customer, and that every non-conformity is "
         "contained, decided and corrected. This procedure applies to Planta Apodaca, Planta Santa Catarina and the "
         "Almac\u00e9n Nuevo Laredo, and to everyone who makes, inspects, moves or ships our parts."),
    para("2. When you find a bad or suspect part", "Heading2"),
    para("Step 1. Stop the station. Put the part in the red bin and fix a red tag (etiqueta roja) with the part "
         "number, the defect, the time and your employee number."),
    para("Step 2. Tell your line leader straight away. The line leader calls the quality inspector and checks the "
         "parts made since the last first piece release."),
    para("Step 3. The quality inspector decides the disposition within 2 hours and moves the material to the jaula "
         "roja."),
    para("Step 4. The inspector opens the RNC (Reporte de No Conformidad) in QualiTrack during the same shift, with "
         "photos."),
    para("3. Containment", "Heading2"),
    para("Check every part back to the last good part: work in process, finished goods in the plant, finished goods "
         "in the Nuevo Laredo warehouse and trucks on their way to the bridge. If suspect product has been shipped, "
         "the Quality Manager tells the customer within 24 hours."),
    para("4. 8D report", "Heading2"),
    para("For a customer complaint, containment (D3) is in place within 24 hours, the root cause (D4) is confirmed "
         "within 5 working days and the complete 8D report goes to the customer within 10 working days. Halvorsen "
         "Motors and Brightline Truck Systems receive the 8D in their supplier portals."),
    para("5. Material Review Board (MRB)", "Heading2"),
    para("The MRB (Quality, Production and Engineering) meets every Tuesday and Thursday at 10:00. Material may stay "
         "in the jaula roja for no more than 3 working days before the MRB decides. Only Quality may take material "
         "out of the jaula roja."),
    para("6. Dispositions", "Heading2"),
    table([
        ["Disposition", "When it is allowed", "Who signs"],
        ["Use as is", "Only with a written deviation approved by the customer", "Quality Manager"],
        ["Rework", "Only with an approved rework instruction; reworked parts are inspected 100%",
         "Quality inspector and Production supervisor"],
        ["Sort", "100% sort by certified inspectors or an approved sorting company", "Quality inspector"],
        ["Scrap", "Scrap ticket in QualiTrack; parts are cut or painted red the same day", "Quality inspector"],
        ["Return to supplier", "With the RNC and a debit note, within 10 working days", "Supplier Quality Engineer"],
    ]),
    para("7. Clean point", "Heading2"),
    para("After a customer complaint, the next 3 shipments of that part number carry the green \u201cMaterial "
         "certificado\u201d label, and the shipping lead at Nuevo Laredo checks the label before the trailer is "
         "sealed."),
    para("8. Change history", "Heading2"),
    para("Rev. 06 (19/11/2035): disposition time, customer notice, 8D deadline, MRB days and clean point changed; "
         "RNC moved to QualiTrack."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-US"),
        core(title="CAL-PR-012 Material no conforme, Rev. 06", creator="Quality Manager", created="2035-11-12"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
