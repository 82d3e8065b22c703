#!/usr/bin/env python3
"""Checks the hundred-twenty-seventh grounding corpus (Stann Creek Citrus Growers & Processors) with the shared
checks in ../corpus_check.py.

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
    "docs/citrusnet/pay-rates.html": "docs/citrusnet/archive/pay-rates-2029-30.html",
    "docs/handbook/leave-policy.md": "docs/handbook/annual-and-sick-leave.md",
    "docs/housing/seasonal-housing-rules.md": "docs/housing/valley-camp-rules.txt",
    "docs/growers/grower-delivery-rules-2031-32.pdf": "docs/growers/grower-delivery-rules-rev4.md",
    "docs/plant/plant-safety-procedure.docx": "docs/plant/boiler-house-procedure.txt",
    "docs/data/allowances-and-claims-2031.csv": "docs/hr/allowances-circular.txt",
}
LATIN1_FILES = {"docs/notices/aviso-trabajadores-temporada.txt"}

main(HERE, PAIRS, LATIN1_FILES, "du")
