#!/usr/bin/env python3
"""Checks the hundred-and-eleventh grounding corpus (Mulembeira Coffee) with the shared checks in ../corpus_check.py.

Run from anywhere:  python3 check.py
Exit status 0 when every check passes, 1 otherwise.

It reads the question files only to validate them; it prints counts and problems, never question text.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from corpus_check import main  # noqa: E402

# current document -> its older version (the older ones are listed in superseded.txt)
PAIRS = {
    "docs/portal/remuneracao-e-horas-extra.html": "docs/portal/arquivo/remuneracao-e-horas-extra.html",
    "docs/manual/ferias-e-faltas.md": "docs/manual/ferias-faltas-e-licencas.md",
    "docs/dados/ajudas-de-custo-2028.csv": "docs/rh/circular-03-2026-ajudas-de-custo.txt",
    "docs/gabela/posto-de-compra-precos.md": "docs/gabela/tabela-de-precos-cereja-mabuba.md",
    "docs/fabrica/procedimento-torrefacao-embalagem.docx": "docs/fabrica/torrefacao-e-embalagem.md",
    "docs/rh/norma-adiantamentos-e-emprestimos.pdf": "docs/rh/norma-vales-e-adiantamentos.txt",
}
LATIN1_FILES = {"docs/avisos/comunicado-medicina-do-trabalho.txt"}

main(HERE, PAIRS, LATIN1_FILES, "de")
