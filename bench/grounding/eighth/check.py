#!/usr/bin/env python3
"""Checks the eighth grounding corpus (Sagebrook Community Health) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/pto-and-leave.md": "docs/handbook/archive/pto-2024.md",
    "docs/policies/travel-reimbursement-2027.txt": "docs/policies/travel-reimbursement-2025.txt",
    "docs/intranet/on-call-and-callback.html": "docs/notices/on-call-memo-2024.txt",
    "docs/handbook/dress-code.md": "docs/policies/dress-code-rev3.txt",
    "docs/policies/exposure-control-plan.docx": "docs/intranet/archive/needlestick-2022.html",
}
LATIN1_FILES = {"docs/notices/aviso-vacunas-personal.txt"}

main(HERE, PAIRS, LATIN1_FILES, "e")
