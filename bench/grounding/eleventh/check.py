#!/usr/bin/env python3
"""Checks the eleventh grounding corpus (Prakriya Engineering Services) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-policy.md": "docs/handbook/leave-rules-2025.md",
    "docs/handbook/group-health-insurance.md": "docs/handbook/group-health-insurance-2025-26.md",
    "docs/aangan/travel-and-daily-allowance.html": "docs/policies/travel-policy-2023.txt",
    "docs/aangan/cab-and-transport.html": "docs/aangan/transport-guidelines.html",
    "docs/aangan/shift-and-allowances.html": "docs/notices/hr-circular-07-2024.txt",
    "docs/policies/hybrid-work-policy.docx": "docs/policies/work-from-home-guidelines.txt",
}
LATIN1_FILES = {"docs/notices/canteen-vendor-change-hosur.txt"}

main(HERE, PAIRS, LATIN1_FILES, "l")
