#!/usr/bin/env python3
"""Checks the twenty-seventh grounding corpus (Iroko Crest Schools) with the shared checks in ../corpus_check.py.

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
    "docs/crestnet/staff-allowances.html": "docs/crestnet/staff-allowances-old.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2025.md",
    "docs/data/staff-claims-rates-2027-28.csv": "docs/bursary/staff-claims-2025.txt",
    "docs/handbook/exam-invigilation.md": "docs/procedures/invigilation-rules.txt",
    "docs/clinic/clinic-procedure.docx": "docs/clinic/sick-bay-procedure.md",
    "docs/hr/tuition-concession-policy.pdf": "docs/hr/tuition-concession-policy-rev2.txt",
}
LATIN1_FILES = {"docs/notices/tavares-kitchen-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "o")
