#!/usr/bin/env python3
"""Build docs/distillerie/consignes-distillation.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "distillerie", "consignes-distillation.docx")
STAMP = (2031, 5, 28, 0, 0, 0)

BODY = [
    para("Consignes de conduite des alambics et de distillation", "Heading1"),
    para("Mwezi Ylang & \u00c9pices SA \u00b7 Distillerie de Domoni \u00b7 DIS-02 \u00b7 Version 5"),
    para("En vigueur le 2 juin 2031. Ces consignes s'appliquent \u00e0 toute personne qui conduit un alambic ou la "
         "chaudi\u00e8re \u00e0 la distillerie de Domoni : fundis, op\u00e9rateurs, chauffeurs de chaudi\u00e8re et "
         "int\u00e9rimaires. Responsable : le chef de distillerie (poste 2001)."),
    para("1. R\u00e9ception et chargement", "Heading2"),
    para("Les maua sont pes\u00e9es dans les 30 minutes qui suivent leur arriv\u00e9e et distill\u00e9es au plus "
         "tard 4 heures apr\u00e8s la r\u00e9ception. Une cuite charge 120 kg de fleurs et 360 litres d'eau par "
         "alambic. Le fundi note dans Mizani le num\u00e9ro de l'alambic, l'heure de chargement et le poids."),
    para("2. Chaudi\u00e8re", "Heading2"),
    para("La pression de service ne doit jamais d\u00e9passer 3 bar. Au-del\u00e0, ouvrez la vanne de "
         "d\u00e9charge et pr\u00e9venez tout de suite le chef d'\u00e9quipe. Le stock de bois est \u00e0 au moins "
         "10 m\u00e8tres de la chaudi\u00e8re. Le foyer n'est jamais laiss\u00e9 sans surveillance : le chauffeur de "
         "chaudi\u00e8re ne quitte son poste qu'une fois remplac\u00e9."),
    para("3. Fractions", "Heading2"),
    table([
        ["Fraction", "Temps depuis la premi\u00e8re goutte", "Densit\u00e9 \u00e0 20 \u00b0C", "Contenant"],
        ["Extra S", "0 \u00e0 45 minutes", "0,965 ou plus", "Bidon aluminium de 5 kg"],
        ["Extra", "45 minutes \u00e0 2 h 30", "0,955 ou plus", "Bidon aluminium de 5 kg"],
        ["Premi\u00e8re", "2 h 30 \u00e0 6 heures", "0,940 ou plus", "Bidon aluminium de 25 kg"],
        ["Deuxi\u00e8me", "6 heures \u00e0 11 heures", "0,925 ou plus", "Bidon aluminium de 25 kg"],
        ["Troisi\u00e8me", "11 heures \u00e0 20 heures", "0,905 ou plus", "Bidon aluminium de 25 kg"],
    ]),
    para("Le laboratoire (poste 2035) mesure la densit\u00e9 \u00e0 chaque changement de fraction. Une fraction "
         "dont la densit\u00e9 est trop basse est class\u00e9e dans la fraction suivante."),
    para("4. \u00c9tiquetage et \u00e9chantillons", "Heading2"),
    para("Chaque bidon porte une \u00e9tiquette avec le num\u00e9ro de lot (DM-AAMMJJ-alambic-fraction), la date "
         "de distillation, la fraction, la densit\u00e9 et le poids net. Deux \u00e9chantillons de 10 ml par lot "
         "sont gard\u00e9s 24 mois au laboratoire."),
    para("5. Fin de cuite et nettoyage", "Heading2"),
    para("\u00c9tape 1. Fermez l'arriv\u00e9e de vapeur."),
    para("\u00c9tape 2. Laissez refroidir l'alambic \u00e0 moins de 40 \u00b0C avant d'ouvrir le couvercle."),
    para("\u00c9tape 3. Videz les fleurs \u00e9puis\u00e9es sur l'aire de compostage des plantations."),
    para("\u00c9tape 4. Rincez la cuve \u00e0 l'eau claire avant la cuite suivante."),
    para("L'essencier est nettoy\u00e9 chaque jour et le condenseur est d\u00e9tartr\u00e9 une fois par mois."),
    para("6. S\u00e9curit\u00e9", "Heading2"),
    para("Gants anti-chaleur et lunettes pour toute intervention sur un alambic. N'ouvrez jamais un alambic sous "
         "pression. Le t\u00e9l\u00e9phone est interdit dans la salle des alambics, sauf pour les chefs "
         "d'\u00e9quipe."),
    para("7. Formation", "Heading2"),
    para("Un nouveau fundi conduit au moins 10 cuites sous la surveillance d'un fundi confirm\u00e9 avant de "
         "conduire seul. Chaque fundi suit un rappel de ces consignes tous les 12 mois."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="fr-FR"),
        core(title="Consignes de conduite des alambics et de distillation, version 5",
             creator="Chef de distillerie", created="2031-05-28"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
