#!/usr/bin/env python3
"""Checks the twenty-fourth grounding corpus (Pelangi Community Hospital) with the shared checks in ../corpus_check.py.

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
    "docs/pelanginet/shift-allowances.html": "docs/pelanginet/shift-allowances_old.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2025.md",
    "docs/handbook/sick-leave-and-mc.md": "docs/handbook/sick-leave-guide.txt",
    "docs/procedures/falls-prevention-procedure.docx": "docs/procedures/post-fall-procedure.txt",
    "docs/data/staff-claim-rates-fy2027.csv": "docs/data/transport-and-meal-claims.csv",
    "docs/hr/staff-medical-benefits-fy2027.pdf": "docs/hr/medical-benefits-fy2025.txt",
}
LATIN1_FILES = {"docs/notices/canteen-operator-notice.txt"}

main(HERE, PAIRS, LATIN1_FILES, "k")
