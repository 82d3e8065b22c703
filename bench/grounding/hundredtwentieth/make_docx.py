#!/usr/bin/env python3
"""Build docs/rivier/veiligheidsprocedure-rivierdienst.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "rivier", "veiligheidsprocedure-rivierdienst.docx")
STAMP = (2029, 4, 16, 0, 0, 0)

BODY = [
    para("Veiligheidsprocedure Rivierdienst", "Heading1"),
    para("Commewijne Rijst & Logistiek N.V. \u00b7 Rivierdienst, Steiger Meerzorg \u00b7 RIV-01 \u00b7 Versie 2"),
    para("Ingangsdatum 1 mei 2029. Deze procedure geldt voor alle schippers, dekknechten en laders van de "
         "rivierdienst en voor iedereen die meevaart op de Surinamerivier en de Commewijnerivier. Deze procedure "
         "vervangt de Instructie pontonploeg van 13 maart 2026. Eigenaar: Hoofd Rivierdienst (toestel 601)."),
    para("1. Vaartuigen en lading", "Heading2"),
    table([
        ["Vaartuig", "Soort", "Maximale lading", "Bemanning bij elke vaart"],
        ["Barge Commewijne I", "motorbarge", "250 ton", "schipper + 2 dekknechten"],
        ["Barge Commewijne II", "motorbarge", "300 ton", "schipper + 2 dekknechten"],
        ["Ponton P-5", "sleepponton", "120 ton", "1 dekknecht aan boord van het ponton"],
        ["Ponton P-7", "sleepponton", "150 ton", "1 dekknecht aan boord van het ponton"],
        ["Sleepboot Kaaiman", "sleepboot", "sleept hoogstens 2 pontons", "schipper + 1 dekknecht"],
    ]),
    para("Zakken worden kruislings gestapeld, niet hoger dan 7 lagen. Kunstmest en brandstof gaan nooit samen op "
         "\u00e9\u00e9n vaartuig. De schipper weigert lading die boven de maximale lading komt, ook als de klant "
         "erop staat."),
    para("2. V\u00f3\u00f3r elke vaart", "Heading2"),
    para("Stap 1. De schipper controleert de motor, de brandstof, de marifoon, de navigatieverlichting, de "
         "reddingsboei met lijn en de EHBO-trommel, en tekent het vaartlogboek."),
    para("Stap 2. De schipper neemt bij de hele bemanning een blaastest af en schrijft de uitslag in het "
         "vaartlogboek. Wie niet blaast of positief blaast, vaart niet mee."),
    para("Stap 3. De schipper meldt het vertrek, de lading en het aantal personen aan boord aan de walpost "
         "Meerzorg via de marifoon op kanaal 12."),
    para("3. Wanneer varen wij?", "Heading2"),
    para("Er wordt alleen gevaren tussen 06:00 en 18:30. Vaar niet bij windkracht 6 of meer, bij onweer of als "
         "het zicht minder is dan 500 meter; de schipper beslist en de walpost kan een vaart stoppen. Bij Depot "
         "Tamanredjo wordt alleen geladen en gelost van 2 uur v\u00f3\u00f3r tot 2 uur na hoogwater. Onder de Jules "
         "Wijdenboschbrug vaart u alleen door de gemarkeerde doorvaart."),
    para("4. Reddingsvest en kleding", "Heading2"),
    para("Iedereen draagt altijd een reddingsvest aan dek en op de steiger, ook bij mooi weer en ook als u kunt "
         "zwemmen. Draag schoenen met een stroeve zool; op slippers gaat niemand aan boord. De reddingsvesten "
         "hangen aan de rekken bij de loopplank en worden elke maand door de schipper gecontroleerd."),
    para("5. Onderweg", "Heading2"),
    para("De schipper meldt zich elke 30 minuten bij de walpost Meerzorg via kanaal 12. Hoort de walpost 45 "
         "minuten niets, dan belt de walpost de schipper en daarna het Hoofd Rivierdienst."),
    para("6. Man overboord", "Heading2"),
    para("Stap 1. Roep \u201cMan overboord!\u201d, wijs de persoon aan en blijf wijzen tot hij weer aan boord is."),
    para("Stap 2. Gooi de reddingsboei met lijn zo dicht mogelijk bij de persoon."),
    para("Stap 3. De schipper zet de schroef in de vrijloop en draait terug, tegen de stroom in naar de persoon toe."),
    para("Stap 4. Meld het direct aan de walpost Meerzorg via kanaal 12; de walpost belt 115."),
    para("Stap 5. Spring nooit zelf het water in om iemand te halen."),
    para("7. Opleiding", "Heading2"),
    para("Nieuwe dekknechten varen de eerste 2 weken mee als extra bemanningslid. Iedereen in de rivierdienst doet "
         "elk jaar de medische keuring met een zwemtest en elk half jaar een oefening man overboord."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="nl-SR"),
        core(title="Veiligheidsprocedure Rivierdienst, versie 2",
             creator="Hoofd Rivierdienst", created="2029-04-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
