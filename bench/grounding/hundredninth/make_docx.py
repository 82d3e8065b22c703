#!/usr/bin/env python3
"""Build docs/pivnite/procedura-galerii.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "pivnite", "procedura-galerii.docx")
STAMP = (2029, 1, 18, 0, 0, 0)

BODY = [
    para("Procedura de lucru în galeriile subterane", "Heading1"),
    para("Vinăria Stejarul Sur S.R.L. \u00b7 Complexul Ialoveni \u00b7 PIV-01 \u00b7 Ediția 3"),
    para("În vigoare din 01.02.2029 (effective 1 February 2029). Underground gallery work procedure. It applies to "
         "everyone who works in or enters the galleries, including contractors, drivers and the Vinoteca guides "
         "with visitors and importers. The owner is the Șef pivniță (Cellar Master, int. 320)."),
    para("1. Galeriile / The galleries", "Heading2"),
    table([
        ["Galeria", "What is kept there", "Temperature", "Humidity", "Main risks"],
        ["A", "Spumant in the second fermentation (tiraj), pupitres, gyropalettes, the disgorging line",
         "12\u201313 \u00b0C", "85\u201390%", "CO2, bottles bursting (up to 6 bar)"],
        ["B", "Oak barrels (barriques of 225 l, demi-muids of 600 l, foudres)", "13\u201314 \u00b0C",
         "85\u201395%", "Slippery floors, SO2 when barrels are sulphured, CO2 during filling"],
        ["C", "The collection bottle library (vinoteca de colecție) and finished stock", "12\u201314 \u00b0C",
         "75\u201385%", "Pallet truck traffic"],
    ]),
    para("2. Going in and coming out", "Heading2"),
    para("Swipe your badge at the reader at the gallery entrance (Poarta G1) when you go down and when you come up. "
         "The Dispecerat (int. 300) sees on its screen who is underground and where. Carry a torch (lanternă) and a "
         "radio at all times."),
    para("Nobody works alone in Galeria A. In Galeria B and Galeria C you may work alone only if you answer the "
         "Dispecerat's radio check every 30 minutes; if you do not answer twice, the Dispecerat sends two people to "
         "find you."),
    para("3. Dioxidul de carbon (CO2)", "Heading2"),
    para("Wear a personal CO2 detector on your chest in Galeria A, and in Galeria B while barrels are being filled. "
         "The detector alarms at 0,5% CO2 (5 000 ppm). The fans are switched on at least 30 minutes before anyone "
         "enters Galeria A after a break of more than 12 hours."),
    para("When your detector or the fixed alarm sounds:"),
    para("Step 1. Stop work at once and leave towards the nearest exit marked with the green sign \u201eIeșire\u201d. "
         "Do not use the goods lift."),
    para("Step 2. From the nearest emergency phone or by radio, call the Dispecerat on int. 300 and say which "
         "gallery and which junction."),
    para("Step 3. Do not go back in, not even to help a colleague. Only the rescue team with breathing apparatus "
         "goes in."),
    para("Step 4. Go to the assembly point, Platforma P1 at Poarta 1, and wait for the roll call."),
    para("4. Remuaj și degorjare / Riddling and disgorging", "Heading2"),
    para("Tirage bottles are under pressure. Wear the face shield (vizieră), cut-resistant gloves and sleeve guards "
         "whenever you handle them, also when you move full pupitres or gyropalette cages. The bottle necks are "
         "frozen in the brine bath at \u221225 \u00b0C before disgorging. If a bottle bursts, stop the gyropalette "
         "or the line with the red button and call the team leader before anyone clears the glass."),
    para("5. Transport în galerii", "Heading2"),
    para("Only electric pallet trucks are used underground, at no more than 6 km/h. Sound the horn at every "
         "junction and switch on the blue warning light. Diesel and gas forklifts never go into the galleries."),
    para("6. Training and checks", "Heading2"),
    para("Everyone who works in the galleries is trained on this procedure before starting and then every year. "
         "The emergency lights and the emergency phones are tested every week and the tests recorded by the "
         "Dispecerat."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="ro-MD"),
        core(title="Procedura de lucru în galeriile subterane, ediția 3",
             creator="Șef pivniță", created="2029-01-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
