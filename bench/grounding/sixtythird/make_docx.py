#!/usr/bin/env python3
"""Build docs/kegalle/dipping-line-safety.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "kegalle", "dipping-line-safety.docx")
STAMP = (2033, 2, 20, 0, 0, 0)

BODY = [
    para("Dipping Line Safety and Operating Procedure", "Heading1"),
    para("Kelani Valley Gloves (Pvt) Ltd \u00b7 Kegalle plant \u00b7 KVG-KGL-SOP-04 \u00b7 Rev D"),
    para("Effective 01/03/2033. Rev D supersedes Rev C. This procedure applies to everyone who works on Dipping "
         "Lines 1 to 6, the leaching tanks, the curing ovens, the chlorination room and the stripping stations, "
         "including contractors and the former maker's engineers. The owner is the Plant Manager (ext 220)."),
    para("1. Tanks and temperatures", "Heading2"),
    table([
        ["Area", "Keep at", "Checked"],
        ["Coagulant tank", "50 \u00b0C to 55 \u00b0C", "Every 2 hours, shift log sheet"],
        ["Latex compound tank", "25 \u00b0C to 30 \u00b0C", "Every 2 hours, shift log sheet"],
        ["Leaching tank", "65 \u00b0C to 70 \u00b0C", "Every 2 hours, shift log sheet"],
        ["Curing oven", "110 \u00b0C to 120 \u00b0C", "Every 2 hours, oven controller record"],
    ]),
    para("A reading outside the range is reported to the line leader at once; the line leader decides whether "
         "the line keeps running and writes the decision in the shift book."),
    para("2. Before you start a line", "Heading2"),
    para("Walk the former chain and check that no one is inside the guard. Test the red pull cord and the "
         "emergency stops at the start of every shift and sign the shift log sheet. Check the eyewash station "
         "and the safety shower every week."),
    para("3. Lock-out before entering the former chain or a tank", "Heading2"),
    para("Step 1. Stop the line and switch off the drive at the panel."),
    para("Step 2. Everyone who will reach inside the guard or enter a tank fits a personal padlock and tag to "
         "the panel isolator."),
    para("Step 3. The line leader makes a two-person check: press the start button and confirm that the line "
         "does not move."),
    para("Step 4. When the work is done, each person removes only their own padlock. The line leader restarts "
         "the line after a final walk of the former chain."),
    para("4. Curing ovens and stripping", "Heading2"),
    para("Strippers at the oven exits rotate to the next station every 45 minutes. Take a 10-minute water break "
         "every hour; the relief operator covers your station. Wear the heat-resistant gloves and the face "
         "shield. Never reach into the oven exit while the chain is moving."),
    para("5. Chlorination room", "Heading2"),
    para("Wear the full-face respirator, the chemical apron and chemical gloves. Change the respirator "
         "cartridges after 40 hours of use and write the start date on each cartridge. Never work in the "
         "chlorination room alone; the chlorine gas detector must be on before you enter."),
    para("6. Former cleaning", "Heading2"),
    para("Formers are cleaned in the acid tank (2% solution) and the alkali tank every month. Cracked formers are "
         "removed and put in the red bin."),
    para("7. Training", "Heading2"),
    para("New operators work 3 weeks beside a trained operator before they run a station alone. Every operator "
         "has a refresher on this procedure every 12 months."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Dipping Line Safety and Operating Procedure, Rev D",
             creator="Plant Manager, Kegalle", created="2033-02-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
