#!/usr/bin/env python3
"""Checks the hundred-fifty-first grounding corpus (Hummingbird Valley Citrus) with the shared checks in ../corpus_check.py.

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
    "docs/valleyline/picker-rates.html": "docs/valleyline/picker-rates-previous.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2027.md",
    "docs/plant/lockout-and-machine-safety.docx": "docs/plant/lockout-procedure.md",
    "docs/hr/staff-transport-and-housing-policy.pdf": "docs/hr/staff-transport-and-housing.txt",
    "docs/data/allowances-2030-31.csv": "docs/hr/field-allowances-notice.txt",
    "docs/data/staff-faq.json": "docs/data/staff-faq-2029.json",
}
LATIN1_FILES = {"docs/notices/envases-san-cristobal-entrega.txt"}

main(HERE, PAIRS, LATIN1_FILES, "es")
