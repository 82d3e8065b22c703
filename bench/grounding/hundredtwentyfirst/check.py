#!/usr/bin/env python3
"""Checks the hundred-and-twenty-first grounding corpus (Zarafshon Dried Fruit & Textiles LLC) with the shared checks
in ../corpus_check.py.

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
    "docs/portal/oplata-truda-fabrika.html": "docs/portal/oplata-truda-fabrika-2028.html",
    "docs/handbook/otpuska.md": "docs/handbook/otpuska-2028.md",
    "docs/data/kompensatsii-2029.csv": "docs/hr/kompensatsii-2028.txt",
    "docs/zavod/okurivanie-i-sushka.docx": "docs/zavod/instruktsiya-okurivanie.md",
    "docs/project/field-allowance-policy.pdf": "docs/project/field-allowance-rules.txt",
    "docs/handbook/komandirovki.md": "docs/arkhiv/polozhenie-komandirovki.txt",
}
LATIN1_FILES = {"docs/notices/hoessler-kuehn-service-2029.txt"}

main(HERE, PAIRS, LATIN1_FILES, "do")
