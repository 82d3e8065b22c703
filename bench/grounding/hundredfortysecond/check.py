#!/usr/bin/env python3
"""Checks the hundred-and-forty-second grounding corpus (Gacanka Logistics & Export) with the shared checks in
../corpus_check.py.

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
    "docs/portal/overtime-and-shift-pay.html": "docs/portal/overtime-and-shift-pay-2026.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2025.md",
    "docs/notices/saacadaha-xagaaga-2028.txt": "docs/notices/saacadaha-xagaaga-2027.txt",
    "docs/data/allowances-2028.csv": "docs/data/allowance-rates-2026.json",
    "docs/cold-store/cold-store-procedure.docx": "docs/cold-store/cold-store-procedure-rev3.md",
    "docs/hr/staff-advances-and-loans.pdf": "docs/hr/salary-advance-circular-2026.txt",
}
LATIN1_FILES = {"docs/notices/avviso-manutenzione-refrigerazione-tirrenica.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ej")
