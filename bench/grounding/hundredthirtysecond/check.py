#!/usr/bin/env python3
"""Checks the hundred-and-thirty-second grounding corpus (Conserveira Salamansa) with the shared checks in ../corpus_check.py.

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
    "docs/cais/tabela-salarial.html": "docs/cais/tabela-salarial-2031.html",
    "docs/manual/ferias-faltas-baixas.md": "docs/manual/ferias-faltas-baixas-2029.md",
    "docs/dados/ajudas-de-custo-2032.csv": "docs/rh/circular-ajudas-de-custo-2030.txt",
    "docs/frio/procedimento-entreposto-frigorifico.docx": "docs/frio/regras-camara-frigorifica-antigo.md",
    "docs/rh/norma-adiantamentos-emprestimos.pdf": "docs/rh/circular-adiantamentos-2031.txt",
    "docs/producao/higiene-na-producao.md": "docs/producao/higiene-producao-rev4.txt",
}
LATIN1_FILES = {"docs/avisos/termoria-visita-tecnica.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dz")
