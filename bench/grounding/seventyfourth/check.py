#!/usr/bin/env python3
"""Checks the seventy-fourth grounding corpus (Mwambao Karafuu Spice) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/likizo-leave-policy.md": "docs/handbook/likizo-leave-policy-2030.md",
    "docs/data/allowances-and-per-diem-2033-34.csv": "docs/hr/posho-and-travel-allowances-2031.txt",
    "docs/quality/clove-drying-and-grading-standard.pdf": "docs/quality/clove-drying-and-grading-standard.txt",
    "docs/distillery/distillery-safety-procedure.docx": "docs/distillery/still-house-safety-rules.md",
    "docs/spicenet/spice-tour-farm.html": "docs/spicenet/archive/spice-tour-farm-2031-32.html",
    "docs/pemba/clove-buying-procedure.md": "docs/pemba/clove-buying-procedure-2031.txt",
}
LATIN1_FILES = {"docs/notices/lefevre-boiler-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bt")
