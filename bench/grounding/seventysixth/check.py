#!/usr/bin/env python3
"""Checks the seventy-sixth grounding corpus (Arneses del Norte) with the shared checks in ../corpus_check.py.

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
    "docs/portal/tiempo-extra.html": "docs/portal/archivo/tiempo-extra-2034.html",
    "docs/rh/vacaciones-y-permisos.md": "docs/rh/vacaciones-y-permisos-2033.md",
    "docs/datos/tabulador-viaticos-2036.csv": "docs/rh/aviso-viaticos-2034.txt",
    "docs/calidad/material-no-conforme.docx": "docs/calidad/cal-pr-012-material-no-conforme.txt",
    "docs/portal/transporte-de-personal.html": "docs/rh/reglas-de-transporte.md",
    "docs/nominas/prestaciones-2036.pdf": "docs/nominas/resumen-de-prestaciones.txt",
}
LATIN1_FILES = {"docs/avisos/kloepfer-visita-de-servicio.txt"}

main(HERE, PAIRS, LATIN1_FILES, "bv")
