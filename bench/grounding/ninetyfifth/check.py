#!/usr/bin/env python3
"""Checks the ninety-fifth grounding corpus (Yerbatera Ñu Porã) with the shared checks in ../corpus_check.py.

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
    "docs/intranet/zafra-2028-tarifas.html": "docs/intranet/zafra-2027-tarifas.html",
    "docs/manual/permisos-y-vacaciones.md": "docs/manual/licencias-y-permisos.md",
    "docs/data/viaticos-y-asignaciones-2028.csv": "docs/finanzas/circular-viaticos-2026.txt",
    "docs/planta/seguridad-secado-y-molienda.docx": "docs/planta/procedimiento-secadero-y-molino.md",
    "docs/calidad/recepcion-hoja-verde.pdf": "docs/calidad/especificacion-hoja-verde.txt",
    "docs/intranet/it-accesos.html": "docs/intranet/it-cuentas-y-claves.html",
}
LATIN1_FILES = {"docs/avisos/aviso-metalurgica-guatambu.txt"}

main(HERE, PAIRS, LATIN1_FILES, "co")
