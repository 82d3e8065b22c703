#!/usr/bin/env python3
"""Checks the eighty-ninth grounding corpus (Huileries Dar Zitoun) with the shared checks in ../corpus_check.py.

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
    "docs/darnet/primes-et-heures-sup.html": "docs/darnet/primes-2026-2027.html",
    "docs/rh/conges.md": "docs/rh/conges-2025.md",
    "docs/rh/politique-missions.pdf": "docs/rh/politique-missions-rev3.txt",
    "docs/qualite/procedure-reception-olives.docx": "docs/qualite/reception-olives-2025.md",
    "docs/darnet/cantine-et-navettes.html": "docs/notes/navettes-horaires-2027.txt",
    "docs/qualite/echantillonnage-labo.md": "docs/qualite/echantillonnage-labo-OLD.txt",
}
LATIN1_FILES = {"docs/notes/avis-salvetti-visite-technique.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ci")
