#!/usr/bin/env python3
"""Checks the hundred-and-fourteenth grounding corpus (Tall el Zeitoun) with the shared checks in ../corpus_check.py.

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
    "docs/zeitnet/pay-and-allowances.html": "docs/zeitnet/archive/pay-and-allowances.html",
    "docs/handbook/leave-policy.md": "docs/handbook/annual-leave-and-absence.md",
    "docs/data/mission-and-travel-rates.csv": "docs/finance/mission-allowances-note.txt",
    "docs/zeitnet/staff-transport.html": "docs/notices/service-bus-timetable.txt",
    "docs/hr/school-fees-grant-and-family-support.pdf": "docs/hr/school-fees-grant.txt",
    "docs/plant/mill-and-tank-hygiene.docx": "docs/plant/mill-hygiene-rules.md",
}
LATIN1_FILES = {"docs/notices/fin-de-campagne-2029.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dh")
