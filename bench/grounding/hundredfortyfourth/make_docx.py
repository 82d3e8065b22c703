#!/usr/bin/env python3
"""Build docs/remuntadors/procediment-obertura-evacuacio.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "remuntadors", "procediment-obertura-evacuacio.docx")
STAMP = (2028, 11, 14, 0, 0, 0)

BODY = [
    para("Procediment d'obertura diària i evacuació de remuntadors", "Heading1"),
    para("Isard Neu i Muntanya, SA \u00b7 Explotació de Remuntadors \u00b7 RM-02 \u00b7 Versió 5"),
    para("Vigent des de l'1 de desembre de 2028. S'aplica a tot el personal que treballa a la telecabina, a les "
         "telecadires i als telesquís de Soldeu i Grau Roig, inclòs el personal de temporada i els pisters que "
         "hi donen suport. El responsable és el Cap d'Explotació de Remuntadors (ext. 5101)."),
    para("1. Obertura del dia", "Heading2"),
    para("Els agents arriben a l'estació a les 7.30 h. Els controls diaris comencen a les 7.45 h: frens, sensors "
         "de la línia, portes de la telecabina, megafonia i comunicació amb l'altra estació. Cada control "
         "s'anota a RemLog, a la tauleta de l'estació, i el cap d'estació el valida."),
    para("Abans de fer pujar ningú, la instal·lació fa una marxa en buit de 15 minuts. El primer viatge de "
         "prova amb personal es fa a les 8.30 h i l'obertura al públic és a les 9.00 h, o a l'hora que "
         "marqui la taula de remuntadors."),
    para("2. Vent", "Heading2"),
    table([
        ["Remuntador", "Velocitat reduïda a partir d'una ratxa de", "Aturada a partir d'una ratxa de"],
        ["Telecadira desembragable (TSD)", "50 km/h", "60 km/h"],
        ["Telecadira fixa (TSF)", "45 km/h", "55 km/h"],
        ["Telecabina (TC)", "65 km/h", "75 km/h"],
        ["Telesquí (TK)", "60 km/h", "70 km/h"],
    ]),
    para("L'anemòmetre de l'estació superior mana i RemLog avisa el Centre de control de cada ratxa. Després "
         "d'una aturada per vent, s'espera que la ratxa baixi durant 20 minuts seguits abans de tornar a obrir."),
    para("3. Aturada i evacuació", "Heading2"),
    para("Pas 1. Atura la instal·lació i assegura-la amb el fre de servei i el fre d'emergència."),
    para("Pas 2. Avisa el Centre de control (Soldeu, ext. 5100; Grau Roig, ext. 5200) amb el codi EVAC i el "
         "nombre aproximat de cadires o cabines ocupades."),
    para("Pas 3. Informa els passatgers per megafonia cada 10 minuts, encara que no hi hagi novetats."),
    para("Pas 4. Si la instal·lació no torna a funcionar en 30 minuts, el cap de sector ordena l'evacuació. "
         "No s'espera més encara que el mecànic cregui que la pot arreglar."),
    para("Pas 5. Els equips d'evacuació, de 2 agents amb un equip de cordes per tram, baixen els passatgers "
         "amb l'ajuda dels pisters. Els infants i les persones amb mobilitat reduïda baixen primer."),
    para("Pas 6. L'evacuació s'ha d'acabar en menys de 3 hores. Si hi ha algun ferit, el Centre de control "
         "truca al 112."),
    para("Pas 7. Registra a RemLog l'hora de l'aturada, l'hora de l'ordre d'evacuació, els passatgers baixats "
         "i qualsevol incidència."),
    para("4. Formació i registres", "Heading2"),
    para("Tot el personal de remuntadors fa dos simulacres d'evacuació per temporada, un al desembre i un al "
         "febrer, i no pot formar part d'un equip d'evacuació sense haver-ne fet un. Els registres de RemLog "
         "es guarden 5 anys."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="ca-AD"),
        core(title="Procediment d'obertura diària i evacuació de remuntadors, versió 5",
             creator="Cap d'Explotació de Remuntadors", created="2028-11-14"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
