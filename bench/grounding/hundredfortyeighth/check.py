#!/usr/bin/env python3
"""Checks the hundred-forty-eighth grounding corpus (Kandumathi Resorts & Cruises) with the shared checks in
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
    "docs/kanduhub/pay-and-service-charge.html": "docs/kanduhub/service-charge-and-pay-rules.html",
    "docs/handbook/leave-policy.md": "docs/handbook/annual-leave-and-absence.md",
    "docs/data/allowances-and-claims.csv": "docs/hr/island-allowances-old.txt",
    "docs/dive/liveaboard-dive-operations.docx": "docs/dive/dive-operations-procedure.md",
    "docs/kanduhub/staff-transport.html": "docs/hr/staff-travel-and-leave-tickets.txt",
    "docs/hr/staff-medical-benefits.pdf": "docs/hr/medical-benefit-policy.txt",
}
LATIN1_FILES = {"docs/notices/compressori-adriatica-service.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ep")
