#!/usr/bin/env python3
"""Checks the fifty-third grounding corpus (Derwent Banksia Aged Care) with the shared checks in ../corpus_check.py.

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
    "docs/banksianet/pay-rates.html": "docs/banksianet/award-rates.html",
    "docs/policies/leave-policy.md": "docs/policies/leave-and-rdo-policy.md",
    "docs/homecare/fleet-vehicle-procedure.docx": "docs/homecare/car-rules-2026.txt",
    "docs/clinical/outbreak-management-procedure.pdf": "docs/clinical/outbreak-management.md",
    "docs/data/allowances-2030-31.csv": "docs/hr/travel-and-meal-allowances.txt",
    "docs/policies/rostering-and-shift-swaps.md": "docs/homes/rostering-rules.md",
}
LATIN1_FILES = {"docs/kitchen/christmas-menu-2030.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ay")
