#!/usr/bin/env python3
"""Checks the hundred-and-thirty-eighth grounding corpus (Bantaba Nuts & Oils) with the shared checks in ../corpus_check.py.

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
    "docs/bantabanet/piece-rates.html": "docs/bantabanet/piece-rates-2029.html",
    "docs/handbook/leave-and-absence.md": "docs/handbook/leave-and-absence-2025.md",
    "docs/farafenni/buying-point-guide.md": "docs/farafenni/buying-point-rules-old.txt",
    "docs/data/allowances-and-claims-2030.csv": "docs/data/allowances-2028.json",
    "docs/factory/food-safety-and-qc.docx": "docs/factory/qc-procedure.txt",
    "docs/hr/staff-loans-and-advances.pdf": "docs/hr/staff-loans-scheme.txt",
}
LATIN1_FILES = {"docs/notices/atelier-diene-overhaul-notice.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ef")
