#!/usr/bin/env python3
"""Checks the twenty-eighth grounding corpus (Nechako Ridge Forest Products) with the shared checks in ../corpus_check.py.

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
    "docs/timbernet/pay-rates.html": "docs/timbernet/pay-rates-old.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2025.md",
    "docs/data/allowances-2027-28.csv": "docs/hr/camp-and-travel-allowance-2025.txt",
    "docs/handbook/log-yard-and-mobile-equipment.md": "docs/procedures/log-yard-rules.txt",
    "docs/woodlands/falling-and-bucking-procedure.docx": "docs/woodlands/falling-procedure.md",
    "docs/hr/pay-advance-and-tool-plan.pdf": "docs/hr/pay-advance-and-tool-plan-rev2.txt",
}
LATIN1_FILES = {"docs/notices/harkonen-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "i")
