#!/usr/bin/env python3
"""Checks the hundred-and-thirty-first grounding corpus (Conecta Istmo Contact Center) with the shared checks in ../corpus_check.py.

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
    "docs/istmonet/incentivos.html": "docs/istmonet/incentivos-archivo.html",
    "docs/manual/vacaciones-y-permisos.md": "docs/manual/permisos-y-vacaciones-2029.md",
    "docs/operaciones/reglamento-asistencia-y-puntualidad.docx": "docs/operaciones/asistencia-y-puntualidad.md",
    "docs/ti/equipo-y-diademas.md": "docs/ti/reglamento-diademas.txt",
    "docs/datos/transporte-y-viaticos-2032.csv": "docs/rrhh/transporte-nocturno.txt",
    "docs/calidad/politica-calidad-qa-y-coaching.pdf": "docs/calidad/guia-de-monitoreo-qa.md",
}
LATIN1_FILES = {"docs/avisos/telematica-sotavento-marcapro.txt"}

main(HERE, PAIRS, LATIN1_FILES, "dy")
