#!/usr/bin/env python3
"""Build docs/procedimentos/secagem-e-armazenagem-do-pergaminho.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedimentos", "secagem-e-armazenagem-do-pergaminho.docx")
STAMP = (2031, 2, 17, 0, 0, 0)

BODY = [
    para("Secagem e Armazenagem do Café Pergaminho", "Heading1"),
    para("Cooperativa Café Rai-Doben \u00b7 Estação de Ermera e Moagem de Gleno \u00b7 PS-04 \u00b7 Versão 3"),
    para("Em vigor desde 1 de março de 2031. Substitui o procedimento \u00abSecagem na Estação de Ermera\u00bb de junho "
         "de 2028. Aplica-se a todo o pessoal que seca, guarda ou transporta café pergaminho na Estação de Ermera e na "
         "Moagem de Gleno, incluindo os sazonais. Responsável: Gerente da Estação de Ermera (ext. 301)."),
    para("1. Camas africanas", "Heading2"),
    table([
        ["Fase", "Espessura da camada", "Revolver", "Proteção"],
        ["Pergaminho molhado (dias 1 e 2)", "No máximo 4 cm", "A cada 1 hora",
         "Cobrir às 16h30 e sempre que chover"],
        ["Pergaminho meio seco (dia 3 em diante)", "No máximo 6 cm", "A cada 2 horas",
         "Cobrir às 16h30 e sempre que chover"],
        ["Boias (secagem natural)", "No máximo 3 cm", "A cada 1 hora", "Em camas separadas, cobrir às 16h30"],
    ]),
    para("Os lotes nunca se misturam. Cada cama tem a etiqueta do LoteLog com o número do lote e a data de entrada."),
    para("2. Secador mecânico", "Heading2"),
    para("Só entra no secador pergaminho que já secou pelo menos 2 dias nas camas. A temperatura do ar no secador não "
         "pode passar de 45 \u00b0C. O operador regista a temperatura e a humidade a cada 2 horas no LoteLog, no tablet "
         "junto ao secador."),
    para("3. Medir a humidade final", "Heading2"),
    para("Passo 1. Verifique o medidor de humidade com a amostra de referência no início do turno."),
    para("Passo 2. Faça 3 leituras por lote, com grãos tirados de 3 camas ou de 3 pontos diferentes do secador."),
    para("Passo 3. Calcule a média. O pergaminho está seco quando a média fica entre 10,5% e 11,5% de humidade."),
    para("Passo 4. A média registada no LoteLog liberta o lote para a armazenagem. Um lote acima de 11,5% volta para as "
         "camas ou para o secador."),
    para("4. Repouso e armazenagem", "Heading2"),
    para("O pergaminho seco repousa pelo menos 30 dias antes do descasque em Gleno. Guarde-o em sacos de juta com forro "
         "hermético, sobre paletes a 15 cm do chão e a 50 cm das paredes, em pilhas de no máximo 15 sacos. Cada saco "
         "leva a etiqueta impressa do LoteLog. Os armazéns ficam fechados à chave; nenhum produto químico é guardado "
         "no mesmo armazém que o café."),
    para("5. Transporte para Gleno", "Heading2"),
    para("O pergaminho vai para Gleno em camião coberto com lona e com a guia de remessa do LoteLog. Em Gleno, o fiel de "
         "armazém pesa os sacos e confirma a receção no LoteLog no mesmo dia; uma diferença de peso acima de 0,5% é "
         "comunicada ao Gerente da Estação."),
    para("6. Formação e registos", "Heading2"),
    para("Todo o pessoal da secagem faz formação neste procedimento antes da campanha. Os registos do LoteLog são "
         "guardados 5 anos para os compradores e para as auditorias."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="pt-PT"),
        core(title="Secagem e Armazenagem do Café Pergaminho, versão 3",
             creator="Gerente da Estação de Ermera", created="2031-02-17"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
