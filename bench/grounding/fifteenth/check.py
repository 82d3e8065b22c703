#!/usr/bin/env python3
"""Checks the fifteenth grounding corpus (Glenmore Dairy Co-operative) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/sickness-absence-and-sick-pay.md": "docs/handbook/sick-leave.md",
    "docs/laboratory/sampling-and-testing-procedure.txt": "docs/laboratory/milk-sampling-procedure.md",
    "docs/churn/staff-discount.html": "docs/churn/archive/staff-discount.html",
    "docs/data/travel-and-subsistence-rates-2027.csv": "docs/notices/mileage-and-subsistence-rates-2025.txt",
    "docs/policies/protective-clothing-and-hygiene.docx": "docs/policies/plant-hygiene-rules.txt",
    "docs/churn/shift-patterns-and-allowances.html": "docs/notices/shift-allowances-notice.txt",
}
LATIN1_FILES = {"docs/notices/seachtain-na-gaeilge-2027.txt"}

main(HERE, PAIRS, LATIN1_FILES, "q")
