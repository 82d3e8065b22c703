#!/usr/bin/env python3
"""Checks the thirty-seventh grounding corpus (Naiqoro Bay Resorts) with the shared checks in ../corpus_check.py.

Run from anywhere:  python3 check.py
Exit status 0 when every check passes, 1 otherwise.

It reads the question files only to validate them; it prints counts and problems, never question text.
Key facts are checked against the extracted text of their sources (and, for superseded rows, not in the older
version) by the shared checker.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from corpus_check import main  # noqa: E402

# current document -> its older version (the older ones are listed in superseded.txt)
PAIRS = {
    "docs/talanoa/wage-rates.html": "docs/talanoa/wage-rates-archived.html",
    "docs/handbook/leave-policy.md": "docs/handbook/annual-and-sick-leave.md",
    "docs/marine/boat-manifest-rules-2028.txt": "docs/marine/boat-manifest-rules-2026.txt",
    "docs/activities/dive-and-snorkel-safety.docx": "docs/activities/snorkel-trip-rules.md",
    "docs/hr/christmas-fund-and-tips.pdf": "docs/hr/tips-pool-policy.txt",
    "docs/data/staff-allowances-2028.csv": "docs/hr/meal-and-fare-allowance-notice.txt",
}
LATIN1_FILES = {"docs/notices/compressor-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ai")
