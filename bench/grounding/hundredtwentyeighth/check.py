#!/usr/bin/env python3
"""Checks the hundred-and-twenty-eighth grounding corpus (Camaronera Estero Real) with the shared checks in ../corpus_check.py.

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
    "docs/esteronet/salarios-y-bonos.html": "docs/esteronet/salarios-y-bonos-2030.html",
    "docs/manual/vacaciones-y-permisos.md": "docs/manual/permisos-y-vacaciones.md",
    "docs/datos/viaticos-y-reembolsos-2031-32.csv": "docs/rrhh/circular-viaticos.txt",
    "docs/granja/bioseguridad-estanques.md": "docs/granja/normas-ingreso-estanques.txt",
    "docs/planta/seguridad-amoniaco-y-camaras.docx": "docs/planta/procedimiento-camaras-frio.md",
    "docs/rrhh/adelantos-y-prestamos.pdf": "docs/rrhh/politica-prestamos-personal.txt",
}
LATIN1_FILES = {"docs/avisos/aviso-planillas-febrero-2032.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dv")
