#!/usr/bin/env python3
"""Checks the ninetieth grounding corpus (Rievė Furniture) with the shared checks in ../corpus_check.py.

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
# current document -> its older version (the older ones are listed in superseded.txt)
PAIRS = {
    "docs/kamienas/pay-and-premiums.html": "docs/kamienas/shift-premiums.html",
    "docs/handbook/leave-and-absence.md": "docs/handbook/leave-rules.md",
    "docs/data/business-trip-allowances-2029.csv": "docs/finance/komandiruotes-notice.txt",
    "docs/ukmerge/lacquer-line-safety.docx": "docs/ukmerge/spray-booth-instruction.md",
    "docs/hr/staff-purchase-scheme.pdf": "docs/hr/darbuotoju-pirkimai.txt",
    "docs/production/kaunas-shift-guide.md": "docs/archyvas/kaunas-shift-guide.md",
}
LATIN1_FILES = {"docs/notices/duerrwald-lacquer-notice.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cj")
