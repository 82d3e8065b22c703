#!/usr/bin/env python3
"""Checks the ninety-second grounding corpus (Umucyo Hills Tea) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/pay-rates.html": "docs/intranet/archive/pay-rates-2027.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2026.md",
    "docs/data/allowances-2029.csv": "docs/hr/allowances-circular-2027.txt",
    "docs/outgrowers/outgrower-payment-policy.pdf": "docs/outgrowers/outgrower-payment-policy-v3.txt",
    "docs/factory/ctc-line-procedure.docx": "docs/factory/withering-and-ctc-rules.md",
    "docs/handbook/working-hours-and-overtime.md": "docs/hr/working-hours-former-rules.txt",
}
LATIN1_FILES = {"docs/notices/avis-delvaux-visite-mai-2029.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cl")
