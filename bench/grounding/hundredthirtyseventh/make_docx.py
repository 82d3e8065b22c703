#!/usr/bin/env python3
"""Build docs/usine/securite-egrenage-huilerie.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "usine", "securite-egrenage-huilerie.docx")
STAMP = (2029, 10, 24, 0, 0, 0)

BODY = [
    para("Consignes de s\u00e9curit\u00e9 : \u00e9grenage et huilerie", "Heading1"),
    para("COTOLOG SA \u00b7 Usine de Moundou \u00b7 HSE-02 \u00b7 \u00c9dition 4"),
    para("Applicable \u00e0 compter du 1er novembre 2029. Ces consignes s'appliquent \u00e0 toute personne qui "
         "travaille \u00e0 l'\u00e9grenage, au d\u00e9lintage, \u00e0 l'huilerie, \u00e0 la chaudi\u00e8re, aux "
         "magasins ou au pont-bascule, y compris les saisonniers, les stagiaires et les entreprises "
         "ext\u00e9rieures. Responsable : la Responsable HSE (poste 1650)."),
    para("1. \u00c9quipements de protection par zone", "Heading2"),
    table([
        ["Zone", "Risques principaux", "EPI obligatoires", "Contr\u00f4le"],
        ["\u00c9grenage et d\u00e9lintage", "Poussi\u00e8re, bruit, scies et brosses en mouvement",
         "Masque FFP2 neuf \u00e0 chaque quart, bouchons d'oreilles, v\u00eatements pr\u00e8s du corps",
         "Chef d'\u00e9quipe, \u00e0 la prise de quart"],
        ["Huilerie (presses, cuiseur, raffinage)", "Huile et vapeur chaudes, surfaces br\u00fblantes",
         "Lunettes, gants anti-chaleur, tablier, chaussures de s\u00e9curit\u00e9", "Chef de quart de l'huilerie"],
        ["Chaudi\u00e8re", "Vapeur sous pression, br\u00fblures",
         "Gants anti-chaleur, \u00e9cran facial, chaussures de s\u00e9curit\u00e9", "Chauffeur de chaudi\u00e8re"],
        ["Magasins et pont-bascule", "Chute de balles, chariots \u00e9l\u00e9vateurs, camions",
         "Casque, chaussures de s\u00e9curit\u00e9, gilet fluorescent", "Chef du magasin"],
    ]),
    para("2. Consignation avant toute intervention", "Heading2"),
    para("Toute intervention sur une \u00e9greneuse, une presse, un convoyeur ou un ventilateur (r\u00e9glage, "
         "nettoyage, d\u00e9gagement d'un bourrage) se fait machine consign\u00e9e."),
    para("\u00c9tape 1. Pr\u00e9venez le chef de quart et arr\u00eatez la machine avec le bouton d'arr\u00eat."),
    para("\u00c9tape 2. Ouvrez le sectionneur de la machine et verrouillez-le avec votre cadenas personnel ; "
         "accrochez l'\u00e9tiquette \u00ab Ne pas man\u0153uvrer \u00bb \u00e0 votre nom."),
    para("\u00c9tape 3. V\u00e9rifiez l'absence d'\u00e9nergie : faites un essai de d\u00e9marrage, la machine ne "
         "doit pas bouger. Attendez l'arr\u00eat complet des scies, au moins 3 minutes."),
    para("\u00c9tape 4. D\u00e9gagez le bourrage avec la raclette en bois, jamais \u00e0 la main."),
    para("\u00c9tape 5. Quand tout le monde est d\u00e9gag\u00e9 de la machine, retirez votre cadenas. Seul celui "
         "qui a pos\u00e9 un cadenas peut l'enlever."),
    para("3. Incendie", "Heading2"),
    para("Il est interdit de fumer et d'allumer un feu \u00e0 moins de 50 m\u00e8tres des magasins \u00e0 fibre et "
         "\u00e0 graine, des balles et des tas de coton-graine. Cigarettes, briquets et allumettes sont "
         "d\u00e9pos\u00e9s au poste de garde."),
    para("Une balle qui fume ou qui chauffe est sortie du magasin avec le chariot, isol\u00e9e \u00e0 au moins "
         "20 m\u00e8tres des autres balles, puis arros\u00e9e."),
    para("Un agent de veille incendie est d\u00e9sign\u00e9 \u00e0 chaque quart au magasin \u00e0 fibre ; la nuit, "
         "il fait une ronde toutes les 2 heures et la note dans le registre de ronde."),
    para("Les travaux par point chaud (soudure, meulage) demandent un permis de feu sign\u00e9 par le directeur "
         "d'usine, valable 8 heures, et un extincteur \u00e0 c\u00f4t\u00e9 du poste de travail. La zone est "
         "surveill\u00e9e pendant 1 heure apr\u00e8s la fin des travaux."),
    para("4. Chariots \u00e9l\u00e9vateurs et camions", "Heading2"),
    para("Seuls les titulaires du permis interne de cariste conduisent un chariot. Le permis est d\u00e9livr\u00e9 "
         "apr\u00e8s une formation de 3 jours et renouvel\u00e9 tous les 2 ans. La vitesse est limit\u00e9e \u00e0 "
         "10 km/h dans l'usine. Aucun passager. Les camions ont le moteur arr\u00eat\u00e9 pendant le "
         "chargement."),
    para("5. Chaleur et huile chaude", "Heading2"),
    para("Ne jamais ouvrir une presse ou une trappe du cuiseur en marche. Les surfaces \u00e0 plus de 60 \u00b0C "
         "sont peintes en jaune. Buvez de l'eau r\u00e9guli\u00e8rement ; les pauses fra\u00eecheur sont "
         "d\u00e9crites sur CotoNet."),
    para("6. Accident ou incident", "Heading2"),
    para("Alerte : poste 1818 pour un feu, poste 1600 pour l'infirmerie. Tout accident, m\u00eame sans "
         "blessure grave, est d\u00e9clar\u00e9 au chef d'\u00e9quipe avant la fin du quart. La Responsable HSE "
         "enqu\u00eate dans les 48 heures. Les presque-accidents sont signal\u00e9s par la fiche \u00ab Danger \u00bb."),
    para("7. Formation", "Heading2"),
    para("Tout nouvel agent suit une formation s\u00e9curit\u00e9 de 2 heures avant sa premi\u00e8re prise de "
         "quart. Un rappel est fait \u00e0 tout le personnel au d\u00e9but de chaque campagne."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="fr-FR"),
        core(title="Consignes de s\u00e9curit\u00e9 : \u00e9grenage et huilerie, \u00e9dition 4",
             creator="Responsable HSE", created="2029-10-24"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
