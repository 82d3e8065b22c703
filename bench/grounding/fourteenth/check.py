#!/usr/bin/env python3
"""Checks the fourteenth grounding corpus (Torran Ferries) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/crew-rotation-and-leave-v3.md": "docs/handbook/crew-rotation-and-leave-v2.1.md",
    "docs/handbook/disruption-and-cancellations.md": "docs/policies/weather-cancellation-procedure.txt",
    "docs/slipway/crew-allowances.html": "docs/notices/crew-allowances-notice.txt",
    "docs/slipway/staff-travel.html": "docs/slipway/free-travel-scheme.html",
    "docs/policies/alcohol-drugs-and-fitness-for-duty.docx": "docs/policies/alcohol-and-drugs-policy.txt",
    "docs/handbook/pension-and-benefits.md": "docs/handbook/archive/pension-and-benefits.md",
}
LATIN1_FILES = {"docs/notices/feis-rossaigh-2027.txt"}

main(HERE, PAIRS, LATIN1_FILES, "r")
