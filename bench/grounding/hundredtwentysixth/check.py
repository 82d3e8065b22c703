#!/usr/bin/env python3
"""Checks the hundred-twenty-sixth grounding corpus (Manglar Azul Logística) with the shared checks in
../corpus_check.py.

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
    "docs/bitacora/horas-extra-y-recargos.html": "docs/bitacora/archivo/horas-extra-y-recargos-2029.html",
    "docs/manual/vacaciones-y-licencias.md": "docs/manual/licencias-y-vacaciones.md",
    "docs/datos/viaticos-y-reembolsos-2031.csv": "docs/rrhh/viaticos-2029.txt",
    "docs/taller/procedimiento-pti-reefers.docx": "docs/taller/pti-reefers.md",
    "docs/transporte/reglamento-de-conductores.pdf": "docs/transporte/reglamento-conductores-rev3.txt",
    "docs/seguridad/normas-de-seguridad-en-patio.md": "docs/seguridad/seguridad-en-patio.md",
}
LATIN1_FILES = {"docs/avisos/circular-aduanas-ad-2031-03.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dt")
