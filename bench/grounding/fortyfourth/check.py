#!/usr/bin/env python3
"""Checks the forty-fourth grounding corpus (Alder Fork Transportation) with the shared checks in ../corpus_check.py.

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
    "docs/afconnect/pay-schedule.html": "docs/afconnect/pay-schedule-archived.html",
    "docs/handbook/calamity-day-procedure.md": "docs/handbook/inclement-weather-plan.md",
    "docs/data/extra-trip-rates.csv": "docs/notices/extra-trip-pay-memo-2025.txt",
    "docs/procedures/pre-trip-inspection.docx": "docs/procedures/pre-trip-checklist.txt",
    "docs/handbook/cell-phone-and-device-rule.md": "docs/procedures/electronic-devices-rule.txt",
    "docs/handbook/route-bidding.md": "docs/handbook/route-bidding-2025.md",
}
LATIN1_FILES = {"docs/notices/cold-weather-bulletin.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ap")
