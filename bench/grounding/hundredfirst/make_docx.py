#!/usr/bin/env python3
"""Build docs/stations/procedure-achat-cacao.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "stations", "procedure-achat-cacao.docx")
STAMP = (2028, 7, 24, 0, 0, 0)

BODY = [
    para("Procédure d'achat et de contrôle qualité du cacao", "Heading1"),
    para("Moabi Cacao & Café S.A. \u00b7 Stations d'achat \u00b7 QUA-02 \u00b7 Édition 4"),
    para("En vigueur le 01/08/2028, pour la grande campagne 2028/2029 et les suivantes. Cette procédure "
         "s'applique à tout le personnel qui reçoit, contrôle, pèse, achète ou stocke du cacao marchand dans une "
         "station Moabi, y compris les saisonniers. Responsable : le Responsable Qualité (poste 160)."),
    para("1. Critères d'achat", "Heading2"),
    table([
        ["Critère", "Limite d'achat", "Méthode"],
        ["Humidité", "8 % au plus", "Humidimètre, 3 mesures par lot"],
        ["Fèves moisies", "4 % au plus", "Épreuve à la coupe sur 300 fèves"],
        ["Fèves ardoisées", "8 % au plus", "Épreuve à la coupe sur 300 fèves"],
        ["Corps étrangers", "1 % au plus", "Tamisage d'un échantillon de 2 kg"],
        ["Odeur de fumée ou odeur anormale", "Refus du lot", "Contrôle olfactif par le chef d'équipe"],
    ]),
    para("Un lot qui dépasse 8 % d'humidité est refusé. À la demande du planteur, il peut être séché à la "
         "station ; une retenue de séchage de 15 FCFA par kg est alors déduite du prix."),
    para("2. Réception d'un planteur ou d'un GIC", "Heading2"),
    para("Étape 1. À la première livraison, enregistrez le planteur ou le GIC dans TraceBean avec sa carte "
         "nationale d'identité et son numéro mobile money."),
    para("Étape 2. Prélevez l'échantillon à la sonde dans chaque sac et mesurez l'humidité."),
    para("Étape 3. Faites l'épreuve à la coupe sur 300 fèves devant le planteur et notez le résultat dans "
         "TraceBean."),
    para("Étape 4. Pesez les sacs au sol sur la bascule de la station et déduisez la tare de 1 kg par sac de "
         "jute."),
    para("Étape 5. Validez le ticket de pesée dans TraceBean : le prix du jour s'applique selon le grade, et le "
         "planteur reçoit le ticket imprimé."),
    para("Étape 6. Payez le planteur selon la procédure FIN-04 (mobile money, dans les 24 heures)."),
    para("3. Bascule et poids de contrôle", "Heading2"),
    para("La bascule est vérifiée chaque matin avant la première pesée avec le poids de contrôle de 20 kg, et "
         "le résultat est noté dans TraceBean. Un écart de plus de 100 g arrête la pesée jusqu'au réglage. "
         "Le service des Poids et Mesures contrôle la bascule une fois par an."),
    para("4. Stockage à la station", "Heading2"),
    para("Les sacs sont posés sur palettes, à 50 cm des murs, et chaque lot porte son numéro TraceBean. Le "
         "cacao ne reste pas plus de 21 jours à la station avant son départ pour le Magasin P7."),
    para("5. Interdits", "Heading2"),
    para("Aucun achat au bord de la route, aucun achat à un coxeur pour le compte d'un planteur absent, aucun "
         "achat de cacao humide « pour le sécher plus tard » sans l'accord écrit du planteur."),
    para("6. Historique des éditions", "Heading2"),
    table([
        ["Édition", "Date", "Objet"],
        ["1", "02/09/2019", "Première édition, station de Mbalmayo"],
        ["2", "16/08/2022", "Achats auprès des GIC"],
        ["3", "12/08/2024", "« Procédure d'achat du cacao - Station de Mbalmayo » : carnets à souche, coupe sur "
                            "100 fèves, paiement en espèces"],
        ["4", "01/08/2028", "TraceBean, paiement mobile (FIN-04), coupe sur 300 fèves, humidité 8 %"],
    ]),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="fr-CM"),
        core(title="Procédure d'achat et de contrôle qualité du cacao, édition 4",
             creator="Responsable Qualité", created="2028-07-24"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
