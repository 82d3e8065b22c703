#!/usr/bin/env python3
"""Checks the thirty-fifth grounding corpus (Jade Harbour Property Services) with the shared checks in ../corpus_check.py.

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
    "docs/portal/bad-weather-arrangements.html": "docs/portal/typhoon-arrangements.html",
    "docs/handbook/leave-policy.md": "docs/handbook/annual-leave-and-holidays.md",
    "docs/data/claims-and-allowances.csv": "docs/payroll/allowances-2025.txt",
    "docs/security/guard-post-orders.md": "docs/security/post-orders-general.txt",
    "docs/building/permit-to-work-procedure.docx": "docs/building/hot-work-and-height-rules.md",
    "docs/hr/staff-medical-scheme.pdf": "docs/hr/medical-scheme-guide.txt",
}
LATIN1_FILES = {"docs/notices/kingsfield-lift-works.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ag")
