#!/usr/bin/env python3
"""Checks the twenty-second grounding corpus (Te Awa Wai) with the shared checks in ../corpus_check.py.

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
    "docs/te-puna/travel-and-meals.html": "docs/te-puna/archive/travel-and-meals.html",
    "docs/data/allowance-rates-2026-27.csv": "docs/data/allowance-rates-2025-26.csv",
    "docs/handbook/leave-and-public-holidays.md": "docs/handbook/annual-and-sick-leave.md",
    "docs/procedures/boil-water-notice-procedure.docx": "docs/procedures/boil-water-notice.txt",
    "docs/safety/vehicle-and-fatigue-rules-v3.md": "docs/safety/vehicle-and-fatigue-rules-v2.md",
    "docs/te-puna/confined-space-entry.html": "docs/safety/confined-space-entry-procedure.txt",
}
LATIN1_FILES = {"docs/notices/lab-sample-receipt-notice.txt"}

main(HERE, PAIRS, LATIN1_FILES, "c")
