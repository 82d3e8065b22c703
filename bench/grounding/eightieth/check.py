#!/usr/bin/env python3
"""Checks the eightieth grounding corpus (Kvitbrim Laks) with the shared checks in ../corpus_check.py.

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
    "docs/kvitnett/lonn-og-tillegg.html": "docs/kvitnett/skifttillegg.html",
    "docs/personalhandbok/ferie-og-permisjon.md": "docs/personalhandbok/ferie-permisjon.md",
    "docs/data/satser-reise-og-diett-2037.csv": "docs/reise/diett-og-reise-2034.txt",
    "docs/hms/arbeidsbat-og-sjosikkerhet.docx": "docs/hms/arbeidsbat-rutiner.txt",
    "docs/brakker/husreglement-brakkene.pdf": "docs/brakker/husregler.md",
    "docs/personalhandbok/sykefravaer.md": "docs/personalhandbok/egenmelding.md",
}
LATIN1_FILES = {"docs/oppslag/vedlikeholdsstopp-uke-9.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bz")
