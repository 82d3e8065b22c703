#!/usr/bin/env python3
"""Checks the hundred-and-twentieth grounding corpus (Commewijne Rijst & Logistiek N.V.) with the shared checks in
../corpus_check.py.

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
    "docs/intranet/loon-en-toeslagen.html": "docs/intranet/archief/loon-en-toeslagen-2027.html",
    "docs/handboek/verlofregeling.md": "docs/handboek/verlofregeling-2027.md",
    "docs/data/personeelsbus-routes-2029.csv": "docs/mededelingen/dienstregeling-personeelsbus-2028.txt",
    "docs/rivier/veiligheidsprocedure-rivierdienst.docx": "docs/rivier/instructie-pontonploeg.txt",
    "docs/hr/voorschotten-en-leningen.pdf": "docs/hr/voorschotten-regeling-versie-3.md",
    "docs/molen/ploegendienst-molen.md": "docs/molen/werktijden-molen.md",
}
LATIN1_FILES = {"docs/mededelingen/onderhoud-drogers-secadores-parana.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dn")
