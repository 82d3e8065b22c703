#!/usr/bin/env python3
"""Checks the fifty-sixth grounding corpus (Sông Bé Footwear) with the shared checks in ../corpus_check.py.

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
    "docs/connect/staff-buses.html": "docs/connect/bus-routes.html",
    "docs/handbook/leave-and-holidays.md": "docs/handbook/leave-rules.md",
    "docs/data/allowances-2030.csv": "docs/hr/allowances-and-bonuses.txt",
    "docs/production/cementing-and-sole-pressing.docx": "docs/production/cementing-press-wi.md",
    "docs/connect/chemical-safety.html": "docs/safety/chemical-store-rules.txt",
    "docs/connect/pay-and-overtime.html": "docs/handbook/working-hours-and-overtime.md",
}
LATIN1_FILES = {"docs/maintenance/press-service-visit-email.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bb")
