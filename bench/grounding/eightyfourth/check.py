#!/usr/bin/env python3
"""Checks the eighty-fourth grounding corpus (Baobab Marine Canneries) with the shared checks in ../corpus_check.py.

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
    "docs/data/primes-and-allowances-2037.csv": "docs/hr/indemnites-et-primes.txt",
    "docs/intranet/staff-transport.html": "docs/intranet/bus-timetable.html",
    "docs/handbook/leave-and-absences.md": "docs/handbook/conges-absences.md",
    "docs/production/autoclave-procedure.docx": "docs/production/autoclave-operation.md",
    "docs/quality/fish-reception-standards.md": "docs/quality/fish-reception-rules.txt",
    "docs/hr/salary-advances-and-loans.pdf": "docs/hr/salary-advance-2034.md",
}
LATIN1_FILES = {"docs/notices/controle-autoclaves-bcts.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cd")
