#!/usr/bin/env python3
"""Checks the hundred-and-forty-ninth grounding corpus (Lévrier Marée & Froid) with the shared checks in ../corpus_check.py.

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
    "docs/portail/salaires-et-primes.html": "docs/portail/grille-des-primes.html",
    "docs/manuel/conges.md": "docs/manuel/conges-et-absences.md",
    "docs/donnees/frais-mission-chauffeurs-2030.csv": "docs/flotte/bareme-frais-mission-ancien.txt",
    "docs/qualite/chaine-du-froid.docx": "docs/qualite/procedure-chambres-froides.md",
    "docs/rh/avances-et-prets.pdf": "docs/rh/avances-et-prets-rev2.txt",
    "docs/portail/cantine.html": "docs/services/cantine-horaires-tarifs.md",
}
LATIN1_FILES = {"docs/notes/entretien-ammoniac-cansado.txt"}

main(HERE, PAIRS, LATIN1_FILES, "eq")
