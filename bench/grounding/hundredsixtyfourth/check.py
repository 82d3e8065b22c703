#!/usr/bin/env python3
"""Checks the hundred-and-sixty-fourth grounding corpus (Tamarack Commons Food Co-op) with the shared checks in
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
    "docs/hub/pay-and-premiums.html": "docs/hub/archive/pay-and-premiums-2032.html",
    "docs/handbook/pto-and-sick-time.md": "docs/handbook/pto-and-sick-time-2031.md",
    "docs/data/reimbursement-rates-2034.csv": "docs/finance/expense-reimbursement-rates.txt",
    "docs/hub/winter-weather.html": "docs/safety/winter-weather-plan.txt",
    "docs/benefits/retirement-plan-highlights-2034.pdf": "docs/benefits/401k-plan-summary.md",
    "docs/bakery/sanitation-and-allergen-sop.docx": "docs/bakery/sanitation-and-allergen-sop-rev-b.md",
}
LATIN1_FILES = {"docs/notices/oven-service-visit-feb-2034.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ff")
