#!/usr/bin/env python3
"""Build docs/hygiene/procedure-aes.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "hygiene", "procedure-aes.docx")
STAMP = (2031, 6, 16, 0, 0, 0)

BODY = [
    para("Conduite à tenir après un accident d'exposition au sang (AES)", "Heading1"),
    para("Polyclinique de l'Estuaire \u00b7 Équipe opérationnelle d'hygiène (EOH) \u00b7 HYG-05 \u00b7 Version 4"),
    para("En vigueur le 01/07/2031. Remplace : HYG-05 version 3 du 15/06/2028."),
    para("Un accident d'exposition au sang (AES) est toute piqûre ou coupure avec un objet souillé de sang ou de "
         "liquide biologique, et toute projection de sang ou de liquide biologique sur une muqueuse (yeux, bouche) "
         "ou sur une peau lésée. Cette procédure s'applique à tous les agents, stagiaires et prestataires des "
         "trois sites."),
    para("1. Premiers soins, tout de suite", "Heading2"),
    table([
        ["Exposition", "Ce qu'il faut faire", "Durée"],
        ["Piqûre ou coupure", "Ne pas faire saigner. Laver à l'eau et au savon, rincer, puis tremper dans le Dakin "
         "ou l'alcool à 70°", "Au moins 5 minutes de trempage"],
        ["Projection sur une peau lésée", "Laver à l'eau et au savon, rincer, puis appliquer le Dakin",
         "Au moins 5 minutes"],
        ["Projection dans les yeux", "Rincer au sérum physiologique ou à l'eau, paupières ouvertes",
         "Au moins 10 minutes de rinçage"],
        ["Projection dans la bouche", "Rincer plusieurs fois avec de l'eau, sans avaler", "Plusieurs rinçages"],
    ]),
    para("2. Les étapes suivantes", "Heading2"),
    para("Étape 1. Prévenez tout de suite le cadre ou l'infirmier responsable du service, qui organise votre "
         "remplacement au poste."),
    para("Étape 2. Appelez le médecin référent AES des urgences (poste 2100) dans l'heure qui suit l'accident. "
         "La nuit, le week-end et les jours fériés, le médecin de garde des urgences est le médecin référent AES."),
    para("Étape 3. Le médecin référent recherche le statut du patient source (VIH, hépatite B, hépatite C). Le "
         "test rapide n'est fait qu'avec l'accord du patient ; son résultat est connu en moins d'une heure."),
    para("Étape 4. Si le médecin référent décide un traitement post-exposition (TPE), il commence idéalement dans "
         "les 4 heures, et au plus tard 48 heures après l'accident. Les kits TPE sont rangés dans l'armoire AES "
         "des urgences à Libreville, au laboratoire d'Owendo et au Poste médical de Port-Gentil."),
    para("Étape 5. Déclarez l'accident du travail dans les 24 heures dans MonEspace RH > Déclarer un accident, "
         "et envoyez la fiche AES à l'EOH (poste 2750). La DRH transmet la déclaration à la CNSS."),
    para("Étape 6. La médecine du travail (poste 2760) assure le suivi : sérologies à J0, 6 semaines et 3 mois."),
    para("3. À Owendo et à Port-Gentil", "Heading2"),
    para("À Owendo, le biologiste ou le cadre de l'hôpital de jour prévient le médecin référent AES par le "
         "standard. À Port-Gentil, l'infirmier du poste appelle le médecin référent AES et peut remettre la "
         "première dose du kit TPE sur sa prescription téléphonique."),
    para("4. Prévention", "Heading2"),
    para("Ne recapuchonnez jamais une aiguille. Gardez un collecteur OPCT à portée de main et ne le remplissez "
         "jamais au-delà du trait de remplissage. Portez des gants pour tout geste exposant au sang. La "
         "vaccination contre l'hépatite B est obligatoire, avec un contrôle des anticorps."),
    para("5. Confidentialité", "Heading2"),
    para("Les résultats des sérologies de l'agent et du patient source sont couverts par le secret médical. Ils "
         "sont connus du médecin référent AES et de la médecine du travail seulement ; ni le cadre, ni les "
         "collègues, ni la DRH n'y ont accès."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="fr-FR"),
        core(title="Conduite à tenir après un accident d'exposition au sang (AES), version 4",
             creator="Équipe opérationnelle d'hygiène", created="2031-06-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
