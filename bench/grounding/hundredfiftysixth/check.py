#!/usr/bin/env python3
"""Checks the hundred-fifty-sixth grounding corpus (Kolpa Les) with the shared checks in ../corpus_check.py.

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
    "docs/kolpanet/place-in-dodatki.html": "docs/kolpanet/place-in-dodatki-2030.html",
    "docs/prirocnik/letni-dopust.md": "docs/prirocnik/letni-dopust-2029.md",
    "docs/podatki/povracila-stroskov-2031.csv": "docs/kadri/okroznica-povracila-stroskov.txt",
    "docs/kocevje/varno-delo-vd-07.docx": "docs/kocevje/vilicarji-in-skladisce.md",
    "docs/certifikati/fsc-pefc-audit-summary-2031.pdf": "docs/certifikati/fsc-pefc-audit-summary-2030.txt",
    "docs/kolpanet/prevoz-in-nastanitev.html": "docs/kadri/vozni-red-avtobusa-2030.txt",
}
LATIN1_FILES = {"docs/obvestila/poelzl-servisni-obisk.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ex")
