#!/usr/bin/env python3
"""Checks the hundred-and-thirty-fifth grounding corpus (Lau Niu Coconut Products) with the shared checks in ../corpus_check.py.

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
    "docs/launet/pay-and-allowances.html": "docs/launet/wage-rates.html",
    "docs/tulafono/leave-policy.md": "docs/tulafono/annual-and-sick-leave.md",
    "docs/data/copra-buying-prices.csv": "docs/copra/copra-prices-2028.txt",
    "docs/fleet/driver-handbook.md": "docs/fleet/truck-rules.txt",
    "docs/hr/staff-advances-and-loans.pdf": "docs/hr/staff-loans.txt",
    "docs/production/vco-line-procedure.docx": "docs/production/vco-processing.md",
}
LATIN1_FILES = {"docs/notices/moellering-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ec")
