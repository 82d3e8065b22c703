#!/usr/bin/env python3
"""Checks the hundred-and-thirty-seventh grounding corpus (COTOLOG SA) with the shared checks in ../corpus_check.py.

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
    "docs/cotonet/remuneration-saisonniers.html": "docs/cotonet/remuneration-saisonniers-2028.html",
    "docs/manuel/conges-et-absences.md": "docs/manuel/conges-et-absences-2026.md",
    "docs/donnees/primes-campagne-2029-2030.csv": "docs/donnees/bareme-primes-2028-2029.json",
    "docs/usine/securite-egrenage-huilerie.docx": "docs/usine/consignes-securite-usine.txt",
    "docs/rh/avances-et-prets.pdf": "docs/rh/note-2026-012-avances.txt",
    "docs/sarh/guide-centre-achat-sarh.md": "docs/sarh/guide-sarh-ancien.txt",
}
LATIN1_FILES = {"docs/avis/avis-fournisseur-presses.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ee")
