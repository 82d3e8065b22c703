#!/usr/bin/env python3
"""Checks the sixtieth grounding corpus (Warta Oak Furniture) with the shared checks in ../corpus_check.py.

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
    "docs/karta/pay-and-premiums.html": "docs/karta/pay-and-premiums-2031.html",
    "docs/handbook/leave.md": "docs/handbook/leave-2029.md",
    "docs/data/allowances-and-rates-2032.csv": "docs/hr/travel-and-allowances-notice.txt",
    "docs/procedures/finishing-room-procedure.docx": "docs/procedures/finishing-room-rev-c.md",
    "docs/hr/staff-furniture-purchase-scheme.pdf": "docs/hr/staff-purchase-rules.txt",
    "docs/handbook/sick-leave-l4.md": "docs/hr/sick-leave-rules.txt",
}
LATIN1_FILES = {"docs/notices/moulder-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bf")
