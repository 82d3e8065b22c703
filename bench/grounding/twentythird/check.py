#!/usr/bin/env python3
"""Checks the twenty-third grounding corpus (Cartrefi Cwm Tawe) with the shared checks in ../corpus_check.py.

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
    "docs/y-porth/expenses-and-mileage.html": "docs/y-porth/expenses-and-mileage_old.html",
    "docs/y-porth/lone-working.html": "docs/health-and-safety/lone-working-procedure.txt",
    "docs/handbook/sickness-absence.md": "docs/handbook/reporting-sickness.txt",
    "docs/handbook/hybrid-and-flexible-working-policy.md": "docs/handbook/flexible-working-policy.md",
    "docs/handbook/annual-leave-and-bank-holidays.md": "docs/handbook/gwyliau-blynyddol.md",
    "docs/data/standby-and-callout-rates.csv": "docs/data/oncall-rates.csv",
}
LATIN1_FILES = {"docs/notices/fire-safety-contractor-notice.txt"}

main(HERE, PAIRS, LATIN1_FILES, "h")
