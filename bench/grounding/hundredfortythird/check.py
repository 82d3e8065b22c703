#!/usr/bin/env python3
"""Checks the hundred-and-forty-third grounding corpus (Kula Gulf Tuna) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2025.md",
    "docs/noronet/pay-rates.html": "docs/noronet/pay-rates-2026.html",
    "docs/data/allowances-and-claims-2028.csv": "docs/data/allowances-2026.json",
    "docs/noronet/staff-transport.html": "docs/notices/staff-bus-2026.txt",
    "docs/fleet/purse-seine-crew-conditions.pdf": "docs/fleet/crew-conditions-rev4.txt",
    "docs/cannery/fish-receiving-and-cold-store.docx": "docs/cannery/fish-receiving-procedure.txt",
}
LATIN1_FILES = {"docs/notices/cravadoras-atlantico-visita.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ek")
