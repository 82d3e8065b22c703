#!/usr/bin/env python3
"""Checks the hundred-and-sixty-fifth grounding corpus (Halyard Lane Studios) with the shared checks in ../corpus_check.py.

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
    "docs/hub/render-farm-on-call.html": "docs/hub/archive/render-farm-on-call.html",
    "docs/handbook/overtime-and-crunch.md": "docs/handbook/overtime-and-crunch-2030.md",
    "docs/handbook/hybrid-work.md": "docs/hr/remote-work-arrangement.txt",
    "docs/benefits/group-rrsp-dpsp-2032.pdf": "docs/benefits/group-rrsp-matching-2030.txt",
    "docs/hub/content-security.html": "docs/production/content-security-standard-v4.md",
    "docs/hub/benefits.html": "docs/benefits/extended-health-summary.md",
}
LATIN1_FILES = {"docs/montreal/avis-fete-nationale-2032.txt"}

main(HERE, PAIRS, LATIN1_FILES, "fg")
