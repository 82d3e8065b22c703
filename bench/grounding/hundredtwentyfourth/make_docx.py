#!/usr/bin/env python3
"""Build docs/karite/procedure-hygiene-qualite-karite.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "karite", "procedure-hygiene-qualite-karite.docx")
STAMP = (2030, 9, 18, 0, 0, 0)

BODY = [
    para("Hygiène et qualité de la production de beurre de karité", "Heading1"),
    para("Faso Karicot SA \u00b7 Unité de transformation du karité, Koudougou \u00b7 PQ-KAR-03 \u00b7 Version 3"),
    para("Applicable à compter du 1er octobre 2030. Cette procédure s'applique à toutes les personnes qui "
         "reçoivent les amandes, fabriquent, conditionnent ou stockent le beurre de karité à l'unité, y compris "
         "les journaliers et les visiteurs admis dans les ateliers. Elle est tenue par la responsable qualité "
         "(poste 402)."),
    para("1. Valeurs à respecter", "Heading2"),
    table([
        ["Étape", "Paramètre", "Valeur", "Contrôle"],
        ["Réception des amandes", "Humidité", "7 % au plus", "Humidimètre, 1 sac sur 5"],
        ["Réception des amandes", "Amandes moisies ou germées", "3 % au plus", "Comptage sur 100 amandes"],
        ["Torréfaction", "Durée", "25 minutes, feu doux", "Cheffe d'équipe, chaque fournée"],
        ["Cuisson", "Température", "105 \u00b0C au plus", "Thermomètre, chaque cuve"],
        ["Filtration", "Tamis", "Maille de 1 mm", "Contrôle visuel du tamis à chaque lot"],
        ["Produit fini", "Acides gras libres", "1,5 % au plus", "Laboratoire externe, chaque lot"],
        ["Produit fini", "Humidité", "0,1 % au plus", "Laboratoire externe, chaque lot"],
    ]),
    para("2. Hygiène du personnel", "Heading2"),
    para("Lavez-vous les mains au savon à l'entrée de l'atelier, après chaque pause et après être passé aux "
         "toilettes. Charlotte, tablier propre et bottes blanches sont obligatoires au barattage, à la filtration "
         "et au conditionnement. Aucun bijou, aucune montre, aucun téléphone dans les ateliers. Toute plaie aux "
         "mains est montrée à la cheffe d'équipe avant la prise de poste ; elle est couverte d'un pansement "
         "bleu et d'un gant."),
    para("3. Nettoyage", "Heading2"),
    para("Les cuves, les malaxeurs et les tamis sont lavés à l'eau chaude et au savon alimentaire à la fin de "
         "chaque équipe, puis rincés et séchés. La cheffe d'équipe coche le nettoyage sur la fiche de l'atelier "
         "avant de quitter le poste."),
    para("4. Conditionnement, lots et échantillons", "Heading2"),
    para("Étape 1. Coulez le beurre refroidi dans des cartons de 25 kg garnis d'un sac intérieur alimentaire."),
    para("Étape 2. Fermez le sac, pesez le carton et collez l'étiquette avec le numéro de lot : la date de "
         "fabrication suivie du numéro d'équipe, par exemple 310303-E1."),
    para("Étape 3. Prélevez un échantillon de 500 g de chaque lot ; il est conservé 12 mois au magasin, rangé "
         "par numéro de lot."),
    para("Étape 4. Stockez les cartons sur palettes, à l'abri du soleil, à 25 \u00b0C au plus, et notez le lot "
         "dans le registre du magasin."),
    para("5. Lots non conformes", "Heading2"),
    para("Un lot hors valeurs est isolé avec une étiquette rouge « BLOQUÉ » et signalé le jour même à la "
         "responsable qualité, qui décide de le retravailler ou de le déclasser. Aucun lot bloqué ne quitte "
         "l'unité, et aucun lot ne part pour le dépôt de Ouagadougou sans le bulletin d'analyse du laboratoire."),
    para("6. Formation", "Heading2"),
    para("Toute personne qui travaille dans les ateliers est formée à cette procédure avant sa première équipe, "
         "puis chaque année au mois de janvier."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="fr-BF"),
        core(title="Hygiène et qualité de la production de beurre de karité, version 3",
             creator="Responsable qualité", created="2030-09-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
