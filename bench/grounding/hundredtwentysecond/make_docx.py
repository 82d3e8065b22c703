#!/usr/bin/env python3
"""Build docs/distillerie/procedure-chaudieres.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "distillerie", "procedure-chaudieres.docx")
STAMP = (2029, 6, 18, 0, 0, 0)

BODY = [
    para("Procédure d'exploitation des chaudières", "Heading1"),
    para("Vetiver & Essences du Sud S.A. \u00b7 Distillerie de Torbeck \u00b7 DIS-04 \u00b7 Révision 3"),
    para("En vigueur le 1er juillet 2029. Cette révision remplace la révision 2 (avril 2027). Elle s'applique aux "
         "chaudières C1, C2 et C3 et à toute personne qui les conduit ou qui travaille en chaufferie. "
         "Propriétaire : le Directeur de la distillerie (poste 400)."),
    para("1. Qui peut conduire une chaudière", "Heading2"),
    para("Seuls les chauffeurs de chaudière certifiés (catégorie A4) conduisent les chaudières. Un aide-chauffeur "
         "travaille toujours sous la surveillance d'un chauffeur certifié. Au moins un chauffeur certifié est "
         "présent en chaufferie à tout moment, et une chaudière en marche n'est jamais laissée sans surveillance."),
    para("2. Paramètres de marche", "Heading2"),
    table([
        ["Paramètre", "Valeur normale", "Alarme", "Action"],
        ["Pression de vapeur", "6 à 8 bar", "8,5 bar",
         "Réduire l'alimentation en bagasse ; à 9,5 bar, arrêt d'urgence"],
        ["Niveau d'eau (voyant)", "Entre les deux repères", "Sous le repère bas",
         "Alimenter en eau ; si le voyant est vide, arrêt immédiat sans ajouter d'eau froide"],
        ["Température des fumées", "180 à 240 \u00b0C", "280 \u00b0C", "Nettoyer les tubes au prochain arrêt"],
        ["Dureté de l'eau d'alimentation", "Moins de 2 \u00b0f", "5 \u00b0f", "Régénérer l'adoucisseur"],
    ]),
    para("3. Relevés", "Heading2"),
    para("Le chauffeur relève la pression, le niveau d'eau et la température des fumées toutes les heures dans "
         "SuiviChaudière, la tablette de la chaufferie. La dureté de l'eau est mesurée une fois par quart. "
         "SuiviChaudière envoie une alerte à la salle de contrôle (poste 420) quand une valeur atteint l'alarme."),
    para("4. Démarrage d'une chaudière", "Heading2"),
    para("Étape 1. Vérifiez le niveau d'eau au voyant et ouvrez l'évent."),
    para("Étape 2. Vérifiez que la soupape de sûreté n'est ni bloquée ni attachée."),
    para("Étape 3. Allumez au fioul, puis passez à la bagasse de vétiver quand la pression atteint 2 bar."),
    para("Étape 4. Montez en pression lentement : au moins 45 minutes de l'allumage à 6 bar."),
    para("Étape 5. Fermez l'évent quand la vapeur sort sans eau, puis notez l'heure de démarrage dans "
         "SuiviChaudière."),
    para("5. Purges", "Heading2"),
    para("Faites la purge de fond deux fois par quart, au début et au milieu du quart. Purgez le voyant de niveau "
         "à chaque prise de quart."),
    para("6. Soupapes de sûreté", "Heading2"),
    para("Le test manuel des soupapes de sûreté se fait chaque lundi au quart du matin et est enregistré dans "
         "SuiviChaudière. L'organisme d'inspection règle les soupapes une fois par an, pendant l'arrêt technique."),
    para("7. Combustible", "Heading2"),
    para("La bagasse de vétiver sèche au moins 48 heures avant d'être brûlée. Le fioul de réserve est dans la cuve "
         "R2 du parc à réservoirs ; son transfert se fait avec la mise à la terre, selon HSE-01."),
    para("8. Arrêt d'urgence", "Heading2"),
    para("Appuyez sur le bouton rouge près de la porte de la chaudière. Évacuez la chaufferie et prévenez la salle "
         "de contrôle (poste 420) et le chef de chaufferie (poste 421). Personne ne rentre avant l'accord du chef "
         "de chaufferie."),
    para("9. Formation", "Heading2"),
    para("Chaque chauffeur et chaque aide-chauffeur suit une remise à niveau tous les 12 mois. Les frais de "
         "l'examen de chauffeur de chaudière sont pris en charge par l'entreprise (indemnité FOR-01)."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="fr-HT"),
        core(title="Procédure d'exploitation des chaudières, révision 3",
             creator="Directeur de la distillerie", created="2029-06-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
