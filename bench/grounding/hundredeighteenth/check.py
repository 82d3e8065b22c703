#!/usr/bin/env python3
"""Checks the hundred-and-eighteenth grounding corpus (Pushcha Timber & Board) with the shared checks in ../corpus_check.py.

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
    "docs/portal/oplata-truda.html": "docs/portal/arhiv/oplata-truda.html",
    "docs/hr/otpuska.md": "docs/hr/polozhenie-ob-otpuskah.md",
    "docs/data/komandirovki-normy-2029.csv": "docs/hr/prikaz-sutochnye.txt",
    "docs/export/export-spec.pdf": "docs/export/export-spec-ed2.txt",
    "docs/plant/iot-14-sklad-smol.docx": "docs/plant/iot-14-sklad-smol.txt",
    "docs/portal/transport.html": "docs/portal/transport-zima-2028-2029.html",
}
LATIN1_FILES = {"docs/notices/hallberger-service-2029.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dl")
