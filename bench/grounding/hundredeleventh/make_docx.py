#!/usr/bin/env python3
"""Build docs/fabrica/procedimento-torrefacao-embalagem.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "fabrica", "procedimento-torrefacao-embalagem.docx")
STAMP = (2028, 9, 15, 0, 0, 0)

BODY = [
    para("Procedimento de Torrefac\u00e7\u00e3o e Embalagem / Roasting and Packing Procedure", "Heading1"),
    para("Mulembeira Coffee, Lda. \u00b7 F\u00e1brica de Viana \u00b7 FAB-02 \u00b7 Vers\u00e3o 3"),
    para("Em vigor a partir de 1 de Outubro de 2028. This procedure applies to operadores de torra, packing "
         "operators, maintenance staff and contractors who work in the roasting hall or in the grinding and packing "
         "hall at Viana. The owner is the Director Fabril (ext 201); the Mestre de Torra (ext 205) trains and checks "
         "the operators."),
    para("1. Quem pode torrar / Who may roast", "Heading2"),
    para("Only operators holding the internal Torra licence run a roaster. The licence is given after 2 weeks of "
         "training and a practical test with the Mestre de Torra and is renewed every 2 years. Trainees roast only "
         "with a licensed operator beside them."),
    para("2. Equipamento e limites / Equipment and limits", "Heading2"),
    table([
        ["Equipamento", "Carga / Batch", "Limite", "Verifica\u00e7\u00e3o"],
        ["Torrador 1", "30 kg green coffee", "Exhaust temperature max 230 \u00b0C", "Every batch, in TorraLog"],
        ["Torrador 2", "120 kg green coffee", "Exhaust temperature max 230 \u00b0C", "Every batch, in TorraLog"],
        ["Arrefecedor (cooling tray)", "\u2014", "Beans below 35 \u00b0C within 4 minutes", "Every batch, in TorraLog"],
        ["Ciclone (chaff collector)", "\u2014", "Emptied at the start of each shift and after every 6 batches",
         "Recorded in TorraLog"],
        ["Detector de metais", "Bags of 250 g to 1 kg",
         "Test pieces Fe 1.5 mm, non-ferrous 2.0 mm, stainless 2.5 mm", "At the start of the shift and every hour"],
    ]),
    para("TorraLog stops the next batch by itself when the exhaust temperature of the last batch went above the "
         "limit; only the Mestre de Torra can release it."),
    para("3. Arranque / Start-up", "Heading2"),
    para("Passo 1. Check the gas pressure and that the exhaust fan and the afterburner (p\u00f3s-combustor) are "
         "running."),
    para("Passo 2. Empty the ciclone and record it in TorraLog."),
    para("Passo 3. Warm the roaster for 20 minutes before the first batch."),
    para("Passo 4. Scan the green coffee lot in TorraLog before you load the hopper."),
    para("4. Inc\u00eandio no torrador / Roaster fire", "Heading2"),
    para("Passo 1. Press the red emergency stop: the burner goes off and the drum keeps turning."),
    para("Passo 2. Close the exhaust damper (registo de exaust\u00e3o)."),
    para("Passo 3. Open the water quench valve for 10 seconds at a time until the smoke stops."),
    para("Passo 4. Never open the drum door or the cooling tray door while there is smoke."),
    para("Passo 5. Call the sala de controlo (ext 200) and the Mestre de Torra (ext 205). If the fire is not out "
         "within 2 minutes, leave the hall and go to the assembly point at Port\u00e3o 2."),
    para("5. Desgaseifica\u00e7\u00e3o e embalagem / Degassing and packing", "Heading2"),
    para("Whole roasted beans rest in the silos for at least 12 hours before they are packed in valve bags. Ground "
         "coffee is packed within 2 hours of grinding. Check the weight of 5 bags every 30 minutes; a 250 g bag may "
         "not weigh less than 247 g. A bag rejected by the metal detector goes to the red quarantine box and is "
         "recorded in TorraLog; the Responsável de Qualidade decides what happens to it."),
    para("6. Limpeza e consigna\u00e7\u00e3o / Cleaning and lockout", "Heading2"),
    para("Before cleaning or repairing a roaster, the grinder or the packing machine, switch it off at the main "
         "switch, close the gas valve where there is one, and put your own padlock and label on it. Only the person "
         "whose name is on the label removes the padlock. Record the lockout in TorraLog."),
    para("7. Forma\u00e7\u00e3o / Training", "Heading2"),
    para("Every operador de torra does the refresher on roaster safety and fire fighting once a year. Records of "
         "training and of every batch are kept in TorraLog for 3 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="pt-AO"),
        core(title="Procedimento de Torrefac\u00e7\u00e3o e Embalagem, FAB-02 vers\u00e3o 3",
             creator="Director Fabril", created="2028-09-15"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
