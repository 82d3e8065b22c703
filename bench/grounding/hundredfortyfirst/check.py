#!/usr/bin/env python3
"""Checks the hundred-forty-first grounding corpus (Alzette Fret & Logistique) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/teletravail.html": "docs/hr/teletravail-2027.md",
    "docs/data/frais-deplacement-2030.csv": "docs/data/frais-route-2028.json",
    "docs/lager/gabelstapler-richtlinie.docx": "docs/lager/staplerordnung.txt",
    "docs/hr/voitures-de-service.pdf": "docs/hr/voitures-de-service-rev2.txt",
    "docs/intranet/schichtzulagen.html": "docs/intranet/schichtzulagen-alt.html",
    "docs/handbook/conges-et-absences.md": "docs/hr/absences-maladie.txt",
}
LATIN1_FILES = {"docs/notices/stapler-pruefung-trier.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ei")
