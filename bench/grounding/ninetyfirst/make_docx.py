#!/usr/bin/env python3
"""Build docs/qualidade/especificacao-classificacao.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "qualidade", "especificacao-classificacao.docx")
STAMP = (2028, 6, 19, 0, 0, 0)

BODY = [
    para("Especificação de Classificação e Embalagem de Amêndoa de Caju", "Heading1"),
    para("Caju Mahela, Lda. \u00b7 Qualidade \u00b7 QL-02 \u00b7 Revisão 3 \u00b7 Em vigor desde 01/07/2028"),
    para("This specification applies to every lote of amêndoa graded and packed at the Fábrica de Rapale for export, "
         "and to the castanha bruta received from the postos de compra. The owner is the Responsável de Qualidade "
         "(ext. 230). Results are recorded in Lab-Q by lote."),
    para("1. Castanha bruta na recepção", "Heading2"),
    para("A lote of castanha bruta is accepted at the factory when the outturn (KOR) is at least 46 lb of kernels per "
         "80 kg bag, the nut count is no more than 210 nuts per kg and the humidity is no more than 10%. A lote that "
         "fails is held in the quarantine bay and the Gestor de Compras decides within 48 hours."),
    para("2. Graus", "Heading2"),
    table([
        ["Grau", "Descrição", "Amêndoas por lb", "Amêndoas por kg"],
        ["W180", "Inteiras brancas, muito grandes", "170\u2013180", "375\u2013395"],
        ["W210", "Inteiras brancas, grandes", "200\u2013210", "440\u2013465"],
        ["W240", "Inteiras brancas", "220\u2013240", "485\u2013530"],
        ["W320", "Inteiras brancas, o grau mais vendido", "300\u2013320", "660\u2013705"],
        ["W450", "Inteiras brancas, pequenas", "400\u2013450", "880\u2013990"],
        ["SW", "Inteiras escorchadas (scorched)", "Any size", "Any size"],
        ["B", "Butts: whole kernel broken across", "-", "-"],
        ["S", "Splits: kernel split lengthwise", "-", "-"],
        ["LWP", "Large white pieces", "-", "-"],
        ["BB", "Baby bits: small pieces", "-", "-"],
    ]),
    para("3. Limites do produto acabado", "Heading2"),
    para("Humidade: between 3,0% and 5,0%. Broken kernels in a whole grade: no more than 5%. Testa left on the "
         "kernels: no more than 1%. Foreign matter: none. Sample: one sample of 500 g from every lote of 500 kg, "
         "tested in Lab-Q before the lote goes to Embalagem."),
    para("4. Embalagem, passo a passo", "Heading2"),
    para("Step 1. Check the Lab-Q release of the lote on the screen at the Embalagem door."),
    para("Step 2. Fill two latas of 25 lb (11,34 kg each) per cartão and weigh each lata on the check scale."),
    para("Step 3. Vacuum the latas and flush them with CO2, then seam them. The verificação da cravação (seam check) "
         "is done every 2 hours and at the start of each lote."),
    para("Step 4. Pass every lata through the detector de metais. Test it with the test pieces Fe 1,5 mm, não ferroso "
         "2,0 mm and inox 2,5 mm every 30 minutes and at each change of grade. If a test piece is missed, stop the "
         "line and hold everything packed since the last good test."),
    para("Step 5. Label the cartão with the grade, lote, packing date and \"Product of Mozambique\"."),
    para("Step 6. Keep an amostra de referência of each lote for 12 months in the laboratory."),
    para("5. Registos", "Heading2"),
    para("Lab-Q results, metal detector tests and seam checks are kept for 3 years. Qualidade reviews them every "
         "week with the chefe de secção of Embalagem."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="pt-MZ"),
        core(title="Especificação de Classificação e Embalagem de Amêndoa de Caju, QL-02 Revisão 3",
             creator="Qualidade", created="2028-06-19"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
