#!/usr/bin/env python3
"""Checks the thirty-second grounding corpus (Nsansa Mine Services) with the shared checks in ../corpus_check.py.

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
    "docs/nsansanet/pay-and-allowances.html": "docs/nsansanet/pay-rates.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-v4.md",
    "docs/handbook/camp-rules.md": "docs/hr/kisalala-camp-rules.txt",
    "docs/handbook/fitness-for-work.md": "docs/safety/fitness-for-work-archived.txt",
    "docs/hr/staff-loans-and-salary-advances.pdf": "docs/hr/loans-and-advances-policy.txt",
    "docs/safety/ppe-issue-and-replacement.docx": "docs/nsansanet/ppe-stores.html",
}
LATIN1_FILES = {"docs/notices/akerstrom-service-bulletin.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ad")
