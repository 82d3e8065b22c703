#!/usr/bin/env python3
"""Checks the hundred-and-tenth grounding corpus (Vacoa Coast Hotels & Catering) with the shared checks in ../corpus_check.py.

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
    "docs/lakaz/pay-and-overtime.html": "docs/lakaz/overtime-rates.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-and-absence.md",
    "docs/lakaz/navette.html": "docs/archive/navette-timetable.md",
    "docs/data/allowances-2028-29.csv": "docs/hr/meal-and-transport-allowances.txt",
    "docs/kitchen/central-kitchen-food-safety.docx": "docs/kitchen/food-safety-procedure.md",
    "docs/hr/pay-advances-and-loans.pdf": "docs/hr/staff-loans-circular.txt",
}
LATIN1_FILES = {"docs/notices/note-de-service-blanchisserie.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dd")
