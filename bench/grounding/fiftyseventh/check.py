#!/usr/bin/env python3
"""Checks the fifty-seventh grounding corpus (Taehwa Marine Coatings) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/annual-leave.md": "docs/handbook/leave-and-time-off.md",
    "docs/badanet/overtime-and-night-work.html": "docs/badanet/overtime-rules.html",
    "docs/data/allowances-2030.csv": "docs/hr/allowances-notice-2028.txt",
    "docs/safety/enclosed-space-entry.docx": "docs/safety/tank-entry-procedure.txt",
    "docs/plant/tinting-and-batch-release.md": "docs/plant/batch-release-checklist.md",
    "docs/sales/owner-service-rates-2030.pdf": "docs/badanet/owner-service-rates.html",
}
LATIN1_FILES = {"docs/notices/nordvik-inspection-programme.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bc")
