#!/usr/bin/env python3
"""Checks the thirty-third grounding corpus (Tembusu Crest Facility Services) with the shared checks in ../corpus_check.py.

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
    "docs/crestnet/pay-and-pwm.html": "docs/crestnet/pay-rates-fy2026.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2025.md",
    "docs/data/allowances-and-claims-2027.csv": "docs/hr/allowance-circular-03-2025.txt",
    "docs/dorm/dormitory-house-rules.md": "docs/dorm/house-rules-v3.txt",
    "docs/ops/floor-scrubber-operation.docx": "docs/ops/floor-scrubber-procedure.md",
    "docs/hr/staff-welfare-benefits.pdf": "docs/hr/welfare-scheme.txt",
}
LATIN1_FILES = {"docs/notices/lovgaard-service-bulletin-sb-27-09.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ae")
