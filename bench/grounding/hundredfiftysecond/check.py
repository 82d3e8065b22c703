#!/usr/bin/env python3
"""Checks the hundred-and-fifty-second grounding corpus (Marawa Ika Company) with the shared checks in ../corpus_check.py.

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
    "docs/marawanet/plant-shifts-and-pay.html": "docs/marawanet/plant-shifts-and-pay-archived.html",
    "docs/handbook/leave.md": "docs/handbook/leave-2028.md",
    "docs/plant/tuna-handling-procedure.docx": "docs/plant/tuna-handling-procedure-v2.md",
    "docs/hr/outer-island-duty-and-travel-policy.pdf": "docs/hr/outer-island-travel-policy-2028.txt",
    "docs/data/buying-prices.csv": "docs/data/station-prices-2030.csv",
    "docs/procedures/boarding-purse-seiners.txt": "docs/procedures/boarding-purse-seiners-rev4.txt",
}
LATIN1_FILES = {"docs/notices/froid-atlantique-visite-2031.txt"}

main(HERE, PAIRS, LATIN1_FILES, "et")
