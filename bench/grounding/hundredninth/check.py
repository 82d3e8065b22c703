#!/usr/bin/env python3
"""Checks the hundred-and-ninth grounding corpus (Vinăria Stejarul Sur) with the shared checks in ../corpus_check.py.

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
    "docs/stejarnet/salarizare.html": "docs/stejarnet/grila-salarizare.html",
    "docs/manual/concedii.md": "docs/manual/arhiva/concedii.md",
    "docs/date/diurna-deplasari-2029.csv": "docs/hr/deplasari-diurna.txt",
    "docs/pivnite/procedura-galerii.docx": "docs/pivnite/reguli-galerii.md",
    "docs/hr/politica-vin-angajati.pdf": "docs/hr/reguli-vin-angajati.txt",
    "docs/podgorie/harvest-rules.md": "docs/podgorie/reguli-recoltare.md",
}
LATIN1_FILES = {"docs/anunturi/tonnellerie-berard-livrare.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dc")
