#!/usr/bin/env python3
"""Checks the sixty-first grounding corpus (Cacao Manabí Export) with the shared checks in ../corpus_check.py.

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
    "docs/portal/pay-rates.html": "docs/portal/pay-rates-2030.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-v2.md",
    "docs/data/viaticos-2032.csv": "docs/hr/viaticos-circular-2029.txt",
    "docs/calceta/fermentation-drying-procedure.docx": "docs/calceta/fermentation-procedure.md",
    "docs/quininde/acopio-quality-and-price-rules.pdf": "docs/quininde/acopio-rules.txt",
    "docs/duran/shift-and-overtime-rules.md": "docs/duran/shift-rules-old.txt",
}
LATIN1_FILES = {"docs/notices/aviso-tendal-3-calceta.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bg")
