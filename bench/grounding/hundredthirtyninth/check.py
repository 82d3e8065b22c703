#!/usr/bin/env python3
"""Checks the hundred-and-thirty-ninth grounding corpus (Qiloane Garments) with the shared checks in ../corpus_check.py.

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
    "docs/lesela/bonus-and-overtime.html": "docs/lesela/bonus-and-overtime-old.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2028.md",
    "docs/data/allowances-2030-31.csv": "docs/data/allowances-2029.json",
    "docs/production/needle-and-machine-safety.docx": "docs/production/needle-control-rules.txt",
    "docs/hr/salary-advances-and-loans.pdf": "docs/hr/salary-advance-notice-2029.txt",
    "docs/handbook/clocking-and-shifts.md": "docs/handbook/time-and-attendance-rules.md",
}
LATIN1_FILES = {"docs/notices/du-plessis-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "eg")
