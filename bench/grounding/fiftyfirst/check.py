#!/usr/bin/env python3
"""Checks the fifty-first grounding corpus (Khangai Cashmere) with the shared checks in ../corpus_check.py.

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
    "docs/khangainet/buying-prices.html": "docs/khangainet/price-list.html",
    "docs/handbook/leave-and-holidays.md": "docs/handbook/annual-leave.md",
    "docs/data/field-allowances.csv": "docs/hr/per-diem-rates.txt",
    "docs/buying/herder-advances-and-payments.pdf": "docs/buying/herder-advance-procedure.txt",
    "docs/plant/machine-safety-lockout.docx": "docs/plant/dehairing-line-safety.md",
    "docs/khangainet/fleet.html": "docs/fleet/driving-rules-2027.txt",
}
LATIN1_FILES = {"docs/notices/email-filatura-valsessera.txt"}

main(HERE, PAIRS, LATIN1_FILES, "aw")
