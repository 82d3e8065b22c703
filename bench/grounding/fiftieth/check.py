#!/usr/bin/env python3
"""Checks the fiftieth grounding corpus (Rukkilill Bakeries) with the shared checks in ../corpus_check.py.

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
    "docs/rukkinet/staff-meals-and-discount.html": "docs/rukkinet/staff-benefits.html",
    "docs/handbook/puhkus-and-absence.md": "docs/handbook/leave-rules.md",
    "docs/data/allowances-and-expenses.csv": "docs/hr/expense-rates-2028.txt",
    "docs/handbook/kassa-and-cash.md": "docs/cafes/till-procedure.txt",
    "docs/hr/working-time-and-rota-policy.pdf": "docs/handbook/working-hours.md",
    "docs/fleet/driver-handbook.docx": "docs/rukkinet/delivery-rules.html",
}
LATIN1_FILES = {"docs/notices/brunner-oven-service.txt"}

main(HERE, PAIRS, LATIN1_FILES, "av")
