#!/usr/bin/env python3
"""Checks the seventy-fifth grounding corpus (Kldeuli Springs) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/pay-and-premiums.html": "docs/intranet/archive/pay-and-premiums-2033.html",
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-v3.md",
    "docs/data/travel-and-driver-rates-2035.csv": "docs/hr/travel-allowances-2033.txt",
    "docs/quality/spring-sampling-procedure.docx": "docs/quality/sampling-procedure.md",
    "docs/intranet/it-security.html": "docs/it/it-security-rules-OLD.md",
    "docs/fleet/fleet-driver-handbook.pdf": "docs/fleet/fleet-driver-rules-2032.txt",
}
LATIN1_FILES = {"docs/notices/gruenwald-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bu")
