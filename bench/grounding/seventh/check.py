#!/usr/bin/env python3
"""Checks the seventh grounding corpus (Brolga Civil Contracting) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/travel-and-accommodation.md": "docs/handbook/archive/travel-and-accommodation-v3.md",
    "docs/handbook/wet-weather.md": "docs/handbook/archive/wet-weather-2021.md",
    "docs/intranet/ppe-issue.html": "docs/intranet/archive/ppe-issue-2022.html",
    "docs/intranet/fatigue-management.html": "docs/notices/fatigue-memo-ops.txt",
    "docs/policies/drug-and-alcohol-policy.docx": "docs/policies/drug-and-alcohol-policy-rev3.txt",
}
LATIN1_FILES = {"docs/notices/avviso-caldo-estremo.txt"}

main(HERE, PAIRS, LATIN1_FILES, "z")
