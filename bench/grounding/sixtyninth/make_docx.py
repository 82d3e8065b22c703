#!/usr/bin/env python3
"""Build docs/fincas/agrochemical-application.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "fincas", "agrochemical-application.docx")
STAMP = (2035, 7, 21, 0, 0, 0)

BODY = [
    para("Agrochemical Application Procedure", "Heading1"),
    para("Bodega Cord\u00f3n del Plata S.A. \u00b7 Fincas, Tupungato \u00b7 FIN-07 \u00b7 Revision 5"),
    para("Approved by the Jefe de fincas, Ramiro Videla, on 21/07/2035, in force from 01/08/2035. This revision "
         "replaces Revision 4 (August 2031). It applies to everyone who stores, mixes or applies fungicides, "
         "sulphur, herbicides or any other agrochemical at Finca La Arboleda and Finca El Peral, including "
         "contractors."),
    para("1. Who may apply", "Heading2"),
    para("Only aplicadores who hold the company's aplicador card may mix or apply products. The card is given "
         "after a 2-day course with Higiene y Seguridad and is renewed every year with a half-day refresher. "
         "Nobody under 18 and no pregnant or breastfeeding worker handles agrochemicals."),
    para("2. Limits", "Heading2"),
    table([
        ["Rule", "Limit", "Notes"],
        ["Wind", "No application above 10 km/h", "Measured with the anemometer at the finca office"],
        ["Temperature", "No application above 30 \u00b0C", "Sulphur burns the leaves in the heat"],
        ["Re-entry", "48 hours after application", "Longer if the label says so"],
        ["Before harvest", "No application within 21 days of picking", "The label's interval if it is longer"],
        ["Near houses and the school", "No application within 100 m", "El Peral, cuarteles 1 and 2"],
    ]),
    para("3. Before applying", "Heading2"),
    para("Step 1. Check the wind and the temperature and write both in the spraying record."),
    para("Step 2. Put a red flag at both ends of each row to be treated and a sign at the cuartel gate."),
    para("Step 3. Put on the full protective equipment: the suit, the mask with new filters, nitrile gloves, "
         "goggles and rubber boots."),
    para("Step 4. Mix only in the mixing area next to the chemicals store, never at the irrigation channels "
         "(acequias)."),
    para("4. After applying", "Heading2"),
    para("Rinse each empty container three times, pour the rinse water into the tank, pierce the container and "
         "take it to the chemicals store for the container collection programme. Wash the equipment in the "
         "mixing area. Shower and change at the finca office before eating, drinking or smoking. The work "
         "clothes are washed at the finca, never at home."),
    para("5. Records", "Heading2"),
    para("Record every application in FichaNet > Aplicaciones on the day: date, cuartel, product, dose, wind, "
         "temperature and the aplicador's name. The records are kept for 5 years, because export customers ask "
         "for them."),
    para("6. If something goes wrong", "Heading2"),
    para("If product gets on your skin or in your eyes, wash with plenty of clean water for 15 minutes, tell the "
         "encargado and call the ART emergency line. Take the product label with you. A spill is covered with "
         "sand from the spill kit and reported to Higiene y Seguridad (ext 220) the same day."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="es-AR"),
        core(title="Agrochemical Application Procedure, FIN-07 Revision 5",
             creator="Jefe de fincas", created="2035-07-21"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
