#!/usr/bin/env python3
"""Checks the hundred-and-fifty-seventh grounding corpus (Belvidere Spice Co-operative) with the shared checks in
../corpus_check.py.

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
    "docs/handbook/leave-policy.md": "docs/handbook/leave-policy-2029.md",
    "docs/spicenet/staff-transport.html": "docs/transport/staff-bus-timetable-2030.txt",
    "docs/procedures/distillery-safe-operating-procedure.docx": "docs/procedures/distillery-sop-v2.md",
    "docs/data/rates-and-allowances-2031.csv": "docs/hr/meal-and-travel-allowances-circular.txt",
    "docs/spicenet/ppe.html": "docs/spicenet/archive/ppe-cracking-floor.html",
    "docs/members/member-payments-policy-2030-31.pdf": "docs/members/member-payment-rules.md",
}
LATIN1_FILES = {"docs/notices/carta-sacos-orinoco.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ey")
