#!/usr/bin/env python3
"""Checks the hundred-fifty-fifth grounding corpus (Laiterie Sannine) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/grille-salaires-2031.html": "docs/intranet/salaires-primes.html",
    "docs/rh/conges.md": "docs/rh/conges-2029.md",
    "docs/donnees/indemnites.csv": "docs/rh/note-transport-repas.txt",
    "docs/rh/avances-et-prets.pdf": "docs/rh/avances-salaire.txt",
    "docs/collecte/procedure-collecte-lait.docx": "docs/collecte/collecte-lait.md",
    "docs/donnees/prix-lait-producteurs.csv": "docs/archives/bareme-lait-old.txt",
}
LATIN1_FILES = {"docs/fournisseurs/thermolait-revision-pasteurisateur.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ew")
