#!/usr/bin/env python3
"""Build docs/qualite/chaine-du-froid.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "qualite", "chaine-du-froid.docx")
STAMP = (2029, 12, 16, 0, 0, 0)

BODY = [
    para("Chaîne du froid", "Heading1"),
    para("Lévrier Marée & Froid S.A. \u00b7 Qualité \u00b7 QUA-05 \u00b7 Version 3"),
    para("En vigueur à partir du 1er janvier 2030. Cette procédure s\u2019applique à l\u2019usine du port et à "
         "l\u2019entrepôt de Cansado, à toute personne qui reçoit, congèle, stocke, prépare ou charge des produits "
         "de la mer, y compris les journaliers et les sous-traitants. Propriétaire : la responsable qualité "
         "(poste 235)."),
    para("1. Températures", "Heading2"),
    table([
        ["Zone", "Produits", "Température", "Contrôle"],
        ["Réception du poisson frais", "Poisson et céphalopodes sous glace", "entre 0 \u00b0C et 2 \u00b0C",
         "À chaque lot"],
        ["Tunnels de congélation", "Poulpe, seiche, filets", "\u221218 \u00b0C à cœur en 8 heures au plus",
         "En fin de cycle, par sonde"],
        ["Chambres négatives", "Produits congelés en cartons", "\u221225 \u00b0C ou plus froid",
         "Toutes les 2 heures dans FroidTrack"],
        ["Camions et conteneurs", "Produits congelés", "Pré-refroidis à \u221218 \u00b0C avant chargement",
         "Avant chargement et à l\u2019arrivée"],
    ]),
    para("FroidTrack enregistre les températures des chambres et envoie une alarme par SMS au chef d\u2019équipe et "
         "au responsable de l\u2019entrepôt. Le chef d\u2019équipe confirme chaque relevé sur la tablette de la "
         "porte."),
    para("2. Quand une chambre est trop chaude", "Heading2"),
    para("Si une chambre négative est plus chaude que \u221218 \u00b0C pendant 30 minutes, le chef d\u2019équipe "
         "transfère les produits dans une autre chambre, prévient le responsable de l\u2019entrepôt et le "
         "frigoriste de garde, et note l\u2019heure et les températures dans FroidTrack. La responsable qualité "
         "bloque les lots concernés jusqu\u2019à son contrôle ; aucun carton de ces lots n\u2019est expédié avant."),
    para("3. Réception du poisson frais", "Heading2"),
    para("Étape 1. Vérifier que le poisson est entièrement couvert de glace."),
    para("Étape 2. Prendre la température à cœur de 5 poissons par lot avec la sonde de l\u2019atelier."),
    para("Étape 3. Refuser le lot au-dessus de 4 \u00b0C, le noter dans FroidTrack et remettre le bon de refus au "
         "fournisseur."),
    para("Étape 4. Mettre le lot accepté en salle réfrigérée dans les 30 minutes."),
    para("4. Stockage, préparation et chargement", "Heading2"),
    para("Chaque carton porte le numéro de lot, l\u2019espèce, le calibre, la date de congélation et le numéro "
         "d\u2019agrément de l\u2019usine. Premier entré, premier sorti, sauf consigne du bureau d\u2019expédition. "
         "Les cartons congelés ne restent pas plus de 20 minutes hors du froid, sur le quai ou pendant la "
         "préparation. Les portes du quai restent fermées entre deux palettes."),
    para("5. Travail en chambre négative", "Heading2"),
    para("Porter la combinaison grand froid, les gants thermiques, la cagoule et les bottes fourrées. Ne pas "
         "travailler plus de 45 minutes d\u2019affilée en chambre négative, puis prendre une pause de 15 minutes "
         "au chaud, au coin thé ou à la cantine. Jamais seul en chambre : le binôme reste à la porte ou travaille "
         "avec vous. Le bouton d\u2019appel intérieur est testé au début de chaque équipe."),
    para("6. Formation et enregistrements", "Heading2"),
    para("Toute personne qui travaille au froid est formée à cette procédure avant de commencer, puis chaque année. "
         "Les enregistrements de température sont gardés 2 ans et contrôlés chaque semaine par la responsable "
         "qualité."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="fr-FR"),
        core(title="Chaîne du froid, QUA-05 version 3",
             creator="Responsable qualité", created="2029-12-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
