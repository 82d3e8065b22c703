#!/usr/bin/env python3
"""Checks the hundred-fifty-eighth grounding corpus (Kouris Valley Dairies) with the shared checks in
../corpus_check.py.

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
    "docs/kourisnet/shift-allowances.html": "docs/kourisnet/shift-allowances-2029.html",
    "docs/hr/politiki-adeion.md": "docs/hr/politiki-adeion-2029.md",
    "docs/notices/staff-transport-timetable.txt": "docs/notices/staff-transport-timetable-summer.txt",
    "docs/quality/halloumi-pdo-rules.docx": "docs/quality/halloumi-pdo-production-rules.md",
    "docs/hr/adeia-astheneias.md": "docs/hr/diadikasia-astheneias.txt",
    "docs/kourisnet/tilefonikos-katalogos.html": "docs/hr/esoterika-tilefona.txt",
}
LATIN1_FILES = {"docs/notices/lettera-ferrandi-manutenzione.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ez")
