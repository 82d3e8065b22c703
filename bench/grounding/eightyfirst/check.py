#!/usr/bin/env python3
"""Checks the eighty-first grounding corpus (Mekong Weave Garment & Sportswear) with the shared checks in ../corpus_check.py.

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
    "docs/portal/wages-and-bonuses.html": "docs/portal/pay-rates.html",
    "docs/handbook/leave-and-holidays.md": "docs/handbook/leave-rules.md",
    "docs/facilities/canteen-rules.txt": "docs/archive/canteen-rules.txt",
    "docs/safety/fire-safety-procedure.docx": "docs/safety/fire-evacuation-procedure.md",
    "docs/portal/shuttle-service.html": "docs/transport/shuttle-timetable-dry-season-2035-36.txt",
    "docs/payroll/wage-payment-and-aba-rules.pdf": "docs/payroll/circular-09-2035-wage-payment.txt",
}
LATIN1_FILES = {"docs/notices/buyer-audit-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ca")
