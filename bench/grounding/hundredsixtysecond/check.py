#!/usr/bin/env python3
"""Checks the hundred-sixty-second grounding corpus (Quillstack) with the shared checks in ../corpus_check.py.

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
    "docs/quillnet/benefits-2033.html": "docs/quillnet/benefits-2032.html",
    "docs/handbook/parental-leave.md": "docs/handbook/archive/parental-leave.md",
    "docs/quillnet/on-call-pay.html": "docs/engineering/oncall-pay-rates.txt",
    "docs/finance/travel-and-expense-policy.pdf": "docs/finance/travel-expense-policy-v4.md",
    "docs/data/equipment-stipend.csv": "docs/it/home-office-equipment-standard.txt",
    "docs/people/learning-and-development-policy.docx": "docs/handbook/learning-budget.md",
}
LATIN1_FILES = {"docs/notices/berlin-building-notice.txt"}

main(HERE, PAIRS, LATIN1_FILES, "fd")
