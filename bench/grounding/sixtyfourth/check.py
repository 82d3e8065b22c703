#!/usr/bin/env python3
"""Checks the sixty-fourth grounding corpus (Wadi Natrun Dates & Olives) with the shared checks in ../corpus_check.py.

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
    "docs/nakhla/wages-and-badal.html": "docs/nakhla/wages-and-badal-archive.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2030.md",
    "docs/nakhla/heat-and-safety.html": "docs/safety/summer-heat-rules.txt",
    "docs/hr/sulfa-and-loans.pdf": "docs/hr/sulfa-rules-rev-b.txt",
    "docs/coldstore/cold-store-procedure.docx": "docs/coldstore/cold-room-rules.md",
    "docs/data/transport-and-meal-badal-2033.csv": "docs/notices/bus-and-meal-badal-notice.txt",
}
LATIN1_FILES = {"docs/notices/press-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bj")
