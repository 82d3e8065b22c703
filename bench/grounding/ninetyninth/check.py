#!/usr/bin/env python3
"""Checks the ninety-ninth grounding corpus (Ak Bulut Kiyiz) with the shared checks in ../corpus_check.py.

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
    "docs/portal/komandirovka.html": "docs/portal/archive/komandirovka.html",
    "docs/handbook/otpusk-policy.md": "docs/handbook/leave-rules.md",
    "docs/handbook/bolnichny.md": "docs/hr/sick-pay-procedure.txt",
    "docs/data/piece-rates-2029.csv": "docs/workshop/piece-rates-2027.md",
    "docs/naryn/plant-shift-rules.docx": "docs/naryn/plant-rules.txt",
    "docs/purchasing/wool-buying-2029.pdf": "docs/purchasing/wool-buying-rules.txt",
}
LATIN1_FILES = {"docs/notices/feutres-gevaudan-order.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cs")
