#!/usr/bin/env python3
"""Checks the sixty-seventh grounding corpus (Echigo Yukimuro Sake Brewery) with the shared checks in ../corpus_check.py.

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
    "docs/kuranet/kurabito-pay.html": "docs/kuranet/kurabito-pay-old.html",
    "docs/handbook/nenkyu-leave.md": "docs/handbook/nenkyu-leave-2033.md",
    "docs/data/allowances-2035-36.csv": "docs/hr/teiki-commuting-rules-2032.txt",
    "docs/kura/koji-room-procedure.docx": "docs/kura/koji-room-rules-revB.md",
    "docs/kuranet/snow-and-winter.html": "docs/notices/winter-travel-guidance.txt",
    "docs/shop/tasting-bar-rules.md": "docs/shop/tasting-bar-guide.md",
}
LATIN1_FILES = {"docs/notices/glycol-chiller-service.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bm")
