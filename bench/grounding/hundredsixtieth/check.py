#!/usr/bin/env python3
"""Checks the hundred-and-sixtieth grounding corpus (Connswater Aero Interiors) with the shared checks in ../corpus_check.py.

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
    "docs/hangar/pay-rates.html": "docs/hangar/archive/pay-rates-2031-32.html",
    "docs/handbook/annual-leave.md": "docs/handbook/annual-leave-2031.md",
    "docs/data/canteen-prices-2032.csv": "docs/notices/canteen-price-list.txt",
    "docs/hr/travel-and-subsistence-policy.pdf": "docs/hr/travel-and-subsistence-issue3.txt",
    "docs/composites/safe-working-procedure.docx": "docs/composites/resin-and-prepreg-handling.md",
    "docs/shifts/shift-patterns-and-overtime.md": "docs/shifts/shift-and-overtime-guide.md",
}
LATIN1_FILES = {"docs/notices/delacroix-berard-letter.txt"}

main(HERE, PAIRS, LATIN1_FILES, "fb")
