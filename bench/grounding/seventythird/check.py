#!/usr/bin/env python3
"""Checks the seventy-third grounding corpus (PT Karaginan Galesong Lestari) with the shared checks in ../corpus_check.py.

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
    "docs/portal/lembur-dan-tunjangan-shift.html": "docs/portal/lembur.html",
    "docs/handbook/cuti-dan-izin.md": "docs/handbook/cuti-dan-izin-2029.md",
    "docs/data/tunjangan-dan-klaim-2033.csv": "docs/hr/uang-makan-dan-transport-2031.txt",
    "docs/plant/alkali-treatment-procedure.docx": "docs/plant/alkali-treatment-sop.md",
    "docs/hr/perjalanan-dinas.pdf": "docs/hr/perjalanan-dinas.txt",
    "docs/portal/mess-karyawan.html": "docs/archive/peraturan-mess-lama.txt",
}
LATIN1_FILES = {"docs/notices/norgaard-servicebesoeg-2033.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bs")
