#!/usr/bin/env python3
"""Checks the hundred-and-twenty-third grounding corpus (Syarikat Lambak Marine Services) with the shared checks in
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
    "docs/lambaknet/elaun-offshore.html": "docs/lambaknet/arkib/elaun-offshore-2027.html",
    "docs/handbook/cuti.md": "docs/handbook/cuti-2026.md",
    "docs/data/kadar-tuntutan-2029.csv": "docs/hr/kadar-tuntutan-2026.txt",
    "docs/handbook/waktu-kerja-dan-ot.md": "docs/hr/pekeliling-hr-2-2026.txt",
    "docs/crew/crew-change-procedure.docx": "docs/crew/crew-change-procedure-rev3.md",
    "docs/hr/faedah-perubatan.pdf": "docs/hr/faedah-perubatan-lama.txt",
}
LATIN1_FILES = {"docs/notices/notis-davit-vestfjord.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dq")
