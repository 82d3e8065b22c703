#!/usr/bin/env python3
"""Checks the hundred-and-fifty-fourth grounding corpus (Imaq Seafood) with the shared checks in ../corpus_check.py.

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
    "docs/haandbog/ferie-og-fravaer.md": "docs/haandbog/ferie-og-fravaer-2028.md",
    "docs/imaqnet/loen-og-tillaeg.html": "docs/imaqnet/arkiv/loen-og-tillaeg-2029.html",
    "docs/data/tillaeg-og-godtgoerelser-2031.csv": "docs/meddelelser/satser-for-godtgoerelser.txt",
    "docs/nuuk/frysehusinstruks-nuuk.docx": "docs/nuuk/frysehusinstruks.md",
    "docs/trawlere/ombord-paa-trawlerne.md": "docs/trawlere/turnusordning-trawlere.txt",
    "docs/ilulissat/indhandling-vejledning.md": "docs/ilulissat/indhandlingsregler.txt",
}
LATIN1_FILES = {"docs/meddelelser/hafmeyja-servicebesoeg.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ev")
