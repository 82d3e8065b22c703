#!/usr/bin/env python3
"""Checks the ninety-sixth grounding corpus (Kalamas Dairy) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-policy.md": "docs/hr/adeies-leave-rules.md",
    "docs/intranet/pay-and-overtime.html": "docs/intranet/archive/pay-and-overtime-2027.html",
    "docs/quality/hygiene-rules.md": "docs/quality/kanones-ygieinis.txt",
    "docs/collection/milk-collection-procedure.docx": "docs/collection/milk-collection-procedure.md",
    "docs/data/allowances-2029.csv": "docs/finance/travel-circular-2027.txt",
    "docs/safety/ppe-and-cold-room-work.pdf": "docs/safety/ppe-cold-store-rules.txt",
}
LATIN1_FILES = {"docs/notices/avviso-manutenzione-pastorizzatore.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cp")
