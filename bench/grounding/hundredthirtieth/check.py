#!/usr/bin/env python3
"""Checks the hundred-and-thirtieth grounding corpus (Rokupr Rice Milling Company) with the shared checks in ../corpus_check.py.

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
    "docs/millnet/pay-rates.html": "docs/millnet/pay-rates-archive.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2028.md",
    "docs/farm/outgrower-scheme.md": "docs/farm/outgrower-contract-terms.txt",
    "docs/data/paddy-buying-prices-2032.csv": "docs/depot/paddy-price-circular-03-2031.txt",
    "docs/mill/parboiling-and-boiler-procedure.docx": "docs/mill/parboiling-procedure.md",
    "docs/transport/fleet-and-transport-policy.pdf": "docs/transport/motorbike-and-vehicle-rules.txt",
}
LATIN1_FILES = {"docs/notices/maquinario-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dx")
