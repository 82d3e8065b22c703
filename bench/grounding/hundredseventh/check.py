#!/usr/bin/env python3
"""Checks the hundred-and-seventh grounding corpus (Hojarasca Tabacos & Cacao) with the shared checks in ../corpus_check.py.

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
    "docs/hojanet/nomina-y-horas-extras.html": "docs/hojanet/pago-horas-extras.html",
    "docs/manual/vacaciones-y-licencias.md": "docs/manual/vacaciones-y-licencias-2025.md",
    "docs/data/tarifas-destajo-2028.csv": "docs/fabrica/tarifas-destajo.md",
    "docs/fincas/fermentacion-y-secado-cacao.docx": "docs/fincas/procedimiento-fermentacion.md",
    "docs/gestion-humana/politica-prestamos-y-avances.pdf": "docs/gestion-humana/prestamos-y-avances.txt",
    "docs/fabrica/transporte-de-personal.txt": "docs/archivo/transporte-de-personal.txt",
}
LATIN1_FILES = {"docs/avisos/aviso-fumigacion-almacen.txt"}

main(HERE, PAIRS, LATIN1_FILES, "da")
