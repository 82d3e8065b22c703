#!/usr/bin/env python3
"""Build docs/ukmerge/lacquer-line-safety.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "ukmerge", "lacquer-line-safety.docx")
STAMP = (2029, 2, 20, 0, 0, 0)

BODY = [
    para("Spray Booth and Lacquer Line Safety Instruction", "Heading1"),
    para("UAB \u201eRiev\u0117\u201c \u00b7 Ukmerg\u0117 finishing plant \u00b7 DS-UKM-04 \u00b7 Revision 5"),
    para("Dažymo kamerų ir lakavimo linijos saugos instrukcija. Approved 2029-02-20 by the plant manager "
         "(Saulius Mockus, ext 2301). Applies to lacquerers, sanders, mixing room staff, maintenance fitters and "
         "cleaners who work in spray booths 1\u20134, the lacquer mixing room and the UV lacquer line, including "
         "agency staff."),
    para("1. Before you start", "Heading2"),
    para("Switch on the booth extraction 5 minutes before spraying. Look at the pressure gauge of the booth: change "
         "the exhaust filters when the gauge shows 250 Pa or more, and write the change in the booth log."),
    para("Put the earth clamp on every metal container and on the hose of the spray gun."),
    para("Bring to the booth no more than 60 litres of lacquer, hardener and solvent in total. Everything else stays "
         "in the lacquer store with the door closed."),
    para("2. Personal protective equipment", "Heading2"),
    table([
        ["Task", "Respirator", "Eyes", "Gloves", "Clothing"],
        ["Spraying in booths 1\u20134", "Half mask with A2P2 filters", "Goggles", "Nitrile gloves",
         "Disposable coverall"],
        ["Mixing lacquer, hardener and solvent", "Full-face mask with A2P2 filters", "Covered by the mask",
         "Long nitrile gloves", "Chemical apron"],
        ["UV lacquer line", "FFP2 mask", "UV safety glasses", "Nitrile gloves", "Cotton workwear"],
        ["Cleaning booth floors and grids", "Half mask with A2P2 filters", "Goggles", "Heavy nitrile gloves",
         "Disposable coverall"],
    ]),
    para("Change the respirator filters after 40 operating hours, or at once if you smell solvent through the mask. "
         "Write the start date on each new filter."),
    para("3. Working time in the booth", "Heading2"),
    para("Spray for no more than 2 hours without a pause, then take a 15-minute break outside the booth area. "
         "The meistras plans the rotation between spraying and sanding."),
    para("4. Spills", "Heading2"),
    para("Step 1. Stop spraying and close the lacquer supply; keep the extraction running."),
    para("Step 2. Cover the spill with absorbent sand from the yellow spill kit."),
    para("Step 3. Put the sand and the rags into the red metal bin with lid, never into general waste."),
    para("Step 4. Call the darbų saugos specialistas on ext 2360 and tell the meistras."),
    para("5. Fire", "Heading2"),
    para("Press the red alarm button and leave by the nearest exit. Use a CO2 extinguisher only on a small fire and "
         "only if you have been trained. The assembly point is at the main gate."),
    para("6. Training and health", "Heading2"),
    para("The spray booth course is 8 hours and is done before you start. The refresher is every 12 months. Spray "
         "booth and mixing room staff have a health check every 12 months. Expectant and breastfeeding employees "
         "do not work in the booths or the mixing room; tell Personalo skyrius and your work will be changed with "
         "no loss of pay."),
    para("7. Lacquers", "Heading2"),
    para("Use only the lacquers, hardeners and cleaners on the approved list at the mixing room door. Keep lids "
         "closed. No smoking, open flames or grinding within 15 metres of the booths and the lacquer store."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="lt-LT"),
        core(title="Spray Booth and Lacquer Line Safety Instruction, DS-UKM-04 Revision 5",
             creator="Ukmerge plant manager", created="2029-02-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
