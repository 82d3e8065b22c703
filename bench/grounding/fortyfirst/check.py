#!/usr/bin/env python3
"""Checks the forty-first grounding corpus (Kestrel Pass Resorts) with the shared checks in ../corpus_check.py.

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
    "docs/hub/pay-and-overtime.html": "docs/payroll/wage-schedule.txt",
    "docs/handbook/pto-and-sick-leave.md": "docs/handbook/time-off-and-sick-leave.md",
    "docs/hub/employee-housing.html": "docs/hub/employee-housing-info.html",
    "docs/data/employee-rates-2027-28.csv": "docs/data/employee-rates-2026-27.txt",
    "docs/ops/lift-operations-sop.docx": "docs/ops/lift-operations-manual.md",
    "docs/hr/retirement-and-benefits-summary.pdf": "docs/hr/benefits-summary-rev2.txt",
}
LATIN1_FILES = {"docs/notices/berard-inspection-notice.txt"}

main(HERE, PAIRS, LATIN1_FILES, "am")
