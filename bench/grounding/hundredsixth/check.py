#!/usr/bin/env python3
"""Checks the hundred-and-sixth grounding corpus (Crvena Padina) with the shared checks in ../corpus_check.py.

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
    "docs/padinanet/zarade-i-dodaci.html": "docs/padinanet/zarade-i-dodaci-2028.html",
    "docs/prirucnik/godisnji-odmor-i-odsustva.md": "docs/prirucnik/godisnji-odmor-i-odsustva-2026.md",
    "docs/podaci/dnevnice-i-putni-troskovi-2029.csv": "docs/finansije/putni-troskovi-uputstvo.txt",
    "docs/hladnjaca/postupak-prijema-i-zamrzavanja.docx": "docs/hladnjaca/prijem-i-zamrzavanje.md",
    "docs/zasadi/pravila-berbe-2029.md": "docs/zasadi/pravila-berbe.txt",
    "docs/prirucnik/pravilnik-o-radnom-vremenu.pdf": "docs/arhiva/radno-vreme-i-smene.txt",
}
LATIN1_FILES = {"docs/obavestenja/audit-beerenkontor-mart-2029.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cz")
