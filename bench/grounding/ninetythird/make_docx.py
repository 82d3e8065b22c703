#!/usr/bin/env python3
"""Build docs/dyeing/chemical-handling-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "dyeing", "chemical-handling-procedure.docx")
STAMP = (2028, 1, 24, 0, 0, 0)

BODY = [
    para("Chemical Handling and Dye House Safety Procedure", "Heading1"),
    para("Oqtola Tekstil AJ \u00b7 Kokand Dyeing and Finishing Plant \u00b7 KB-05 \u00b7 Revision 3"),
    para("Effective 01.02.2028. This procedure applies to everyone who stores, issues, weighs or uses chemicals "
         "and dyes at the Kokand plant, including contractors and staff sent from Margilan. Owner: the plant "
         "manager, Mr Akmal Usmonov (ext 501), with the labour protection engineer (ext 250)."),
    para("1. Main chemicals", "Heading2"),
    table([
        ["Chemical", "Used for", "Main hazard", "Protection"],
        ["Caustic soda (NaOH, kaustik), liquid", "Scouring and mercerising", "Burns skin and eyes",
         "Face shield, acid-resistant suit, nitrile gloves"],
        ["Hydrogen peroxide", "Bleaching", "Oxidiser, burns", "Face shield, nitrile gloves"],
        ["Acetic acid", "Neutralising after bleaching", "Burns, vapour", "Chemical goggles, nitrile gloves"],
        ["Reactive dyes (powder)", "Dyeing cotton", "Dust, allergy", "FFP3 mask, chemical goggles, gloves"],
        ["Sodium hydrosulphite", "Reduction clearing", "Heats up and may catch fire when wet",
         "Chemical goggles, gloves, keep dry"],
    ]),
    para("2. Storage", "Heading2"),
    para("The chemical store (kimyoviy ombor) is kept between 5 \u00b0C and 30 \u00b0C. Drums and IBC tanks are "
         "stacked no more than 2 high. Acids and alkalis are kept at least 3 m apart, each over its own spill "
         "tray. Peroxide is kept away from dyes and hydrosulphite."),
    para("3. Issuing chemicals", "Heading2"),
    para("The shift master signs a talabnoma (requisition) and hands it to the storekeeper by 16:00 for the next "
         "shift. No more than one shift's quantity is kept at the machines. Empty drums go back to the store the "
         "same shift, with their caps on."),
    para("4. Dye kitchen", "Heading2"),
    para("Powders are weighed under the extraction hood only. Nobody works more than 4 hours in a row in the dye "
         "kitchen; the shift master rotates the staff and writes the rotation in the shift log. Always pour "
         "chemical into water, never water into chemical."),
    para("5. Jet dyeing machines", "Heading2"),
    para("The machines run up to 130 \u00b0C under pressure. Never open a machine door unless the bath is below "
         "80 \u00b0C and the gauge reads 0 bar. The door key is kept by the machine operator and is never left in "
         "the lock."),
    para("6. Splashes and spills", "Heading2"),
    para("Step 1. Eyes: rinse at the nearest eyewash station for at least 15 minutes, holding the eyelids open, "
         "then go to the medpunkt with a colleague."),
    para("Step 2. Skin: take off wet clothing at once and rinse with running water for 15 minutes."),
    para("Step 3. Spills: put on the face shield and gloves, contain the spill with the spill kit and neutralise "
         "it. Tell the shift master; the shift master reports to the labour protection engineer within 1 hour."),
    para("Step 4. A spill of more than 20 litres, or any spill of hydrosulphite: leave the area, close the doors "
         "and call ext 501 and the fire service on 101."),
    para("7. Training", "Heading2"),
    para("Everyone is trained on this procedure before starting work and again every 6 months, with a practical "
         "eyewash drill. Dye house staff get 0.5 litre of milk each shift and the harmful conditions supplement "
         "(see the pay page)."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Chemical Handling and Dye House Safety Procedure, KB-05 Revision 3",
             creator="Kokand plant manager", created="2028-01-24"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
