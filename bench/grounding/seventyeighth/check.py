#!/usr/bin/env python3
"""Checks the seventy-eighth grounding corpus (Vanille Bemarivo) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/pay-scales.html": "docs/intranet/archive/pay-scales-2034.html",
    "docs/handbook/leave-and-absence.md": "docs/handbook/leave-and-absence-v3.md",
    "docs/data/mission-rates-2036.csv": "docs/hr/mission-allowances-2033.txt",
    "docs/quality/grading-and-packing-standard.docx": "docs/quality/grading-standard.md",
    "docs/hr/salary-advance-policy.pdf": "docs/hr/avance-sur-salaire-2032.txt",
    "docs/curing/curing-house-procedure.md": "docs/curing/curing-work-instructions.txt",
}
LATIN1_FILES = {"docs/notices/thermo-cuves-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bx")
