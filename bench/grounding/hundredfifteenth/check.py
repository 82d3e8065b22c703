#!/usr/bin/env python3
"""Checks the hundred-and-fifteenth grounding corpus (Tashi Yangphel Ferro Alloys) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-rules.md": "docs/handbook/leave-rules-2026.md",
    "docs/data/ta-da-rates-2029.csv": "docs/hr/ta-da-circular-2026.txt",
    "docs/intranet/canteen-and-bus.html": "docs/intranet/archive/canteen-and-bus-2027.html",
    "docs/plant/furnace-tapping-sop.docx": "docs/plant/tapping-sop-rev2.md",
    "docs/hr/salary-advance-and-loan-policy.pdf": "docs/hr/salary-advance-rules.txt",
    "docs/intranet/staff-quarters.html": "docs/hr/quarters-allotment-rules.txt",
}
LATIN1_FILES = {"docs/notices/furnace-2-relining-notice.txt"}

main(HERE, PAIRS, LATIN1_FILES, "di")
