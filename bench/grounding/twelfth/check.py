#!/usr/bin/env python3
"""Checks the twelfth grounding corpus (Kwezi Frost Logistics) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2024.md",
    "docs/handbook/medical-aid-and-provident-fund.md": "docs/handbook/medical-aid-2026.md",
    "docs/policies/travel-and-subsistence-policy.docx": "docs/policies/old/travel-and-subsistence-2024.txt",
    "docs/ikhaya/fleet-and-fuel-cards.html": "docs/ikhaya/fuel-card-rules.html",
    "docs/ikhaya/load-shedding-and-generators.html": "docs/notices/load-shedding-memo-2025.txt",
    "docs/ikhaya/cellphone-and-data.html": "docs/policies/cellphone-allowance-2024.txt",
}
LATIN1_FILES = {"docs/notices/durban-canteen-cafe-umoya.txt"}

main(HERE, PAIRS, LATIN1_FILES, "m")
