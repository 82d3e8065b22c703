#!/usr/bin/env python3
"""Build docs/qualite/procedure-reception-olives.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "qualite", "procedure-reception-olives.docx")
STAMP = (2028, 10, 24, 0, 0, 0)

BODY = [
    para("R\u00e9ception des olives", "Heading1"),
    para("Huileries Dar Zitoun S.A. \u00b7 Huilerie de Thyna \u00b7 QL-05 \u00b7 Version 5"),
    para("Applies from the campagne 2028/2029 (6 November 2028). This procedure is for everyone who receives, "
         "weighs, samples or stores the olives that farmers bring to the huilerie, saisonniers included. Owner: "
         "the Chef huilerie (poste 401), with the Chef de laboratoire (poste 311) for sampling."),
    para("1. Reception hours", "Heading2"),
    para("The pont-bascule (poste 420) receives apports every day, Sunday included, from 7h00 to 19h00. Loads "
         "that arrive after 19h00 are received only by appointment with the chef de r\u00e9ception. The price of "
         "the day for purchased olives is posted at the pont-bascule at 7h00."),
    para("2. At the pont-bascule", "Heading2"),
    para("Step 1. Weigh the full truck or tractor trailer (poids brut) in PesaNet."),
    para("Step 2. The agent de pesage takes a 2 kg sample from 3 points of the load and puts it in a numbered "
         "bag."),
    para("Step 3. He checks the sample for leaves, twigs, and damaged, fermented or moisies olives, and gives "
         "the class (table below)."),
    para("Step 4. The load is unloaded into the tr\u00e9mie of the line named by the salle de contr\u00f4le."),
    para("Step 5. Weigh the empty vehicle (tare), print the ticket de pes\u00e9e with the apport number and give "
         "the farmer his copy."),
    para("3. Quality classes", "Heading2"),
    table([
        ["Class", "Leaves and twigs", "Damaged or fermented olives", "Price of purchased olives"],
        ["A", "up to 3 %", "up to 5 %", "Price of the day"],
        ["B", "3 % to 6 %", "5 % to 10 %", "8 % less"],
        ["C", "over 6 %", "over 10 %", "20 % less"],
    ]),
    para("Olives moisies are refused, whatever the class. Olives that arrive hot to the touch in closed sacks are "
         "checked by the laboratoire before they are unloaded."),
    para("4. Waiting before trituration", "Heading2"),
    para("Olives are crushed within 24 hours of reception. They wait on the aire de stockage in ventilated "
         "caisses, never in sacks and never in piles higher than 40 cm."),
    para("5. Trituration \u00e0 fa\u00e7on", "Heading2"),
    para("Farmers who keep their own oil pay 0,130 DT per kg of olives. The oil is collected within 7 days, in "
         "the farmer's own clean containers (stainless steel or food-grade PET). The farmer may watch the "
         "trituration of his lot."),
    para("6. Payment for purchased olives", "Heading2"),
    para("Paid by virement or ch\u00e8que within 10 days of the apport, from the ticket de pes\u00e9e and the "
         "class."),
    para("7. Records", "Heading2"),
    para("PesaNet and LaboNet keep the tickets de pes\u00e9e, the samples' results and the classes for 5 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="fr-TN"),
        core(title="R\u00e9ception des olives, QL-05 version 5",
             creator="Chef huilerie", created="2028-10-24"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
