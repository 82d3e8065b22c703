#!/usr/bin/env python3
"""Checks the sixteenth grounding corpus (Tanglaw Contact Solutions) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/attendance-and-punctuality.md": "docs/handbook/attendance-policy.md",
    "docs/kapihan/allowances.html": "docs/kapihan/archive/allowances.html",
    "docs/handbook/leave-benefits.md": "docs/handbook/leave-benefits-old.md",
    "docs/kapihan/pay-and-night-differential.html": "docs/notices/night-differential-and-holiday-pay-2025.txt",
    "docs/policies/work-from-home-and-hybrid-work.docx": "docs/policies/telecommuting-guidelines.txt",
    "docs/data/account-schedules-2027.csv": "docs/notices/harborline-schedule-notice.txt",
}
LATIN1_FILES = {"docs/notices/paunawa-shuttle-paranaque-las-pinas.txt"}

main(HERE, PAIRS, LATIN1_FILES, "u")
