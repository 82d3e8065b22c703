#!/usr/bin/env python3
"""Checks the hundred-and-twenty-fourth grounding corpus (Faso Karicot) with the shared checks in ../corpus_check.py.

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
    "docs/karinet/grille-salaires.html": "docs/karinet/archives/grille-salaires-2029.html",
    "docs/manuel/conges-absences.md": "docs/manuel/regles-conges.md",
    "docs/donnees/indemnites-et-frais-2030-2031.csv": "docs/rh/note-frais-deplacement-2027.txt",
    "docs/karite/procedure-hygiene-qualite-karite.docx": "docs/karite/fabrication-beurre-karite.md",
    "docs/rh/conditions-emploi-saisonniers.pdf": "docs/rh/conditions-saisonniers-rev3.txt",
    "docs/usine/consignes-securite-usine.md": "docs/usine/consignes-usine-ancienne-version.txt",
}
LATIN1_FILES = {"docs/notes/visite-medicale-2031.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dr")
