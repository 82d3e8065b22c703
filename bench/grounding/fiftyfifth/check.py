#!/usr/bin/env python3
"""Checks the fifty-fifth grounding corpus (Hengill Gróður) with the shared checks in ../corpus_check.py.

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
    "docs/laufid/vans-and-deliveries.html": "docs/laufid/delivery-runs.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-and-sickness.md",
    "docs/laufid/pay-and-premiums.html": "docs/payroll/pay-scale-2029.md",
    "docs/laufid/staff-housing.html": "docs/housing/house-rules-and-rent.txt",
    "docs/procedures/crop-protection-procedure.pdf": "docs/procedures/spraying-and-biocontrol.txt",
    "docs/data/allowances-and-expenses-2030.csv": "docs/payroll/travel-and-meal-allowances.txt",
}
LATIN1_FILES = {"docs/sites/borehole-pump-service-email.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ba")
