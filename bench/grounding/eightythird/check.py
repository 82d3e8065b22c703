#!/usr/bin/env python3
"""Checks the eighty-third grounding corpus (Mashriq Pharma) with the shared checks in ../corpus_check.py.

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
    "docs/bawaba/shift-allowances.html": "docs/bawaba/shift-allowances-2035.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-v3.md",
    "docs/handbook/ramadan-working-hours.md": "docs/notices/ramadan-1457-timings.txt",
    "docs/data/allowances-and-rates-2037.csv": "docs/hr/allowances-circular-2035.txt",
    "docs/warehouse/cold-room-sop.docx": "docs/warehouse/wh-sop-014-rev04.md",
    "docs/hr/medical-insurance-2037.pdf": "docs/hr/medical-insurance-2036.md",
}
LATIN1_FILES = {"docs/notices/hplc-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cc")
