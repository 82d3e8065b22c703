#!/usr/bin/env python3
"""Build docs/hms/arbeidsbat-og-sjosikkerhet.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "hms", "arbeidsbat-og-sjosikkerhet.docx")
STAMP = (2036, 9, 8, 0, 0, 0)

BODY = [
    para("Arbeidsbåt og sjøsikkerhet", "Heading1"),
    para("Kvitbrim Laks AS \u00b7 Sjøavdelingen \u00b7 HMS-07 \u00b7 Versjon 4"),
    para("Gjelder fra 15.09.2036. This procedure is for everybody who travels with or works on Kvitbrim's "
         "arbeidsbåter, and for everybody who works on the lokalitetene Kjeøya and Tarvbukta, also innleide, "
         "servicefolk and visitors. Owner: Driftsleder sjø (internnr. 4310)."),
    para("1. Before avgang", "Heading2"),
    para("The skipper checks the værmelding before every tur. There is no avgang when the middelvind is over "
         "15 m/s or the signifikant bølgehøyde is over 2,0 m, and the skipper can stop a tur also in better "
         "weather. The skipper's decision is final."),
    para("Everybody on board is registered in BåtLogg on the nettbrettet in the styrehuset before avgang: name, "
         "lokalitet and planned return. The skipper checks that the number of people on board is the same as "
         "in BåtLogg."),
    para("2. Personlig verneutstyr", "Heading2"),
    para("From 1. oktober til 30. april everybody wears a flytedress on the båt, on the flytebrygga and on the "
         "merdkant. From 1. mai til 30. september an oppblåsbar redningsvest with sprayhette is enough. Hjelm "
         "is used during all kranarbeid. Check the redningsvest (the green indikator) before every tur."),
    para("3. Båtene", "Heading2"),
    table([
        ["Båt", "Godkjent for", "Skipper må ha", "Brukes til"],
        ["Brimtind", "12 personer", "D5L and SRC", "Mannskap and utstyr to both lokalitetene"],
        ["Kjeøy-jenta", "6 personer", "D5L", "Mannskap to Kjeøya, kveld and helg"],
        ["Lettbåten (RIB)", "4 personer", "D5L", "Inspeksjon and små oppdrag, only in dagslys"],
    ]),
    para("Brimtind was rebuilt in 2036 and is now godkjent for 12 personer. Never take more people than the "
         "båt is godkjent for."),
    para("4. Kontakt med land", "Heading2"),
    para("The skipper registers avgang and ankomst in BåtLogg. The driftsleder sjø, or the vaktleder outside "
         "arbeidstid, follows the turer on the skjermen. If there is no contact 30 minutter after the planned "
         "time, the driftsleder rings the båt, then the fôrflåten on the lokalitet, and then 112 and the "
         "Hovedredningssentralen."),
    para("5. Arbeid på lokaliteten", "Heading2"),
    para("There are always minimum 2 personer on a lokalitet, and nobody works alone on the merdkant. No work "
         "on the merdkant when the middelvind is over 12 m/s. Never go into the fôrsiloen alone."),
    para("6. Mann over bord", "Heading2"),
    para("Step 1. Shout \u00abmann over bord\u00bb and point at the person all the time."),
    para("Step 2. Throw the livbøye and press the MOB-knappen on the kartplotteren."),
    para("Step 3. The skipper turns the båt and comes up against the wind."),
    para("Step 4. Take the person up with the MOB-båra, never by the arms alone, and keep the person lying "
         "down."),
    para("Step 5. Ring 113 or call on VHF kanal 16 and give the position from the kartplotteren."),
    para("Every mannskap does a mann-over-bord-øvelse every 3. måned, and it is registered in BåtLogg."),
    para("7. Opplæring", "Heading2"),
    para("New people do a grunnleggende sikkerhetskurs for havbruk before their first tur, and go one tur as "
         "passasjer with the skipper before they work on the lokalitet. The sikkerhetskurset is repeated "
         "every 5 år."),
    para("8. Avvik", "Heading2"),
    para("Every nestenulykke, skade or feil on the båt is registered in Avvik within 24 timer. Faults on "
         "redningsutstyret are reported to the skipper at once."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="nb-NO"),
        core(title="Arbeidsbåt og sjøsikkerhet, HMS-07 versjon 4",
             creator="Driftsleder sjø", created="2036-09-08"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
