#!/usr/bin/env python3
"""Checks the hundred-and-sixteenth grounding corpus (Flores del Funza) with the shared checks in ../corpus_check.py.

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
    "docs/portal/recargos-y-horas-extra.html": "docs/portal/tabla-recargos.html",
    "docs/manual/vacaciones-permisos-y-licencias.md": "docs/manual/vacaciones-permisos-y-licencias-2027.md",
    "docs/datos/rutas-2029.csv": "docs/archivo/rutas-de-transporte.txt",
    "docs/poscosecha/procedimiento-poscosecha-cuarto-frio.docx": "docs/poscosecha/manejo-cuarto-frio-v4.md",
    "docs/datos/dotacion-por-cargo.csv": "docs/comunicados/circular-dotacion-2028.txt",
    "docs/export/cargo-desk-guide.md": "docs/export/cargo-cutoffs-and-documents.md",
}
LATIN1_FILES = {"docs/comunicados/aviso-aplicacion-mipe.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dj")
