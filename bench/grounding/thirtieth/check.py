#!/usr/bin/env python3
"""Checks the thirtieth grounding corpus (Tezraah Logistics) with the shared checks in ../corpus_check.py.

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
    "docs/raahnet/shift-and-overtime.html": "docs/raahnet/shift-and-overtime-archive.html",
    "docs/policies/leave-policy.md": "docs/policies/leave-policy-2026.md",
    "docs/data/rider-allowances-2028-29.csv": "docs/notices/rider-allowance-circular-2027.txt",
    "docs/raahnet/cod-cash-deposit.html": "docs/ops/cod-cash-rules.txt",
    "docs/ehs/mhe-and-heat-stress-sop.docx": "docs/ehs/forklift-safety-sop.md",
    "docs/hr/salary-advance-and-loans.pdf": "docs/hr/salary-advance-policy-v2.txt",
}
LATIN1_FILES = {"docs/notices/straehle-sorter-service.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ab")
