#!/usr/bin/env python3
"""Checks the ninety-fourth grounding corpus (Vrátna Automotive Components) with the shared checks in ../corpus_check.py.

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
    "docs/portal/priplatky.html": "docs/portal/priplatky-2028.html",
    "docs/handbook/dovolenka.md": "docs/handbook/dovolenka-pravidla.md",
    "docs/data/cestovne-nahrady-2029.csv": "docs/finance/cestovne-nahrady-2027.txt",
    "docs/production/vymena-formy-loto.docx": "docs/production/vymena-formy-postup.txt",
    "docs/hr/socialny-fond-sf01.pdf": "docs/hr/socialny-fond-zasady.txt",
    "docs/handbook/pracovny-cas.md": "docs/handbook/pracovny-cas-archiv.md",
}
LATIN1_FILES = {"docs/notices/aichinger-servis-2029.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cn")
