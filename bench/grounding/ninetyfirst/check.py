#!/usr/bin/env python3
"""Checks the ninety-first grounding corpus (Caju Mahela) with the shared checks in ../corpus_check.py.

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
    "docs/portal/taxas-por-peca.html": "docs/portal/arquivo/taxas-por-peca-campanha-2027.html",
    "docs/rh/ferias-e-licencas.md": "docs/rh/ferias-e-licencas-2025.md",
    "docs/dados/subsidios-e-abonos-2028.csv": "docs/rh/circular-subsidios-2026.txt",
    "docs/qualidade/especificacao-classificacao.docx": "docs/qualidade/especificacao-classificacao.md",
    "docs/portal/refeitorio-e-transporte.html": "docs/portal/refeitorio-e-transporte-2027.html",
    "docs/compras/manual-postos-de-compra.pdf": "docs/compras/instrucoes-postos-de-compra-2026-27.txt",
}
LATIN1_FILES = {"docs/avisos/aviso-visita-tecnica-ribeiro-simoes.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ck")
