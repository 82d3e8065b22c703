#!/usr/bin/env python3
"""Build docs/securite/procedure-securite-decorticage.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "securite", "procedure-securite-decorticage.docx")
STAMP = (2028, 12, 10, 0, 0, 0)

BODY = [
    para("Procédure de sécurité : décorticage du cajou", "Heading1"),
    para("SOBEZ S.A. \u00b7 Usine de cajou de Savè \u00b7 HSE-05 \u00b7 Version 4"),
    para("Applicable à compter du 1er janvier 2029. Cette procédure s'applique à toute personne qui travaille dans "
         "les ateliers de cuisson, de décorticage, de séchage et de dépelliculage de l'usine de Savè, y compris les "
         "décortiqueuses à la tâche, les stagiaires et les entreprises extérieures. Responsable : service HSE "
         "(poste 130), avec la cheffe d'usine (poste 301)."),
    para("1. Le baume de cajou (CNSL)", "Heading2"),
    para("Le baume contenu dans la coque de la noix brûle la peau et les yeux. Portez des gants nitrile : ils sont "
         "changés toutes les 2 heures et chaque fois qu'ils sont percés ou déchirés. Appliquez la crème barrière au "
         "début du poste et après chaque pause. Portez les manchettes sur les avant-bras."),
    para("En cas de contact avec la peau, essuyez le baume avec un chiffon sec, lavez au savon et à l'eau pendant "
         "15 minutes, puis passez à l'infirmerie (poste 310). N'utilisez jamais d'essence ni de solvant sur la peau. "
         "En cas de projection dans les yeux, rincez à la fontaine oculaire et prévenez le chef d'équipe."),
    para("2. Les dangers par zone", "Heading2"),
    table([
        ["Zone", "Danger", "EPI", "Contrôle"],
        ["Cuiseurs (vapeur)", "Brûlures, pression", "Gants isolants, lunettes, tablier",
         "Soupape de sécurité testée chaque semaine"],
        ["Fours de séchage", "Chaleur, brûlures", "Gants isolants", "75 °C au maximum, relevé toutes les heures"],
        ["Décorticage", "Baume de cajou, coupures", "Gants nitrile, crème barrière, manchettes",
         "Contrôle des gants par le chef d'équipe à chaque pause"],
        ["Chaudière à coques", "Feu, fumées", "Gants isolants, masque", "Purge chaque matin par le chauffeur de chaudière"],
    ]),
    para("3. Coupeuses à pédale", "Heading2"),
    para("Les décortiqueuses qui travaillent sur les coupeuses à pédale font une pause de 15 minutes toutes les "
         "2 heures et changent de poste (coupe, tri des coques, pesée) à la mi-journée. Les doigts restent hors de "
         "la zone de coupe ; une coupeuse dont la lame joue est signalée et arrêtée."),
    para("4. Consignation d'une machine", "Heading2"),
    para("Avant toute intervention sur une décortiqueuse automatique, un convoyeur ou un four :"),
    para("Étape 1. Arrêtez la machine avec le bouton d'arrêt et prévenez le chef d'équipe."),
    para("Étape 2. Coupez le courant au sectionneur et posez votre cadenas personnel avec l'étiquette rouge "
         "« Consigné \u2013 ne pas manœuvrer » portant votre nom."),
    para("Étape 3. Essayez de démarrer la machine pour vérifier qu'elle ne se met pas en marche."),
    para("Étape 4. Après l'intervention, chacun retire seulement son propre cadenas ; le chef d'équipe remet la "
         "machine en marche."),
    para("5. Chaudière à coques", "Heading2"),
    para("Seul le chauffeur de chaudière habilité conduit la chaudière. Pas plus d'une journée de coques stockée "
         "près de la chaudière ; le tas est arrosé en fin de journée pendant la saison sèche."),
    para("6. Formation, santé et accidents", "Heading2"),
    para("Chaque agent suit la formation sécurité d'une journée avant de commencer, puis un rappel tous les "
         "12 mois. Une visite médicale annuelle contrôle la peau et les mains. Tout accident est signalé au chef "
         "d'équipe et au service HSE dans les 24 heures."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="fr-BJ"),
        core(title="Procédure de sécurité : décorticage du cajou, version 4",
             creator="Service HSE", created="2028-12-10"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
