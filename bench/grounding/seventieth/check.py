#!/usr/bin/env python3
"""Checks the seventieth grounding corpus (Lactate Piatra Mare) with the shared checks in ../corpus_check.py.

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
    "docs/avizier/pay-and-premiums.html": "docs/avizier/arhiva/pay-and-premiums-2029.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2029.md",
    "docs/data/rates-and-allowances-2031.csv": "docs/notices/travel-allowances-2029.txt",
    "docs/quality/milk-reception-haccp.docx": "docs/quality/milk-reception-procedure.txt",
    "docs/plant/smokehouse-rules.md": "docs/plant/smokehouse-instructions.txt",
    "docs/stane/shepherds-terms-2031.pdf": "docs/stane/shepherds-terms-2030.md",
}
LATIN1_FILES = {"docs/notices/termolatte-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bp")
