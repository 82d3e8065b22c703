#!/usr/bin/env python3
"""Checks the hundred-and-thirty-sixth grounding corpus (Fonua Lelei Exports) with the shared checks in ../corpus_check.py.

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
    "docs/fonuanet/grower-prices.html": "docs/fonuanet/grower-prices-2028.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2027.md",
    "docs/data/allowances-and-claims-2029-30.csv": "docs/hr/staff-allowances-2027.txt",
    "docs/handbook/grower-payments.md": "docs/procedures/grower-payment-rules-old.txt",
    "docs/packhouse/cold-store-and-blast-freezer.docx": "docs/packhouse/cold-store-procedure.md",
    "docs/hr/staff-advances-and-loans.pdf": "docs/hr/advances-and-loans-record.json",
}
LATIN1_FILES = {"docs/notices/lcaa-kava-testing-2029.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ed")
