#!/usr/bin/env python3
"""Build docs/znr/vruci-radovi-i-zatvoreni-prostori.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "znr", "vruci-radovi-i-zatvoreni-prostori.docx")
STAMP = (2037, 1, 22, 0, 0, 0)

BODY = [
    para("ZNR-05 Vrući radovi i ulazak u zatvorene prostore", "Heading1"),
    para("Škver Galebica d.o.o. \u00b7 Zaštita na radu \u00b7 ZNR-05 \u00b7 vrijedi od 01.02.2037."),
    para("This procedure is for everybody who welds, cuts, grinds or heats with a flame on a ship, in Dok 1, on the "
         "navoz or on the servisni ponton, and for everybody who goes into a tank, the dvodno, a koferdam or any "
         "other zatvoreni prostor, including kooperanti and the crews of the ships in the yard. The owner is the "
         "stručnjak zaštite na radu, Davor Šimić (ext 120)."),
    para("1. Dozvola za vruće radove", "Heading2"),
    para("Vrući radovi outside the fixed welding places of the čelična radionica are done only with a dozvola za "
         "vruće radove (obrazac ZNR-05-A). The poslovođa of the work place writes the dozvola and the ZNR officer "
         "signs it; in the noćna smjena the dokmeister signs instead of ZNR. The dozvola is valid for one smjena "
         "only and hangs at the work place. A new smjena needs a new dozvola."),
    para("2. Prije početka", "Heading2"),
    para("Remove everything that can burn within 10 m of the work, or cover it with a fire blanket. Check the other "
         "side of the bulkhead or deck and put a second man there if there is anything that can burn. Close or "
         "cover openings, pipes and cable passages. At the work place there must be 2 fire extinguishers of 6 kg "
         "powder."),
    para("3. Vatrostraža", "Heading2"),
    para("A vatrostraža (fire watch) with an extinguisher stays during the whole work and for 60 minutes after the "
         "end of the work, also on the other side of the bulkhead. Only then the vatrostraža signs the dozvola as "
         "closed and gives it back to the poslovođa."),
    para("4. Mjerenje plinova", "Heading2"),
    table([
        ["Mjerenje", "Dozvoljeno za ulazak", "Dozvoljeno za vruće radove"],
        ["Kisik (O2)", "19,5 % – 23,5 %", "19,5 % – 23,5 %"],
        ["Zapaljivi plinovi (LEL)", "ispod 10 % LEL", "0 % LEL"],
        ["Ugljikov monoksid (CO)", "ispod 25 ppm", "ispod 25 ppm"],
        ["Sumporovodik (H2S)", "ispod 5 ppm", "ispod 5 ppm"],
    ]),
    para("The gas test is made by a person trained by ZNR, with the yard gas detector, before the first entry. It is "
         "repeated every 2 hours and after every break longer than 30 minutes, and written on the dozvola."),
    para("5. Ulazak u zatvoreni prostor", "Heading2"),
    para("Step 1. The poslovođa asks ZNR for the dozvola for the tank and the ship's chief engineer closes and "
         "locks the valves and pumps of that tank."),
    para("Step 2. The tank is ventilated with the fan for at least 30 minutes before the gas test, and the fan "
         "stays on during all the work."),
    para("Step 3. The gas test is made from the manhole, top, middle and bottom of the tank."),
    para("Step 4. A čuvar ulaza stands at the manhole the whole time. He keeps the list of the people inside and "
         "checks them by voice or radio every 15 minutes. He never goes in himself."),
    para("Step 5. For a vertical entry deeper than 2 m the rescue tripod with the winch is set over the manhole "
         "and the worker wears the harness."),
    para("Step 6. Nobody stays in the tank longer than 2 hours without a break of 20 minutes in fresh air."),
    para("6. Hitni slučaj", "Heading2"),
    para("If a worker in a tank does not answer or falls, the čuvar ulaza calls ext 111 and 112 and starts the "
         "tripod winch. Nobody goes into the tank to help without breathing apparatus. Zborno mjesto A is the "
         "parking in front of the menza."),
    para("7. Evidencija", "Heading2"),
    para("Closed dozvole are kept by ZNR for 2 years. ZNR checks at least one open dozvola on every smjena."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="hr-HR"),
        core(title="ZNR-05 Vrući radovi i ulazak u zatvorene prostore",
             creator="Stručnjak zaštite na radu", created="2037-01-22"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
