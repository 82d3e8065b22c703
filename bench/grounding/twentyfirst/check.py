#!/usr/bin/env python3
"""Checks the twenty-first grounding corpus (Nsoroma Pay) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-and-absence.md": "docs/handbook/leave-policy.md",
    "docs/data/agent-commission-rates.csv": "docs/data/agent-commission-rates-2025.csv",
    "docs/nkabom/agent-float-and-liquidity.html": "docs/nkabom/agent-float-old.html",
    "docs/nkabom/travel-and-per-diem.html": "docs/nkabom/archive/travel-and-per-diem.html",
    "docs/notices/hr-circular-31.txt": "docs/notices/hr-circular-17.txt",
    "docs/policies/customer-complaints-handling.docx": "docs/operations/complaints-procedure.md",
}
LATIN1_FILES = {"docs/notices/sttm-togo-transfers-notice.txt"}

main(HERE, PAIRS, LATIN1_FILES, "b")
