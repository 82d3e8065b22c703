#!/usr/bin/env python3
"""Checks the sixty-third grounding corpus (Kelani Valley Gloves) with the shared checks in ../corpus_check.py.

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
    "docs/glovenet/pay-and-allowances.html": "docs/glovenet/pay-and-allowances-archive.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2029.md",
    "docs/data/allowance-rates-2033.csv": "docs/hr/travel-and-meal-rates-circular.txt",
    "docs/kegalle/dipping-line-safety.docx": "docs/kegalle/dipping-line-safety-rev-c.txt",
    "docs/handbook/festival-advance.md": "docs/handbook/festival-advance-rules.md",
    "docs/avissawella/latex-intake-procedure.md": "docs/avissawella/latex-reception-procedure.md",
}
LATIN1_FILES = {"docs/notices/former-maker-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bi")
