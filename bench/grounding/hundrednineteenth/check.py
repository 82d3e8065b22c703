#!/usr/bin/env python3
"""Checks the hundred-and-nineteenth grounding corpus (SOBEZ, Benin) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/primes-et-indemnites.html": "docs/intranet/archives/primes-et-indemnites-2027-2028.html",
    "docs/manuel/conges-et-absences.md": "docs/manuel/conges-et-absences-2026.md",
    "docs/donnees/horaires-cars-de-ramassage.csv": "docs/notes/note-cars-de-ramassage.txt",
    "docs/rh/avances-et-prets-au-personnel.pdf": "docs/rh/avances-et-prets-v2.txt",
    "docs/securite/procedure-securite-decorticage.docx": "docs/securite/consignes-securite-save.md",
    "docs/sites/guide-usine-bohicon.md": "docs/notes/note-horaires-usine.txt",
}
LATIN1_FILES = {"docs/notes/avis-revision-egreneuses.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dm")
