#!/usr/bin/env python3
"""Checks the hundred-and-third grounding corpus (Pirosmező Paprika) with the shared checks in ../corpus_check.py.

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
    "docs/malomnet/potlekok.html": "docs/malomnet/ber-es-potlekok.html",
    "docs/kezikonyv/szabadsag.md": "docs/kezikonyv/szabadsag-es-tavollet.md",
    "docs/hr/kikuldetes-es-utazas.pdf": "docs/hr/kikuldetesi-korlevel.txt",
    "docs/szarito/kampanyrend-2029.docx": "docs/szarito/kampany-2027.md",
    "docs/kezikonyv/betegseg-es-tappenz.md": "docs/kezikonyv/betegseg-bejelentes.md",
    "docs/malomnet/gyal-raktar.html": "docs/telephelyek/gyal-hazirend.txt",
}
LATIN1_FILES = {"docs/kozlemenyek/sterilizalo-szerviz.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cw")
