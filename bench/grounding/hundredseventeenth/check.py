#!/usr/bin/env python3
"""Checks the hundred-and-seventeenth grounding corpus (Ras Ajouza Marine & Logistics) with the shared checks in ../corpus_check.py.

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
    "docs/bawaba/pay-and-overtime.html": "docs/bawaba/archive/pay-and-overtime-2027.html",
    "docs/handbook/annual-leave.md": "docs/handbook/annual-leave-2026.md",
    "docs/data/allowances-2029.csv": "docs/hr/allowances-circular-2026.txt",
    "docs/notices/ramadan-hours-1451.txt": "docs/notices/ramadan-hours-1450.txt",
    "docs/fleet/driver-handbook.docx": "docs/fleet/driver-rules.md",
    "docs/hr/medical-cover-and-sick-leave.pdf": "docs/hr/medical-policy-2026.txt",
}
LATIN1_FILES = {"docs/notices/tug-engine-overhaul.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dk")
