#!/usr/bin/env python3
"""Checks the twenty-ninth grounding corpus (Chenab Kinara Textiles) with the shared checks in ../corpus_check.py.

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
    "docs/kinaranet/overtime-and-allowances.html": "docs/kinaranet/overtime-and-allowances-old.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2025.md",
    "docs/data/van-routes-2028.csv": "docs/admin/van-routes-2026.txt",
    "docs/hse/fire-safety.md": "docs/hse/fire-safety-rules-issue-3.txt",
    "docs/processing/dye-house-chemical-handling.docx": "docs/processing/dye-house-chemical-rules.md",
    "docs/hr/loan-and-advance-policy.pdf": "docs/hr/loans-and-advances.txt",
}
LATIN1_FILES = {"docs/notices/kessler-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "aa")
