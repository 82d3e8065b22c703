#!/usr/bin/env python3
"""Checks the eighty-seventh grounding corpus (Kalkoven Flower Logistics) with the shared checks in ../corpus_check.py.

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
    "docs/knet/toeslagen.html": "docs/knet/toeslagen-v2035.html",
    "docs/handboek/verlof-en-vakantie.md": "docs/archief/verlofregeling-2034.md",
    "docs/handboek/verzuimprotocol.md": "docs/hr/ziekmelden-instructie.txt",
    "docs/data/vergoedingen-2037.csv": "docs/data/vergoedingen-tabel.csv",
    "docs/procedures/laadprotocol-docks.docx": "docs/procedures/laadinstructie-docks.txt",
    "docs/hr/flexwerkersgids-2037.pdf": "docs/hr/flexwerkers-info.txt",
}
LATIN1_FILES = {"docs/mededelingen/fjordvogn-huurtarief-2037.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cg")
