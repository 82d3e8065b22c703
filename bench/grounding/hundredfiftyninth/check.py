#!/usr/bin/env python3
"""Checks the hundred-fifty-ninth grounding corpus (Sana Frut) with the shared checks in ../corpus_check.py.

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
    "docs/prirucnik/godisnji-odmor.md": "docs/prirucnik/godisnji-odmor-2029.md",
    "docs/podaci/naknade-2031.csv": "docs/hr/odluka-o-naknadama-2029.txt",
    "docs/sananet/prevoz/autobusi.html": "docs/sananet/prevoz/autobusi-2030-arhiva.html",
    "docs/haccp/uputstvo-hladnjace-iqf-tunel.docx": "docs/haccp/hladnjace-uputstvo.md",
    "docs/hr/pravilnik-o-sezonskom-radu-2031.pdf": "docs/hr/pravilnik-sezonski-rad.txt",
    "docs/prirucnik/radno-vrijeme-i-prekovremeni.md": "docs/hr/uputstvo-prekovremeni-rad.txt",
}
LATIN1_FILES = {"docs/obavjestenja/frostek-servis-iqf-tunela.txt"}

main(HERE, PAIRS, LATIN1_FILES, "fa")
