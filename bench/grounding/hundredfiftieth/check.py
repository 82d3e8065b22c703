#!/usr/bin/env python3
"""Checks the hundred-and-fiftieth grounding corpus (Tamarind Shipping) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-policy.md": "docs/handbook/leave-and-absence.md",
    "docs/decknet/freight-rates.html": "docs/decknet/freight-tariff.html",
    "docs/data/crew-allowances.csv": "docs/notices/subsistence-allowance-memo.txt",
    "docs/ops/ticket-office-guide.md": "docs/ops/ticket-and-baggage-rules.md",
    "docs/ops/cargo-handling-procedure.docx": "docs/ops/cargo-handling-rev4.txt",
    "docs/hr/crew-pay-scale.pdf": "docs/hr/crew-pay-scale-2028.txt",
}
LATIN1_FILES = {"docs/notices/peintures-marines-notice.txt"}

main(HERE, PAIRS, LATIN1_FILES, "er")
