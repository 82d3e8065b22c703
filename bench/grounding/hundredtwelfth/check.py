#!/usr/bin/env python3
"""Checks the hundred-and-twelfth grounding corpus (Exportadora Cardamaca) with the shared checks in ../corpus_check.py.

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
    "docs/vainanet/salarios-y-horas-extra.html": "docs/vainanet/horas-extra-y-turnos.html",
    "docs/politicas/viaticos.md": "docs/politicas/gastos-de-viaje.md",
    "docs/manual/vacaciones-y-permisos.md": "docs/archivo/vacaciones-y-permisos.txt",
    "docs/datos/tarifas-corte-2028-29.csv": "docs/fincas/aviso-tarifas-corte.txt",
    "docs/planta/procedimiento-secado-clasificacion.docx": "docs/planta/secado-cardamomo.md",
    "docs/operaciones/transporte-y-vehiculos.pdf": "docs/operaciones/transporte-personal.txt",
}
LATIN1_FILES = {"docs/avisos/feria-coban-2029.txt"}

main(HERE, PAIRS, LATIN1_FILES, "df")
