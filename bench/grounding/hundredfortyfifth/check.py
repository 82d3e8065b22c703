#!/usr/bin/env python3
"""Checks the hundred-forty-fifth grounding corpus (Zil Lanmer Marine) with the shared checks in ../corpus_check.py.

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
    "docs/zilnet/timetable.html": "docs/zilnet/timetable-southeast-monsoon.html",
    "docs/handbook/leave-policy.md": "docs/handbook/annual-leave-and-holidays.md",
    "docs/data/crew-allowances-2029.csv": "docs/hr/crew-allowances-notice.txt",
    "docs/shipyard/slipway-and-hot-work.docx": "docs/shipyard/slipway-safety.md",
    "docs/hr/overtime-standby-and-night-sailing.pdf": "docs/hr/OLD-overtime-and-standby.txt",
    "docs/kreol/lavans-lo-saler.md": "docs/kreol/regleman-lavans.md",
}
LATIN1_FILES = {"docs/notices/le-goff-engine-overhaul.txt"}

main(HERE, PAIRS, LATIN1_FILES, "em")
