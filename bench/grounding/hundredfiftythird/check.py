#!/usr/bin/env python3
"""Checks the hundred-fifty-third grounding corpus (Mwezi Ylang & Épices) with the shared checks in ../corpus_check.py.

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
    "docs/karibu/grille-salaires.html": "docs/karibu/salaires-primes.html",
    "docs/manuel/conges.md": "docs/manuel/conges-edition-2028.md",
    "docs/donnees/bareme-achat-2031-2032.csv": "docs/achats/bareme-achat-planteurs.txt",
    "docs/distillerie/consignes-distillation.docx": "docs/distillerie/consignes-alambics.md",
    "docs/rh/frais-de-mission.pdf": "docs/rh/note-deplacements-inter-iles.txt",
    "docs/manuel/cueilleuses-saisonnieres.md": "docs/distillerie/cueilleuses-2030.txt",
}
LATIN1_FILES = {"docs/notes/roustan-visite-technique.txt"}

main(HERE, PAIRS, LATIN1_FILES, "eu")
