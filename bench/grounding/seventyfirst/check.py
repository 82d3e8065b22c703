#!/usr/bin/env python3
"""Checks the seventy-first grounding corpus (Hilandería Misti Alpaca) with the shared checks in ../corpus_check.py.

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
    "docs/mistinet/shifts-and-overtime.html": "docs/mistinet/archivo/shifts-and-overtime-2030.html",
    "docs/handbook/leave-and-permissions.md": "docs/handbook/leave-and-permissions-2029.md",
    "docs/data/allowances-and-per-diem-2032.csv": "docs/hr/memo-movilidad-y-viaticos-2030.txt",
    "docs/quality/fibre-grading-standard.md": "docs/quality/cal-pr-02-vellon-classification.txt",
    "docs/plant/scouring-line-procedure.docx": "docs/plant/scouring-line-rules.md",
    "docs/acopio/aco-01-buying-conditions-2032.pdf": "docs/acopio/aco-01-buying-conditions-2031.txt",
}
LATIN1_FILES = {"docs/notices/goerlich-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bq")
