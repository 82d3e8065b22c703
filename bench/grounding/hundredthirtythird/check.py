#!/usr/bin/env python3
"""Checks the hundred-and-thirty-third grounding corpus (Bassa Crown Rubber Company) with the shared checks in ../corpus_check.py.

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
    "docs/crownnet/pay-and-overtime.html": "docs/crownnet/pay-and-overtime-archived.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2027.md",
    "docs/buying/smallholder-buying-rules.md": "docs/buying/latex-buying-rules.txt",
    "docs/lab/drc-and-tsr-testing-procedure.docx": "docs/lab/drc-testing-procedure.md",
    "docs/hr/medical-benefits-policy.pdf": "docs/hr/medical-benefits-policy-old.txt",
    "docs/data/allowances-2030.csv": "docs/hr/rice-transport-allowance-circular.txt",
}
LATIN1_FILES = {"docs/notices/siei-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ea")
