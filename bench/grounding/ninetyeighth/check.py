#!/usr/bin/env python3
"""Checks the ninety-eighth grounding corpus (Guaria Medical) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/tiempo-extra.html": "docs/intranet/archivo/tiempo-extra.html",
    "docs/manual/vacaciones-y-permisos.md": "docs/manual/vacations-and-leave-policy.md",
    "docs/datos/viaticos-y-subsidios-2029.csv": "docs/rrhh/memo-viaticos-transporte.txt",
    "docs/calidad/PRO-CR-011-cleanroom-gowning.docx": "docs/calidad/vestimenta-cuarto-limpio.md",
    "docs/rrhh/HR-PO-07-incapacidades.pdf": "docs/rrhh/incapacidades-guia.txt",
    "docs/transporte/buseta-routes.md": "docs/transporte/buseta-routes-2028.md",
}
LATIN1_FILES = {"docs/avisos/esterica-horario-recepcion.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cr")
