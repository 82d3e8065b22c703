#!/usr/bin/env python3
"""Checks the hundred-and-fourth grounding corpus (Confecciones Merendón) with the shared checks in ../corpus_check.py.

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
    "docs/mernet/bono-produccion.html": "docs/mernet/archivo/bono-produccion-2027.html",
    "docs/manual/vacaciones-y-permisos.md": "docs/manual/politica-de-ausencias.md",
    "docs/data/tabla-viaticos-y-subsidios.csv": "docs/rrhh/circular-viaticos.txt",
    "docs/rrhh/politica-prestamos-y-anticipos.pdf": "docs/rrhh/prestamos-y-anticipos-v3.txt",
    "docs/corte/procedimiento-seguridad-corte.docx": "docs/corte/seguridad-sala-de-corte.md",
    "docs/mernet/horas-extras.html": "docs/rrhh/horas-extras-y-turnos-2027.txt",
}
LATIN1_FILES = {"docs/avisos/comedor-menu-julio-2029.txt"}

main(HERE, PAIRS, LATIN1_FILES, "cx")
