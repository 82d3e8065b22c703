#!/usr/bin/env python3
"""Checks the ninth grounding corpus (Tūranga Bay District Council) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-and-holidays.md": "docs/handbook/archive/leave-2025.md",
    "docs/policies/vehicle-and-kilometre-2027.txt": "docs/policies/vehicle-and-kilometre-2025.txt",
    "docs/intranet/after-hours-callout.html": "docs/notices/standby-memo-2025.txt",
    "docs/handbook/uniform-and-ppe.md": "docs/policies/ppe-and-uniform-issue2.txt",
    "docs/policies/lone-worker-procedure.docx": "docs/intranet/archive/working-alone-2022.html",
}
LATIN1_FILES = {"docs/notices/staff-cafe-refit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "n")
