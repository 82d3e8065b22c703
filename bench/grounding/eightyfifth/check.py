#!/usr/bin/env python3
"""Checks the eighty-fifth grounding corpus (Caseificio Sociale Quattro Pioppe) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/mensa-e-buoni-pasto.html": "docs/intranet/mensa.html",
    "docs/regolamento/ferie-e-permessi.md": "docs/archivio/ferie-e-permessi.md",
    "docs/dati/indennita-e-rimborsi-2037.csv": "docs/personale/tabella-indennita.txt",
    "docs/procedure/procedura-salamoia.docx": "docs/procedure/salamoia-istruzione-operativa.md",
    "docs/spaccio/regolamento-spaccio.md": "docs/avvisi/circolare-spaccio.txt",
    "docs/produzione/reparto-produzione.md": "docs/produzione/ricevimento-latte-2035.txt",
}
LATIN1_FILES = {"docs/avvisi/manutenzione-caldaie.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ce")
