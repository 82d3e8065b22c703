#!/usr/bin/env python3
"""Checks the tenth grounding corpus (Halia Facilities & Engineering) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave.md": "docs/handbook/leave-policy-2024-edition.md",
    "docs/handbook/medical-and-dental.md": "docs/handbook/medical-benefits-rev3.md",
    "docs/serambi/on-call-and-callout.html": "docs/notices/hr-circular-03-2024.txt",
    "docs/serambi/it-service-desk.html": "docs/policies/mobile-phone-allowance-2023.txt",
    "docs/serambi/transport-and-claims.html": "docs/policies/transport-claims-2025.txt",
    "docs/policies/heat-stress-procedure.docx": "docs/serambi/working-in-hot-weather.html",
}
LATIN1_FILES = {"docs/notices/pantry-refurbishment.txt"}

main(HERE, PAIRS, LATIN1_FILES, "t")
