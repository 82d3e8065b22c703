#!/usr/bin/env python3
"""Checks the seventy-ninth grounding corpus (Cooperativa Arrocera Quebracho del Este) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/jornales-y-adicionales.html": "docs/intranet/jornales-primer-semestre.html",
    "docs/manual/licencias.md": "docs/rrhh/politica-licencias.md",
    "docs/datos/viaticos-2036-37.csv": "docs/rrhh/viaticos-y-gastos.txt",
    "docs/acopio/recepcion-y-secado-paddy.docx": "docs/acopio/recepcion-paddy-2034.md",
    "docs/planta/parboiling-procedure.md": "docs/planta/normas-planta-parboil.txt",
    "docs/rrhh/presentismo-y-premios.pdf": "docs/archivo/premio-presentismo.txt",
}
LATIN1_FILES = {"docs/avisos/servicio-secadoras-nandubay.txt"}

main(HERE, PAIRS, LATIN1_FILES, "by")
