#!/usr/bin/env python3
"""Checks the thirty-eighth grounding corpus (Meghna Ridge Pharmaceuticals) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-policy.md": "docs/handbook/leave-rules.md",
    "docs/ridgenet/transport-pick-drop.html": "docs/ridgenet/transport-pick-drop-archived.html",
    "docs/data/ta-da-rates-2028.csv": "docs/data/ta-da-rates-2026.txt",
    "docs/hr/provident-fund-and-gratuity-rules.pdf": "docs/hr/provident-fund-rules.txt",
    "docs/plant/gowning-and-area-entry-sop.docx": "docs/plant/production-area-entry.md",
    "docs/handbook/attendance-and-roster.md": "docs/notices/plant-shift-circular.txt",
}
LATIN1_FILES = {"docs/notices/berard-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "aj")
