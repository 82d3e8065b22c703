#!/usr/bin/env python3
"""Checks the sixty-eighth grounding corpus (Sidama Highland Coffee) with the shared checks in ../corpus_check.py.

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
    "docs/gebeya/seasonal-pay.html": "docs/gebeya/seasonal-pay-previous.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2032.md",
    "docs/data/abel-rates-2035-36.csv": "docs/hr/abel-circular-2033.txt",
    "docs/hr/salary-advance-and-loans.pdf": "docs/hr/salary-advance-and-loans-rev3.txt",
    "docs/dry-mill/warehouse-and-export-prep.docx": "docs/dry-mill/warehouse-procedure.md",
    "docs/handbook/vehicles-and-motorbikes.md": "docs/procedures/vehicle-rules.txt",
}
LATIN1_FILES = {"docs/notices/roaster-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bn")
