#!/usr/bin/env python3
"""Checks the twentieth grounding corpus (Tausi Highland Blooms) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-and-time-off.md": "docs/handbook/annual-and-sick-leave.md",
    "docs/jukwaa/staff-buses.html": "docs/jukwaa/archive/staff-buses.html",
    "docs/jukwaa/pay-and-deductions.html": "docs/notices/payroll-circular-2025.txt",
    "docs/packhouse/cold-chain-and-grading.md": "docs/notices/cold-store-entry-notice.txt",
    "docs/crop-protection/spraying-and-re-entry.md": "docs/crop-protection/spray-safety-sop.md",
    "docs/policies/ppe-issue-and-care.docx": "docs/policies/protective-clothing-rules.txt",
}
LATIN1_FILES = {"docs/notices/floraholland-spring-closing-days.txt"}

main(HERE, PAIRS, LATIN1_FILES, "a")
