#!/usr/bin/env python3
"""Checks the fifty-eighth grounding corpus (Montado Vivo Cortiças) with the shared checks in ../corpus_check.py.

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
    "docs/sobreiro/pay-and-allowances.html": "docs/sobreiro/pay-and-allowances-archive.html",
    "docs/handbook/holidays-and-leave.md": "docs/handbook/holidays-and-leave-2029.md",
    "docs/data/harvest-campaign-rates-2031.csv": "docs/harvest/campaign-pay-2030.md",
    "docs/plant/cozedura-procedure.docx": "docs/procedures/cozedura-procedure-rev-c.txt",
    "docs/finance/travel-and-expenses-policy.pdf": "docs/finance/expenses-rules-old.txt",
    "docs/plant/yard-traffic-rules.md": "docs/procedures/yard-rules.txt",
}
LATIN1_FILES = {"docs/notices/sao-bras-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bd")
