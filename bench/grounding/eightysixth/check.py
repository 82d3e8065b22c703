#!/usr/bin/env python3
"""Checks the eighty-sixth grounding corpus (Ghaf Oilfield Services) with the shared checks in ../corpus_check.py.

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
    "docs/ghafnet/field-allowances.html": "docs/ghafnet/archive/field-allowances-2035.html",
    "docs/handbook/leave-and-rotation.md": "docs/hr/leave-and-rotation-policy.md",
    "docs/data/allowances-and-rates-2037.csv": "docs/hr/hr-circular-07-2035-per-diem.txt",
    "docs/hr/crew-travel-policy.pdf": "docs/hr/crew-change-and-travel-rules.txt",
    "docs/hse/h2s-safety-procedure.docx": "docs/hse/h2s-procedure.md",
    "docs/sites/rimal-camp-guide.md": "docs/sites/rimal-camp-rules.txt",
}
LATIN1_FILES = {"docs/notices/lemaitre-separator-recertification.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cf")
