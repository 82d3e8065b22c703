#!/usr/bin/env python3
"""Checks the hundred-and-first grounding corpus (Moabi Cacao & Café) with the shared checks in ../corpus_check.py.

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
    "docs/moabinet/heures-sup-port.html": "docs/moabinet/archives/majorations-port.html",
    "docs/handbook/leave-policy.md": "docs/handbook/politique-conges.md",
    "docs/data/frais-de-mission-2028-2029.csv": "docs/hr/frais-mission-2026-2028.txt",
    "docs/stations/procedure-achat-cacao.docx": "docs/stations/achat-cacao-mbalmayo.txt",
    "docs/hr/avances-et-prets.pdf": "docs/hr/avances-et-prets-v2.1.txt",
    "docs/port/warehouse-shift-rules.md": "docs/port/warehouse-rules-notice.md",
}
LATIN1_FILES = {"docs/notices/avis-fumigation-p7.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cu")
