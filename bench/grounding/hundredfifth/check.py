#!/usr/bin/env python3
"""Checks the hundred-and-fifth grounding corpus (Yadanar Moe) with the shared checks in ../corpus_check.py.

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
    "docs/yadanarnet/staff-bus.html": "docs/yadanarnet/archive/staff-bus-2027.html",
    "docs/hr/leave-rules.md": "docs/hr/leave-rules-v4.md",
    "docs/yadanarnet/wages-and-overtime.html": "docs/notices/wage-and-ot-notice.txt",
    "docs/factory/factory-rules-edition-4.pdf": "docs/factory/factory-rules.txt",
    "docs/data/allowances-fy2028-29.csv": "docs/hr/travel-allowances.md",
    "docs/tea/fresh-leaf-buying-procedure-2029.docx": "docs/tea/leaf-buying-procedure.txt",
}
LATIN1_FILES = {"docs/notices/berthier-audit-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cy")
