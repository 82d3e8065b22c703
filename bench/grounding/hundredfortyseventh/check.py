#!/usr/bin/env python3
"""Checks the hundred-and-forty-seventh grounding corpus (Flyingfish Transport) with the shared checks in ../corpus_check.py.

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
    "docs/fishnet/pay-rates.html": "docs/fishnet/driver-pay-rates.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2026.md",
    "docs/data/allowances-2028-29.csv": "docs/hr/meal-and-travel-allowance-2026.txt",
    "docs/handbook/cash-and-farebox.md": "docs/procedures/farebox-cash-rules-old.txt",
    "docs/workshop/daily-vehicle-check.docx": "docs/workshop/vehicle-check-procedure.md",
    "docs/hr/staff-loans-and-advances.pdf": "docs/hr/staff-loans-and-advances-policy.txt",
}
LATIN1_FILES = {"docs/notices/pieces-caraibes-delivery-notice.txt"}

main(HERE, PAIRS, LATIN1_FILES, "eo")
