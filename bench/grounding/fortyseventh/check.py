#!/usr/bin/env python3
"""Checks the forty-seventh grounding corpus (Dales & Moor Vets) with the shared checks in ../corpus_check.py.

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
    "docs/moornet/on-call-allowances.html": "docs/moornet/on-call-allowances-2027.html",
    "docs/handbook/annual-leave.md": "docs/handbook/holiday-and-leave.md",
    "docs/data/expenses-and-allowances-2029.csv": "docs/handbook/travel-and-expenses.md",
    "docs/handbook/sickness-absence.md": "docs/hr/sickness-absence-procedure.txt",
    "docs/clinical/controlled-drugs-procedure.docx": "docs/clinical/cd-register-and-safe-custody.txt",
    "docs/rotas/ripon-nights-winter-2029-30.md": "docs/rotas/nights-rota-ripon.txt",
}
LATIN1_FILES = {"docs/notices/xray-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "as")
