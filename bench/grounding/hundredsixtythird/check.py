#!/usr/bin/env python3
"""Checks the hundred-and-sixty-third grounding corpus (Fernleigh Care Homes) with the shared checks in ../corpus_check.py.

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
    "docs/fernnet/pay-rates.html": "docs/fernnet/pay-rates-2032-33.html",
    "docs/handbook/sleep-in-shifts.md": "docs/handbook/archive/sleep-in-shifts.md",
    "docs/data/mandatory-training-matrix.csv": "docs/hr/training-requirements.txt",
    "docs/procedures/medication-procedure.docx": "docs/procedures/medication-procedure-v5.md",
    "docs/hr/sickness-absence-and-sick-pay.pdf": "docs/hr/sickness-absence-policy.txt",
    "docs/handbook/annual-leave.md": "docs/hr/holiday-guidance.txt",
}
LATIN1_FILES = {"docs/notices/kitchen-winter-menu-2033.txt"}

main(HERE, PAIRS, LATIN1_FILES, "fe")
