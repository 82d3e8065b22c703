#!/usr/bin/env python3
"""Checks the fifty-ninth grounding corpus (Tobyl Grain Terminal) with the shared checks in ../corpus_check.py.

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
    "docs/ambarnet/pay-rates.html": "docs/ambarnet/pay-rates-archive.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2029.md",
    "docs/data/allowances-2031.csv": "docs/hr/travel-and-meal-allowances-2029.txt",
    "docs/ambarnet/cold-weather.html": "docs/procedures/cold-weather-rules.txt",
    "docs/procedures/silo-and-grain-handling.docx": "docs/procedures/silo-entry-procedure.md",
    "docs/hr/material-assistance-and-advances.pdf": "docs/hr/material-assistance-rev-b.txt",
}
LATIN1_FILES = {"docs/notices/roller-mill-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "be")
