#!/usr/bin/env python3
"""Checks the eighteenth grounding corpus (Havgaard Offshore Service) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/holiday-and-absence.md": "docs/handbook/holiday-and-absence-v2.md",
    "docs/hse/permit-to-work.md": "docs/hse/permit-to-work-old.md",
    "docs/kajen/weather-days-and-standby.html": "docs/kajen/archive/weather-days-and-standby.html",
    "docs/kajen/pay-overtime-and-offshore-allowance.html": "docs/notices/overtime-and-offshore-allowance-2025.txt",
    "docs/kajen/travel-and-helicopter-transfers.html": "docs/notices/helicopter-check-in-esbjerg.txt",
    "docs/policies/lone-working-and-personal-safety.docx": "docs/policies/lone-working-procedure.txt",
}
LATIN1_FILES = {"docs/notices/kantine-hvide-sande-uge-24-26.txt"}

main(HERE, PAIRS, LATIN1_FILES, "g")
