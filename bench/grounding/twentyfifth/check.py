#!/usr/bin/env python3
"""Checks the twenty-fifth grounding corpus (Hansagiri Printers) with the shared checks in ../corpus_check.py.

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
    "docs/hansanet/shift-and-ot-allowances.html": "docs/hansanet/shift-and-ot-allowances-archived.html",
    "docs/handbook/attendance-and-punctuality.md": "docs/handbook/time-keeping-rules.md",
    "docs/hansanet/canteen-and-transport.html": "docs/notices/staff-bus-routes-OLD.txt",
    "docs/data/ppe-issue-matrix.csv": "docs/data/safety-items-by-department.csv",
    "docs/procedures/lockout-tagout-procedure.docx": "docs/procedures/machine-isolation-procedure-2023.txt",
    "docs/hr/circular-hr-02-2027-loans-and-advances.pdf": "docs/hr/circular-hr-04-2024-festival-advance.txt",
}
LATIN1_FILES = {"docs/notices/press4-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "w")
