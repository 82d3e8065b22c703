#!/usr/bin/env python3
"""Checks the forty-ninth grounding corpus (Nkhwazi Lakeshore Sugar) with the shared checks in ../corpus_check.py.

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
    "docs/eaglenet/crop-season-pay.html": "docs/eaglenet/crop-pay-rates.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-and-absence.md",
    "docs/data/allowances-2029-30.csv": "docs/hr/travel-subsistence-rates-old.txt",
    "docs/mill/boiler-house-procedure.docx": "docs/mill/boiler-operations-sop.md",
    "docs/outgrowers/cane-payment-terms.pdf": "docs/outgrowers/cane-payment-schedule.txt",
    "docs/eaglenet/staff-housing.html": "docs/housing/staff-housing-rules.txt",
}
LATIN1_FILES = {"docs/notices/caldeiraria-sertaozinho-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "au")
