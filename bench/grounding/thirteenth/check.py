#!/usr/bin/env python3
"""Checks the thirteenth grounding corpus (Red River Prairie Credit Union) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/vacation-and-leave.md": "docs/handbook/vacation-and-leave-v3.md",
    "docs/handbook/benefits-summary-2027.md": "docs/handbook/benefits-summary-2026.md",
    "docs/policies/travel-and-expense-policy.docx": "docs/policies/archive/travel-and-mileage.txt",
    "docs/forks/staff-lending-rates.html": "docs/forks/employee-lending.html",
    "docs/handbook/overtime-and-banked-time.md": "docs/policies/overtime-and-lieu-time.txt",
    "docs/forks/hybrid-work.html": "docs/notices/hybrid-work-guidelines.txt",
}
LATIN1_FILES = {"docs/notices/st-boniface-avis-festival.txt"}

main(HERE, PAIRS, LATIN1_FILES, "p")
