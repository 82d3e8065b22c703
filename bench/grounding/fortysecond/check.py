#!/usr/bin/env python3
"""Checks the forty-second grounding corpus (Kumul Ridge Coffee) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2025.md",
    "docs/ridgenet/highway-travel.html": "docs/ridgenet/highway-travel-archived.html",
    "docs/data/allowances-and-rates-2028.csv": "docs/hr/field-allowances-2026.txt",
    "docs/procedures/cash-buying-procedure.md": "docs/procedures/buying-point-cash-rules.txt",
    "docs/mill/parchment-receival-and-grading.docx": "docs/mill/grading-procedure.md",
    "docs/hr/staff-loans-advances-and-school-fees.pdf": "docs/hr/staff-loans-rev2.txt",
}
LATIN1_FILES = {"docs/notices/brunnich-shipment-requirements.txt"}

main(HERE, PAIRS, LATIN1_FILES, "an")
