#!/usr/bin/env python3
"""Checks the hundred-and-fortieth grounding corpus (Namele Reef Resorts) with the shared checks in ../corpus_check.py.

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
    "docs/data/allowances-2029.csv": "docs/data/allowances-2027.json",
    "docs/dive/boat-operations-procedure.docx": "docs/dive/boat-ops-procedure.txt",
    "docs/hr/staff-housing-policy.pdf": "docs/hr/housing-rules.md",
    "docs/reefnet/leave.html": "docs/reefnet/leave-old.html",
    "docs/politiques/hygiene-cuisine.md": "docs/politiques/hygiene-cuisine-2027.txt",
    "docs/reefnet/staff-shuttle.html": "docs/notices/shuttle-timetable-2028.txt",
}
LATIN1_FILES = {"docs/notices/atelier-ducos-revision-moteurs.txt"}

main(HERE, PAIRS, LATIN1_FILES, "eh")
