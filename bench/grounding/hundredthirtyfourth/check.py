#!/usr/bin/env python3
"""Checks the hundred-and-thirty-fourth grounding corpus (Hotel Sotavento Varadero) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/estimulacion.html": "docs/intranet/estimulacion-2030.html",
    "docs/rrhh/vacaciones-y-licencias.md": "docs/rrhh/reglamento-vacaciones.md",
    "docs/datos/dietas-y-viaticos-2031.csv": "docs/economia/circular-dietas-viaticos.txt",
    "docs/transporte/reglamento-transporte-obrero.pdf": "docs/transporte/reglamento-transporte-2029.txt",
    "docs/mantenimiento/procedimiento-planta-desalinizadora.docx": "docs/mantenimiento/planta-desalinizadora.md",
    "docs/seguridad/control-de-acceso.md": "docs/seguridad/normas-acceso-personal.txt",
}
LATIN1_FILES = {"docs/avisos/termoclima-visita-enfriadoras.txt"}

main(HERE, PAIRS, LATIN1_FILES, "eb")
