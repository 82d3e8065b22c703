#!/usr/bin/env python3
"""Checks the thirty-sixth grounding corpus (Rwenzori Mist Tea) with the shared checks in ../corpus_check.py.

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
    "docs/leafnet/pay-rates.html": "docs/leafnet/rates-and-premiums.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2025.md",
    "docs/leafnet/transport.html": "docs/transport/transport-rules-old.txt",
    "docs/data/allowances-2027-28.csv": "docs/hr/allowances-2025-26.md",
    "docs/factory/machinery-and-boiler-safety.docx": "docs/factory/boiler-house-rules.txt",
    "docs/hr/salary-advance-and-staff-loans.pdf": "docs/hr/salary-advance-scheme.txt",
}
LATIN1_FILES = {"docs/notices/schaefer-boiler-service.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ah")
