#!/usr/bin/env python3
"""Checks the fifty-second grounding corpus (Canelo Austral Salmon) with the shared checks in ../corpus_check.py.

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
    "docs/rumbo/bonos-y-horas-extra.html": "docs/rumbo/bonos-centros.html",
    "docs/manual/vacaciones-y-permisos.md": "docs/manual/vacaciones-y-permisos-2026.md",
    "docs/datos/viaticos-y-asignaciones-2030.csv": "docs/rrhh/viaticos-y-colacion.txt",
    "docs/seguridad/estandar-de-buceo.pdf": "docs/seguridad/buceo-centros.txt",
    "docs/operaciones/navegacion-lanchas.md": "docs/operaciones/zarpes-y-lanchas.md",
    "docs/planta/procedimiento-cosecha-wellboat.docx": "docs/planta/cosecha-y-traslado.md",
}
LATIN1_FILES = {"docs/sitios/rol-turnos-chaulinec-mayo-junio-2030.txt"}

main(HERE, PAIRS, LATIN1_FILES, "ax")
