#!/usr/bin/env python3
"""Checks the seventy-seventh grounding corpus (Gralha Azul Aves) with the shared checks in ../corpus_check.py.

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
    "docs/handbook/ferias.md": "docs/handbook/ferias-2031.md",
    "docs/data/travel-and-meal-rates-2035.csv": "docs/notices/reembolso-km-refeicao-2032.txt",
    "docs/handbook/banco-de-horas.md": "docs/policies/banco-de-horas.txt",
    "docs/plant/cold-work-procedure.docx": "docs/plant/cold-areas-procedure.md",
    "docs/hr/attendance-and-atestados-policy.pdf": "docs/hr/attendance-policy-2029.txt",
}
LATIN1_FILES = {"docs/notices/skovlund-service-visit.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bw")
