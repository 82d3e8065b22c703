#!/usr/bin/env python3
"""Checks the forty-sixth grounding corpus (Benguela Reef Fishing) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2026.md",
    "docs/reefnet/crew-allowances.html": "docs/reefnet/crew-allowances-archive.html",
    "docs/data/ppe-issue-scale-2029.csv": "docs/notices/protective-clothing-issue.txt",
    "docs/hr/staff-loans-and-advances.md": "docs/hr/salary-advances-and-loans.txt",
    "docs/factory/cold-store-and-blast-freezer-procedure.docx": "docs/factory/cold-store-procedure.md",
    "docs/reefnet/factory-shifts.html": "docs/factory/factory-rota.txt",
}
LATIN1_FILES = {"docs/notices/redes-oceanicas-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ar")
