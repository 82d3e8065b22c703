#!/usr/bin/env python3
"""Checks the thirty-first grounding corpus (Awadhpath Coachlines) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2023.md",
    "docs/handbook/crew-duty-and-rest.md": "docs/procedures/crew-duty-hours-rules.txt",
    "docs/pathnet/trip-allowances.html": "docs/pathnet/trip-allowances-archived.html",
    "docs/pathnet/fuel-card.html": "docs/procedures/fuel-card-rules-2025.txt",
    "docs/hr/staff-loans-and-advances.pdf": "docs/hr/staff-advance-scheme.md",
    "docs/pathnet/breath-alcohol-testing.html": "docs/notices/ba-test-circular.txt",
}
LATIN1_FILES = {"docs/notices/thalmueller-ac-campaign.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ac")
