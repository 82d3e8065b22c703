#!/usr/bin/env python3
"""Build docs/frio/procedimento-entreposto-frigorifico.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "frio", "procedimento-entreposto-frigorifico.docx")
STAMP = (2032, 7, 19, 0, 0, 0)

BODY = [
    para("Procedimento do Entreposto Frigorífico e dos Empilhadores", "Heading1"),
    para("Conserveira Salamansa, S.A. \u00b7 Entreposto frigorífico do Mindelo \u00b7 FRI-01 \u00b7 Edição de agosto "
         "de 2032"),
    para("Em vigor desde 2 de agosto de 2032. Aplica-se a todos os que trabalham no entreposto frigorífico e no cais "
         "de carga: fiéis, operadores de empilhador, manutenção, tripulantes na descarga e prestadores de serviço. "
         "Responsável: Sr. Domingos Fonseca, Responsável do Entreposto Frigorífico (ext. 280)."),
    para("1. Temperaturas", "Heading2"),
    table([
        ["Câmara", "Produto", "Temperatura", "Registo"],
        ["Câmaras 1 e 2 (congelado)", "Atum, cavala e sardinha congelados; isco",
         "-25 °C ou mais frio", "De 2 em 2 horas no TermoVigia"],
        ["Túnel de congelação", "Peixe fresco a congelar", "-35 °C", "No início e no fim de cada carga"],
        ["Câmara 4 (refrigerada)", "Peixe fresco do dia, com gelo", "0 °C a 2 °C", "De 2 em 2 horas no TermoVigia"],
        ["Cais de carga", "Paletes em passagem", "Congelado fora do frio 20 minutos no máximo",
         "Hora de saída da câmara na guia"],
    ]),
    para("O fiel de serviço confirma as leituras no tablet à porta de cada câmara. O TermoVigia guarda também uma "
         "leitura automática a cada 10 minutos."),
    para("2. Alarme de temperatura", "Heading2"),
    para("O TermoVigia dá alarme na portaria e envia SMS ao Responsável do Entreposto quando uma câmara de congelado "
         "passa de -18 °C durante 15 minutos. Mantenha as portas fechadas e chame a manutenção (ext. 260; fora de "
         "horas, a prevenção pela portaria, ext. 200). Se a câmara passar de -15 °C durante mais de 2 horas, o "
         "produto fica Retido no RastroLote e a Qualidade decide o que fazer com ele."),
    para("3. Receção de peixe congelado", "Heading2"),
    para("Passo 1. Veja o registador de temperatura do contentor ou do camião antes de abrir as portas."),
    para("Passo 2. Meça com a sonda a temperatura no centro de um peixe de cada palete."),
    para("Passo 3. Aceite o peixe congelado a -18 °C ou mais frio e recuse o que estiver acima de -15 °C. Entre "
         "-18 °C e -15 °C, chame a Qualidade (ext. 240), que decide."),
    para("Passo 4. Registe a receção e as temperaturas no RastroLote e leve as paletes para a câmara em 20 minutos "
         "no máximo."),
    para("4. Trabalhar nas câmaras a -25 °C", "Heading2"),
    para("Use o fato térmico, as luvas térmicas, a balaclava e as botas térmicas. Fique no máximo 40 minutos "
         "seguidos dentro da câmara e faça depois uma pausa de aquecimento de 15 minutos na sala de pausa aquecida. "
         "Ninguém entra sozinho numa câmara de congelado: trabalha-se sempre em pares."),
    para("Dentro de cada câmara, junto à porta, há um botão de alarme de pessoa presa. No início de cada turno o "
         "fiel testa a abertura da porta por dentro e o botão, e regista o teste no TermoVigia. As trabalhadoras "
         "grávidas e os menores de 18 anos não trabalham nas câmaras de congelado."),
    para("5. Empilhadores", "Heading2"),
    para("Só conduz um empilhador quem tiver a autorização interna de condução. Para a obter faz-se um curso de 3 "
         "dias e um exame prático, e depois conduz-se 1 semana acompanhado por um condutor autorizado. A "
         "autorização é renovada de 2 em 2 anos e o cartão anda sempre com o condutor."),
    para("No início de cada turno faça a verificação pré-uso no tablet (TermoVigia > Verificações). Um empilhador "
         "com defeito leva a etiqueta NÃO USAR, a chave é entregue ao chefe de turno e a avaria é comunicada à "
         "manutenção (ext. 260)."),
    para("Velocidade máxima: 6 km/h dentro do entreposto e 10 km/h no cais e no parque. Carga máxima dos "
         "empilhadores elétricos E1 a E4: 2 500 kg. As baterias só são carregadas na sala de carga. Não leve "
         "passageiros."),
    para("6. Formação e registos", "Heading2"),
    para("Todos os que trabalham no entreposto recebem formação sobre este procedimento antes de começar e depois "
         "todos os anos. Os registos do TermoVigia são guardados durante 3 anos."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="pt-CV"),
        core(title="Procedimento do Entreposto Frigorífico e dos Empilhadores, FRI-01, agosto de 2032",
             creator="Responsável do Entreposto Frigorífico", created="2032-07-19"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
