#!/usr/bin/env python3
"""Checks the forty-third grounding corpus (Motswedi Diamond Services) with the shared checks in ../corpus_check.py.

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
    "docs/sedibeng/shift-allowances.html": "docs/sedibeng/shift-allowances-old.html",
    "docs/handbook/leave-policy.md": "docs/handbook/annual-and-sick-leave.md",
    "docs/security/search-and-screening.md": "docs/security/search-procedure.txt",
    "docs/data/travel-and-subsistence-2028.csv": "docs/finance/travel-rates.md",
    "docs/shipping/shipping-and-export-procedure.pdf": "docs/shipping/shipping-procedure-issue5.txt",
    "docs/vault/parcel-custody-procedure.docx": "docs/vault/parcel-custody-procedure-2024.txt",
}
LATIN1_FILES = {"docs/notices/scanner-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ao")
