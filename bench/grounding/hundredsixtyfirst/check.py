#!/usr/bin/env python3
"""Checks the hundred-sixty-first grounding corpus (Huisache Health) with the shared checks in ../corpus_check.py.

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
    "docs/huisachenet/pay/differentials.html": "docs/huisachenet/pay/shift-pay-rates.html",
    "docs/handbook/pto-policy.md": "docs/handbook/pto-eib-policy.md",
    "docs/benefits/403b-plan-summary-2033.pdf": "docs/benefits/403b-plan-highlights-2031.txt",
    "docs/huisachenet/facilities/parking-and-garages.html": "docs/archive/parking-and-garages.md",
    "docs/hr/tuition-assistance.md": "docs/hr/education-assistance-guidelines.txt",
    "docs/finance/travel-and-mileage.md": "docs/finance/mileage-rate-memo.txt",
}
LATIN1_FILES = {"docs/notices/scrub-fitting-uniformes-pena.txt"}

main(HERE, PAIRS, LATIN1_FILES, "fc")
