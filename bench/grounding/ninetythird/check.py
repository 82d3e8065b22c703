#!/usr/bin/env python3
"""Checks the ninety-third grounding corpus (Oqtola Tekstil) with the shared checks in ../corpus_check.py.

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
    "docs/portal/pay-and-premiya.html": "docs/portal/pay-and-premiya-rates.html",
    "docs/handbook/annual-leave.md": "docs/handbook/annual-leave-2025.md",
    "docs/data/allowances-and-rates-2028.csv": "docs/finance/business-trip-order.txt",
    "docs/dyeing/chemical-handling-procedure.docx": "docs/dyeing/chemical-handling.md",
    "docs/hr/material-assistance-and-loans.pdf": "docs/hr/material-assistance-rules.txt",
    "docs/production/spinning-shifts.md": "docs/production/spinning-shifts-old.md",
}
LATIN1_FILES = {"docs/notices/woelfle-service-visit-may-2028.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cm")
