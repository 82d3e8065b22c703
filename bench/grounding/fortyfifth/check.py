#!/usr/bin/env python3
"""Checks the forty-fifth grounding corpus (Coolabah Haulage) with the shared checks in ../corpus_check.py.

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
    "docs/coolnet/pay-rates.html": "docs/coolnet/pay-rates-archive.html",
    "docs/handbook/leave-and-rosters.md": "docs/handbook/leave-and-rosters-2026.md",
    "docs/data/allowances-and-rates-2028-29.csv": "docs/hr/allowances-2027-28.txt",
    "docs/operations/prestart-and-handover-procedure.docx": "docs/operations/prestart-procedure-rev4.md",
    "docs/hr/fifo-travel-policy.pdf": "docs/hr/fifo-travel-policy-2025.txt",
    "docs/coolnet/village-rules.html": "docs/village/village-rules-card.txt",
}
LATIN1_FILES = {"docs/notices/heat-stress-summer-2028-29.txt"}

main(HERE, PAIRS, LATIN1_FILES, "aq")
