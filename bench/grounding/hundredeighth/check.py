#!/usr/bin/env python3
"""Checks the hundred-and-eighth grounding corpus (Gjethgur Botanicals) with the shared checks in ../corpus_check.py.

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
    "docs/manual/leave-policy.md": "docs/manual/leave-policy-2026.md",
    "docs/gjethnet/overtime-and-shifts.html": "docs/gjethnet/shifts-and-overtime-info.html",
    "docs/data/dieta-and-travel-rates.csv": "docs/hr/dieta-rates.txt",
    "docs/korce/distillation-procedure.docx": "docs/archive/distillation-procedure.md",
    "docs/hr/salary-advances-and-loans.pdf": "docs/hr/advances-and-loans-policy.txt",
    "docs/tirana/call-centre-handbook.md": "docs/tirana/call-centre-rules.txt",
}
LATIN1_FILES = {"docs/notices/montecolle-audit-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "db")
