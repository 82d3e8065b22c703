#!/usr/bin/env python3
"""Checks the thirty-ninth grounding corpus (Himal Sanchar Treks and Expeditions) with the shared checks in
../corpus_check.py.

Run from anywhere:  python3 check.py
Exit status 0 when every check passes, 1 otherwise.

It reads the question files only to validate them; it prints counts and problems, never question text. Every key
fact is checked against the extracted text of its sources, and no superseded row's fact may occur in the older
version of its source.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from corpus_check import main  # noqa: E402

# current document -> its older version (the older ones are listed in superseded.txt)
PAIRS = {
    "docs/intranet/porter-welfare.html": "docs/intranet/porter-welfare-archived.html",
    "docs/handbook/leave-rules.md": "docs/handbook/leave-and-holidays-policy.md",
    "docs/data/field-allowance-rates-2084-85.csv": "docs/hr/tada-circular.txt",
    "docs/hr/staff-advance-and-loan-policy.pdf": "docs/hr/staff-advance-rules.txt",
    "docs/field/rescue-and-evacuation-procedure.docx": "docs/field/emergency-evacuation-procedure.md",
    "docs/sites/lukla-hostel-guide.md": "docs/sites/lukla-hostel-guide-2082.md",
}
LATIN1_FILES = {"docs/notices/oxygene-altitude-inspection-notice.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ak")
