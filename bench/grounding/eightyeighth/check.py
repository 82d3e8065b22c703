#!/usr/bin/env python3
"""Checks the eighty-eighth grounding corpus (Pampa Qhana Superfoods) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/pay-and-bonuses.html": "docs/intranet/bonus-scheme.html",
    "docs/handbook/leave-and-permisos.md": "docs/handbook/leave-rules.md",
    "docs/data/viaticos-and-allowances-2029.csv": "docs/finance/archivo/circular-viaticos-2027.txt",
    "docs/quality/lot-release-procedure.docx": "docs/quality/lot-release-procedure-rev3.md",
    "docs/fleet/fleet-and-driver-rules.pdf": "docs/fleet/driver-rules.txt",
    "docs/acopio/acopio-manual-2028-2029.md": "docs/acopio/acopio-manual-2027-2028.md",
}
LATIN1_FILES = {"docs/notices/nawpa-visita-tecnica.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ch")
