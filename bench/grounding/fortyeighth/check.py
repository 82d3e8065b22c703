#!/usr/bin/env python3
"""Checks the forty-eighth grounding corpus (Essequibo Gold Rice) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-policy.md": "docs/handbook/annual-leave-and-sick-leave.md",
    "docs/goldnet/pay-and-overtime.html": "docs/goldnet/pay-and-overtime-old.html",
    "docs/procedures/parboiling-and-drying-procedure.docx": "docs/goldnet/parboiling-and-drying.html",
    "docs/hr/salary-advance-request-form.pdf": "docs/hr/salary-advance-rules.txt",
    "docs/farmers/paddy-grading-and-deductions.md": "docs/farmers/charity-depot-grading-schedule.md",
    "docs/notices/mill-shift-rota-spring-crop-2029.txt": "docs/notices/anna-regina-mill-rota.txt",
}
LATIN1_FILES = {"docs/notices/guaiba-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "at")
