#!/usr/bin/env python3
"""Checks the thirty-fourth grounding corpus (Cascadura Marine) with the shared checks in ../corpus_check.py.

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
    "docs/jetty/crew-allowances.html": "docs/jetty/crew-allowances-2025.html",
    "docs/hr/leave-policy.md": "docs/hr/leave-policy-2024.md",
    "docs/hse/permit-to-work-procedure.docx": "docs/hse/permit-to-work-v3.md",
    "docs/hse/drug-and-alcohol-policy.pdf": "docs/hse/drug-alcohol-policy.txt",
    "docs/data/claims-and-allowances-2027-28.csv": "docs/hr/meal-and-travel-allowances.txt",
    "docs/marine/hours-of-work-and-rest.md": "docs/marine/crew-rest-hours.md",
}
LATIN1_FILES = {"docs/vendor/stromsvik-service-bulletin-sb-27-09.txt"}

main(HERE, PAIRS, LATIN1_FILES, "af")
