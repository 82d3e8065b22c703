#!/usr/bin/env python3
"""Checks the hundred-and-twenty-fifth grounding corpus (Cooperativa Café Rai-Doben) with the shared checks in
../corpus_check.py.

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
    "docs/portal/salarios-e-subsidios.html": "docs/portal/arquivo/salarios-e-subsidios-2029.html",
    "docs/manual/ferias-e-licencas.md": "docs/manual/regime-de-ferias-e-licencas.md",
    "docs/procedimentos/secagem-e-armazenagem-do-pergaminho.docx": "docs/procedimentos/secagem-na-estacao-de-ermera.md",
    "docs/rh/adiantamentos-e-emprestimos.pdf": "docs/rh/adiantamentos-e-emprestimos-revisao-3.txt",
    "docs/dados/ajudas-de-custo-2031.csv": "docs/circulares/circular-07-2029-ajudas-de-custo.txt",
    "docs/portal/it-helpdesk.html": "docs/it/helpdesk-guide-old.txt",
}
LATIN1_FILES = {"docs/avisos/aviso-manutencao-moagem-gleno.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ds")
