#!/usr/bin/env python3
"""Checks the sixty-second grounding corpus (Kallavesi Hirsitalot) with the shared checks in ../corpus_check.py.

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
    "docs/hirsinetti/shift-premiums.html": "docs/hirsinetti/shift-premiums-archived.html",
    "docs/handbook/annual-leave.md": "docs/handbook/annual-leave-2030.md",
    "docs/data/travel-and-expense-rates-2033.csv": "docs/hr/travel-allowances-2031.txt",
    "docs/safety/winter-driving.md": "docs/safety/winter-driving-rules.txt",
    "docs/kiln/kiln-drying-procedure.docx": "docs/kiln/kiln-procedure-rev-c.md",
    "docs/hr/liukuma-flexitime-policy.pdf": "docs/hr/liukuma-rules.txt",
}
LATIN1_FILES = {"docs/notices/kiln-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bh")
