#!/usr/bin/env python3
"""Checks the eighty-second grounding corpus (Škver Galebica) with the shared checks in ../corpus_check.py.

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
    "docs/galebnet/place-i-dodaci.html": "docs/galebnet/dodaci-na-placu.html",
    "docs/prirucnik/godisnji-odmor.md": "docs/prirucnik/arhiva/godisnji-odmor.md",
    "docs/podaci/naknade-i-putni-troskovi-2037.csv": "docs/kadrovska/upute-putni-nalog.txt",
    "docs/znr/vruci-radovi-i-zatvoreni-prostori.docx": "docs/znr/vruci-radovi-upute.txt",
    "docs/galebnet/marina-ponton.html": "docs/marina/upute-za-ponton.md",
    "docs/smjestaj/pravila-smjestaja-2037.pdf": "docs/smjestaj/smjestaj-cesta-pitanja.json",
}
LATIN1_FILES = {"docs/obavijesti/colorificio-laguna-posjet.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cb")
