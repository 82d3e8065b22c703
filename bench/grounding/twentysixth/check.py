#!/usr/bin/env python3
"""Checks the twenty-sixth grounding corpus (Blue Mahoe Supermarkets) with the shared checks in ../corpus_check.py.

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
    "docs/mahoenet/pay-rates.html": "docs/mahoenet/pay-rates-old.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2024.md",
    "docs/data/allowances-and-claims-2027-28.csv": "docs/hr/meal-and-travel-allowance-2025.txt",
    "docs/handbook/cash-handling.md": "docs/procedures/till-rules.txt",
    "docs/dc/cold-chain-procedure.docx": "docs/dc/cold-room-procedure.md",
    "docs/hr/staff-loans-and-salary-advances.pdf": "docs/hr/staff-loans-policy-rev2.txt",
}
LATIN1_FILES = {"docs/notices/frigorificos-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "j")
