#!/usr/bin/env python3
"""Checks the sixty-sixth grounding corpus (Psiloritis Olive Mills) with the shared checks in ../corpus_check.py.

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
    "docs/elaiodiktyo/pay-rates.html": "docs/elaiodiktyo/pay-rates-2033.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2032.md",
    "docs/data/allowances-2034-35.csv": "docs/hr/epidoma-circular-2031.txt",
    "docs/plant/bottling-hygiene.docx": "docs/plant/bottling-hygiene-rev-b.md",
    "docs/hr/salary-advances-and-dora.pdf": "docs/hr/salary-advances-and-dora-superseded.txt",
    "docs/sites/shop-guide-rethymno.md": "docs/procedures/tasting-room-procedure.txt",
}
LATIN1_FILES = {"docs/notices/decanter-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bl")
