#!/usr/bin/env python3
"""Checks the hundred-and-forty-sixth grounding corpus (Inkhwazi Sugar Estates) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/pay-rates.html": "docs/intranet/pay-rates-2027.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2026.md",
    "docs/notices/emabhasi-ebasebenti-2029.txt": "docs/notices/emabhasi-ebasebenti-2028.txt",
    "docs/hr/staff-loans-scheme.pdf": "docs/hr/staff-loans-scheme-old.txt",
    "docs/data/allowances-2028-29.csv": "docs/hr/allowances-circular-2027.txt",
    "docs/mill/mill-safety-procedure.docx": "docs/mill/boiler-house-rules.md",
}
LATIN1_FILES = {"docs/notices/aviso-fornecedor-matola.txt"}

main(HERE, PAIRS, LATIN1_FILES, "en")
