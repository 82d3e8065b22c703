#!/usr/bin/env python3
"""Checks the fortieth grounding corpus (Qawsalla Coaches) with the shared checks in ../corpus_check.py.

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
    "docs/pjazza/pay-rates.html": "docs/pjazza/pay-and-premiums.html",
    "docs/handbook/leave-and-absence.md": "docs/handbook/annual-leave-and-absence.md",
    "docs/data/coach-hire-rates-2028.csv": "docs/sales/coach-hire-tariff-2026.txt",
    "docs/hr/uniform-and-travel-concessions.pdf": "docs/hr/uniform-and-concessions-policy.txt",
    "docs/handbook/ticketing-and-cash.md": "docs/procedures/cash-and-tickets-on-board.txt",
    "docs/procedures/vehicle-defect-and-walkround.docx": "docs/procedures/walkround-check-procedure.md",
}
LATIN1_FILES = {"docs/notices/climabus-ac-service.txt"}

main(HERE, PAIRS, LATIN1_FILES, "al")
