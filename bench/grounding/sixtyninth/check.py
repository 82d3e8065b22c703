#!/usr/bin/env python3
"""Checks the sixty-ninth grounding corpus (Bodega Cordón del Plata) with the shared checks in ../corpus_check.py.

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
    "docs/vinared/harvest-pay.html": "docs/vinared/harvest-pay-2035.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2033.md",
    "docs/data/allowances-2036.csv": "docs/hr/viaticos-2034.txt",
    "docs/fincas/agrochemical-application.docx": "docs/fincas/spraying-rules-rev4.md",
    "docs/hr/advances-and-loans.pdf": "docs/hr/anticipos-policy.txt",
    "docs/vinared/tasting-centre.html": "docs/tourism/tasting-centre-staff-rules.txt",
}
LATIN1_FILES = {"docs/notices/art-accident-reporting.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bo")
