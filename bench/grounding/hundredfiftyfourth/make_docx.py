#!/usr/bin/env python3
"""Build docs/nuuk/frysehusinstruks-nuuk.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "nuuk", "frysehusinstruks-nuuk.docx")
STAMP = (2031, 5, 20, 0, 0, 0)

BODY = [
    para("Frysehusinstruks \u2013 Frysehus Nuuk", "Heading1"),
    para("Imaq Seafood A/S \u00b7 Frysehus Nuuk \u00b7 NU-01 \u00b7 Version 3"),
    para("Gælder fra søndag den 1. juni 2031. Erstatter Frysehusinstruks af 15. marts 2029. Instruksen gælder for "
         "alle, der arbejder i frysehuset i Nuuk, også vikarer og chauffører fra vognmænd. Ansvarlig: "
         "frysehusleder Kristian Egede (lokal 400)."),
    para("1. Temperaturer", "Heading2"),
    table([
        ["Rum", "Indhold", "Temperatur", "Kontrol"],
        ["Frostrum 1 og 2", "Pakkede rejer og hellefisk til eksport", "\u221225 \u00b0C eller koldere",
         "Automatisk i KøleLog hvert 15. minut"],
        ["Frostrum 3 (bufferlager)", "Varer til lokalt salg og returvarer", "\u221220 \u00b0C eller koldere",
         "Automatisk i KøleLog hvert 15. minut"],
        ["Sluse", "Omlæsning af paller", "0 \u00b0C til +5 \u00b0C", "Ved hvert skiftes start"],
        ["Kølecontainere (reefer)", "Varer til og fra skib", "\u221225 \u00b0C eller koldere",
         "Ved modtagelse og afsendelse"],
    ]),
    para("KøleLog sender alarm med sms til frysehuslederen og vagthavende, hvis et frostrum er varmere end "
         "\u221220 \u00b0C i mere end 30 minutter."),
    para("2. Hvis et frostrum bliver for varmt", "Heading2"),
    para("Luk døren, og kontrollér, at den slutter tæt. Ring til kølemontøren på vagt og til frysehuslederen. "
         "Passerer temperaturen \u221218 \u00b0C, flyttes varerne til en kølecontainer. Ingen varer fra rummet "
         "må sendes, før kvalitetschefen har frigivet dem. Skriv tidspunkter og temperaturer i KøleLog."),
    para("3. Modtagelse af varer", "Heading2"),
    para("Trin 1. Aflæs containerens display, før dørene åbnes, og skriv temperaturen i KøleLog."),
    para("Trin 2. Mål kernetemperaturen i én kasse pr. palle med frysehusets stiktermometer."),
    para("Trin 3. Afvis varer, der er varmere end \u221218 \u00b0C. Skriv afvisningen i KøleLog, og giv "
         "chaufføren en kopi af afvisningssedlen."),
    para("Trin 4. Sæt pallerne på plads. Varer må højst være uden for frost i 20 minutter."),
    para("4. Arbejde i frostrum", "Heading2"),
    para("Brug frysedragt, termohandsker, elefanthue og sikkerhedsfodtøj. Arbejd højst 60 minutter ad gangen i "
         "frostrum, og hold derefter mindst 15 minutters varmepause i frokoststuen. Alenearbejde i frostrum er "
         "forbudt. Nødåbningen i hvert frostrum testes ved hvert skiftes start, og testen skrives i KøleLog."),
    para("5. Truck", "Heading2"),
    para("Kun medarbejdere med gyldigt truckcertifikat må køre truck. Hastigheden i frysehuset er højst 6 km/t. "
         "Trucken tjekkes ved skiftets start i VagtPlan > Tjek; en truck, der ikke består tjekket, mærkes og "
         "parkeres. Ingen passagerer."),
    para("6. Oplæring og registreringer", "Heading2"),
    para("Alle, der arbejder i frysehuset, gennemgår instruksen, før de starter, og derefter hvert år. "
         "Data i KøleLog gemmes i 3 år og gennemgås af frysehuslederen hver uge."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="da-DK"),
        core(title="Frysehusinstruks, Frysehus Nuuk, version 3",
             creator="Frysehuslederen", created="2031-05-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
