#!/usr/bin/env python3
"""Checks the hundred-and-twenty-ninth grounding corpus (Polyclinique de l'Estuaire) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/primes-et-indemnites.html": "docs/intranet/archives/primes-et-indemnites-2029.html",
    "docs/rh/politique-conges-absences.md": "docs/rh/reglement-conges.md",
    "docs/hygiene/procedure-aes.docx": "docs/hygiene/conduite-a-tenir-aes.txt",
    "docs/procedures/ambulances-transferts.md": "docs/procedures/ambulances-regles.txt",
    "docs/intranet/gardes-astreintes.html": "docs/services/organisation-des-gardes.md",
    "docs/pharmacie/reglement-pharmacie.pdf": "docs/pharmacie/commandes-pharmacie.txt",
}
LATIN1_FILES = {"docs/notes/sterilisation-maintenance-autoclaves.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dw")
