#!/usr/bin/env python3
"""Checks the nineteenth grounding corpus (Ghaf Flight Catering) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/annual-leave-and-air-ticket.md": "docs/handbook/leave-and-passage-policy.md",
    "docs/food-safety/temperature-and-cold-chain.md": "docs/food-safety/chiller-and-blast-chiller-rules.md",
    "docs/dallah/staff-transport.html": "docs/dallah/archive/staff-transport.html",
    "docs/dallah/pay-and-allowances.html": "docs/notices/allowances-circular-2025.txt",
    "docs/transport/high-loader-operations.md": "docs/notices/airside-driving-high-loaders.txt",
    "docs/policies/uniform-and-personal-hygiene.docx": "docs/policies/uniform-and-hygiene-rules-old.txt",
}
LATIN1_FILES = {"docs/notices/kitchen-notice-ramadan-production.txt"}

main(HERE, PAIRS, LATIN1_FILES, "d")
