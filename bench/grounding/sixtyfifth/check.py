#!/usr/bin/env python3
"""Checks the sixty-fifth grounding corpus (Érablière Coopérative Beauce-Appalaches) with the shared checks in
../corpus_check.py.

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
    "docs/portail/pay-rates.html": "docs/portail/pay-rates-2032.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2031.md",
    "docs/data/expense-rates-2034.csv": "docs/notices/travel-expenses-2031.txt",
    "docs/plant/bottling-line-procedure.docx": "docs/plant/bottling-line-procedure.md",
    "docs/hr/uniform-and-footwear-policy.pdf": "docs/hr/uniform-policy-rev-c.txt",
    "docs/portail/sugar-season.html": "docs/portail/sugar-season-2033.html",
}
LATIN1_FILES = {"docs/notices/barils-dufresne-2034.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bk")
