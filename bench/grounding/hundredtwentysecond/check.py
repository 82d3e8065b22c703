#!/usr/bin/env python3
"""Checks the hundred-and-twenty-second grounding corpus (Vetiver & Essences du Sud) with the shared checks in
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
    "docs/manuel/conges.md": "docs/manuel/conges-2026.md",
    "docs/lakounet/transport-personnel.html": "docs/lakounet/horaires-tap-tap.html",
    "docs/donnees/prix-racines-vetiver.csv": "docs/archives/prix-racines-campagne-2028-2029.txt",
    "docs/distillerie/procedure-chaudieres.docx": "docs/distillerie/procedure-chaudieres-rev2.txt",
    "docs/lakounet/salaires-et-heures-sup.html": "docs/avis/note-heures-supplementaires.txt",
    "docs/lakounet/mango-export-terms-2030.html": "docs/lakounet/mango-export-terms-2029.html",
}
LATIN1_FILES = {"docs/avis/avi-plante-yo-fen-ane-2029.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dp")
