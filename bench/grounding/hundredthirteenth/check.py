#!/usr/bin/env python3
"""Checks the hundred-and-thirteenth grounding corpus (Tianlu Precision) with the shared checks in ../corpus_check.py.

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
    "docs/heronnet/overtime-and-allowances.html": "docs/heronnet/night-shift-allowance.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2026.md",
    "docs/heronnet/shuttle-bus.html": "docs/archive/shuttle-bus-2027.txt",
    "docs/heronnet/canteen.html": "docs/notices/canteen-meal-subsidy.txt",
    "docs/sales/business-travel-policy.pdf": "docs/sales/travel-and-trade-show-policy.txt",
    "docs/quality/hub-assembly-sop.docx": "docs/quality/hub-assembly-work-instruction.md",
}
LATIN1_FILES = {"docs/notices/kessler-furnace-service.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dg")
