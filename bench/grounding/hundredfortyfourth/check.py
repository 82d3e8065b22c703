#!/usr/bin/env python3
"""Checks the hundred-and-forty-fourth grounding corpus (Isard Neu i Muntanya) with the shared checks in ../corpus_check.py.

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
    "docs/isardnet/plusos-i-hores-extra.html": "docs/isardnet/plusos-hores-extra-t2728.html",
    "docs/manual/vacances-i-permisos.md": "docs/manual/vacances-i-permisos-2026.md",
    "docs/dades/dietes-i-desplacaments-2028-29.csv": "docs/rrhh/dietes-i-desplacaments-2026.txt",
    "docs/dades/preguntes-frequents.json": "docs/dades/preguntes-frequents-2027-28.json",
    "docs/remuntadors/procediment-obertura-evacuacio.docx": "docs/remuntadors/evacuacio-remuntadors.md",
    "docs/rrhh/reglament-allotjament-personal.pdf": "docs/rrhh/reglament-allotjament-rev3.txt",
}
LATIN1_FILES = {"docs/avisos/crb-visite-telecabine-isard.txt"}

main(HERE, PAIRS, LATIN1_FILES, "el")
