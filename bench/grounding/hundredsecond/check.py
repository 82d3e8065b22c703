#!/usr/bin/env python3
"""Checks the hundred-and-second grounding corpus (Phasouk Bolaven Coffee & Tea) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/shifts-and-overtime.html": "docs/intranet/ot-rates.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-rules.md",
    "docs/data/travel-allowances-2029.csv": "docs/archive/per-diem-rates-2026.txt",
    "docs/intranet/cherry-buying-rules.html": "docs/buying/cherry-buying-2026-27.txt",
    "docs/mill/roastery-safety-procedure.docx": "docs/mill/roasting-safety-rules.md",
    "docs/hr/salary-advance-and-staff-loans.pdf": "docs/hr/salary-advance.txt",
}
LATIN1_FILES = {"docs/notices/brulerie-vaucanson-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cv")
