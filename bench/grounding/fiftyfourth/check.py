#!/usr/bin/env python3
"""Checks the fifty-fourth grounding corpus (Atlas Bleu Conserveries) with the shared checks in ../corpus_check.py.

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
    "docs/atlasnet/pay-and-primes.html": "docs/atlasnet/remuneration.html",
    "docs/handbook/conges.md": "docs/handbook/conges-2027.md",
    "docs/atlasnet/staff-bus.html": "docs/transport/staff-transport-rules.txt",
    "docs/quality/fish-reception-procedure.docx": "docs/quality/fish-reception.md",
    "docs/hr/salary-advances-and-loans.pdf": "docs/hr/avances-et-prets.txt",
    "docs/coldstore/cold-store-procedure.md": "docs/atlasnet/cold-store-rules.html",
}
LATIN1_FILES = {"docs/notices/lefevre-seamer-overhaul.txt"}

main(HERE, PAIRS, LATIN1_FILES, "az")
