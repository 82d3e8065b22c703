#!/usr/bin/env python3
"""Checks the seventeenth grounding corpus (Kelip Semiconductor) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-entitlements.md": "docs/handbook/leave-entitlements-v4.md",
    "docs/ehs/cleanroom-gowning.md": "docs/ehs/cleanroom-gowning-old.md",
    "docs/laman/canteen-and-meal-subsidy.html": "docs/laman/archive/canteen-and-meal-subsidy.html",
    "docs/laman/pay-overtime-and-shift-allowance.html": "docs/notices/overtime-and-shift-allowance-2025.txt",
    "docs/data/crew-shift-patterns-2027.csv": "docs/notices/kulim-crew-shift-times-notice.txt",
    "docs/policies/accommodation-and-worker-welfare.docx": "docs/policies/hostel-house-rules.txt",
}
LATIN1_FILES = {"docs/notices/notis-kantin-blok-b.txt"}

main(HERE, PAIRS, LATIN1_FILES, "y")
