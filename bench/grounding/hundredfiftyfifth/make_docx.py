#!/usr/bin/env python3
"""Build docs/collecte/procedure-collecte-lait.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "collecte", "procedure-collecte-lait.docx")
STAMP = (2031, 1, 20, 0, 0, 0)

BODY = [
    para("Procédure de collecte et de transport du lait cru", "Heading1"),
    para("Laiterie Sannine SAL \u00b7 Coordination collecte \u00b7 COL-01 \u00b7 Version 3"),
    para("En vigueur le 1er février 2031. Cette procédure remplace la procédure de collecte du 1er mars 2028. Elle "
         "s'applique aux chefs de centre, aux chauffeurs de citerne et aux producteurs sous contrat des cinq centres "
         "de collecte de la Bekaa. Responsable : le coordinateur collecte (poste 240)."),
    para("1. Limites à respecter", "Heading2"),
    table([
        ["Point de contrôle", "Qui", "Limite", "Enregistré dans"],
        ["Lait apporté par le producteur", "Chef de centre",
         "Livré dans les 2 heures après la traite ; 10 \u00b0C au plus à l'arrivée", "LaitTrack"],
        ["Tank du centre", "Chef de centre", "4 \u00b0C au plus, atteint dans les 2 heures",
         "LaitTrack, relevé toutes les heures"],
        ["Test à l'alcool", "Chef de centre", "Alcool à 72 %, aucun caillot", "LaitTrack"],
        ["Citerne à l'arrivée à l'usine", "Laboratoire qualité", "6 \u00b0C au plus", "LaitTrack"],
        ["Antibiotiques", "Laboratoire qualité",
         "Test rapide négatif sur chaque compartiment de la citerne", "Registre du laboratoire"],
    ]),
    para("2. Au centre de collecte", "Heading2"),
    para("Étape 1. Vérifier que les bidons sont propres et en inox ou en plastique alimentaire. Les jerricans et les "
         "bidons en aluminium sont refusés."),
    para("Étape 2. Prendre la température du lait de chaque producteur. Refuser le lait à plus de 10 \u00b0C."),
    para("Étape 3. Faire le test à l'alcool à 72 %. Refuser le lait qui caille."),
    para("Étape 4. Peser le lait et l'enregistrer dans LaitTrack sous le numéro du producteur ; le producteur reçoit "
         "un SMS avec le poids et la température."),
    para("Étape 5. Prendre un échantillon de 50 ml par producteur, étiqueté avec son numéro, et le garder à 4 \u00b0C "
         "pendant 72 heures."),
    para("3. Transport vers l'usine", "Heading2"),
    para("La citerne isotherme va directement du centre à l'usine, sans autre arrêt que les centres de sa tournée. Le "
         "trajet ne doit pas dépasser 90 minutes. Le chauffeur enregistre l'heure de départ et l'heure d'arrivée "
         "dans LaitTrack. La citerne est lavée à la station NEP de l'usine après chaque voyage."),
    para("4. À l'usine", "Heading2"),
    para("Le laboratoire qualité prend la température et fait le test antibiotiques sur chaque compartiment avant le "
         "déchargement. Un compartiment positif est refusé et mis en quarantaine ; les autres compartiments peuvent "
         "être déchargés. Le coordinateur collecte retrouve le producteur responsable grâce aux échantillons. Ce "
         "producteur n'est pas payé pour sa livraison du jour et paie le test de traçabilité, USD 25 par "
         "échantillon analysé."),
    para("5. Formation et enregistrements", "Heading2"),
    para("Les chefs de centre et les chauffeurs sont formés à cette procédure avant de commencer, puis tous les "
         "12 mois. Les données de LaitTrack et le registre du laboratoire sont gardés 3 ans."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="fr-FR"),
        core(title="Procédure de collecte et de transport du lait cru, version 3",
             creator="Coordination collecte", created="2031-01-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
