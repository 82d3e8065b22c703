#!/usr/bin/env python3
"""Checks the hundredth grounding corpus (Arevaberd Brandy and Wine) with the shared checks in ../corpus_check.py.

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
    "docs/arevnet/business-trips.html": "docs/arevnet/archive/gorcuxum-2026.html",
    "docs/handbook/leave-and-absence.md": "docs/handbook/leave-rules.md",
    "docs/harvest/grape-reception-2029.docx": "docs/notices/harvest-2028-memo.txt",
    "docs/data/staff-bottles-2029.csv": "docs/hr/staff-shop-2027.md",
    "docs/hr/pay-and-parget-policy.pdf": "docs/hr/pay-policy-rev4.txt",
    "docs/arevnet/cellar-safety.html": "docs/safety/cellar-safety-rules.md",
}
LATIN1_FILES = {"docs/notices/tonnellerie-bregeon-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ct")
