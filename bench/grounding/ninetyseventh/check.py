#!/usr/bin/env python3
"""Checks the ninety-seventh grounding corpus (Rozaliya Damask AD) with the shared checks in ../corpus_check.py.

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
    "docs/rozanet/rozobera-2029.html": "docs/arhiv/rozobera-2025.md",
    "docs/handbook/leave-and-absence.md": "docs/handbook/otpusk-rules.md",
    "docs/data/allowances-2029.csv": "docs/hr/allowances-order-2025.txt",
    "docs/cosmetics/sop-kc-04-hygiene.docx": "docs/cosmetics/hygiene-and-gowning.md",
    "docs/hr/social-programme-2029.pdf": "docs/hr/social-programme-2024.txt",
    "docs/rozanet/komandirovki.html": "docs/rozanet/business-travel-v2.html",
}
LATIN1_FILES = {"docs/notices/audit-berard-2029.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cq")
