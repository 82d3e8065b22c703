#!/usr/bin/env python3
"""Build docs/procedure/procedura-salamoia.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedure", "procedura-salamoia.docx")
STAMP = (2037, 2, 26, 0, 0, 0)

BODY = [
    para("Istruzione operativa IO-07 \u2013 Salatura in salamoia", "Heading1"),
    para("Caseificio Sociale Quattro Pioppe \u00b7 Piano HACCP \u00b7 IO-07 \u00b7 Rev. 5 del 02/03/2037"),
    para("Redatta da: Responsabile qualit\u00e0 (int. 160). Approvata da: Direttrice. This istruzione says how the "
         "forme are salted in the salamoia and how the salamoia is controlled. It is applied by the addetti of the "
         "salamoia, the sottocasaro and the responsabile qualit\u00e0."),
    para("1. Parametri della salamoia", "Heading2"),
    table([
        ["Parametro", "Valore", "Controllo", "Dove si registra"],
        ["Densit\u00e0", "tra 1,17 e 1,19", "2 volte al giorno (ore 7.00 e ore 13.00), con il densimetro",
         "QualiLog"],
        ["Temperatura", "14\u201316 \u00b0C", "2 volte al giorno (ore 7.00 e ore 13.00)", "QualiLog"],
        ["Giorni in salamoia", "20 giorni", "at the entrance of each lot", "QualiLog, scheda del lotto"],
    ]),
    para("2. Come si fa", "Heading2"),
    para("Step 1. The forme arrive from the stampi after 2\u20133 days, with the placca di caseina and the marks. "
         "Check that every forma has its placca."),
    para("Step 2. Put the forme in the vasca in order of lot and register the lot in QualiLog: number of forme, "
         "vasca and day of entrance. QualiLog calculates the day of exit."),
    para("Step 3. The forme float: they are turned and wetted on the top every day, at the controllo of ore 7.00."),
    para("Step 4. When the densit\u00e0 is under 1,17, add sale grosso, mix with the pompa for 15 minutes and "
         "measure again. Register the kg of sale in QualiLog."),
    para("Step 5. At the end of the 20 giorni take out the forme, let them dry 1 day on the scalere di "
         "asciugatura and send them to the Magazzino A."),
    para("3. Pulizia delle vasche", "Heading2"),
    para("The salamoia is filtered and the vasche are cleaned every 6 months, in January and in July, one vasca at "
         "a time, by the manutenzione with the addetti of the salamoia."),
    para("4. Non conformit\u00e0", "Heading2"),
    para("If the densit\u00e0 or the temperatura are out of the range, correct them and tell the sottocasaro. If "
         "they are out of the range at 2 controlli one after the other, stop the entrance of new forme in that "
         "vasca and call the responsabile qualit\u00e0, who decides what to do with the forme."),
    para("5. DPI", "Heading2"),
    para("Stivali, grembiule impermeabile and guanti impermeabili, changed every week (see Sicurezza e DPI)."),
    para("6. Storico revisioni", "Heading2"),
    table([
        ["Revisione", "Data", "Cosa cambia"],
        ["Rev. 5", "02/03/2037", "temperatura 14\u201316 \u00b0C, 2 controlli al giorno, 20 giorni, QualiLog, "
                                 "pulizia every 6 months"],
        ["Rev. 4", "13/03/2034", "istruzione ritirata and replaced by Rev. 5"],
        ["Rev. 3", "04/05/2030", "istruzione ritirata"],
    ]),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="it-IT"),
        core(title="IO-07 Salatura in salamoia, Rev. 5",
             creator="Responsabile qualit\u00e0", created="2037-02-26"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
