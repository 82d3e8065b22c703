#!/usr/bin/env python3
"""Checks the seventy-second grounding corpus (Yeşilkıyı Fındık) with the shared checks in ../corpus_check.py.

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
    "docs/portal/vardiya-ve-fazla-mesai.html": "docs/portal/arsiv/vardiya-ve-fazla-mesai-2030.html",
    "docs/handbook/yillik-izin.md": "docs/handbook/yillik-izin-2029.md",
    "docs/data/yan-haklar-ve-harcirah-2031.csv": "docs/hr/yemek-ve-yol-yardimi-2030.txt",
    "docs/quality/aflatoxin-sampling-procedure.docx": "docs/quality/aflatoksin-numune-alma.md",
    "docs/hr/avans-ve-ikramiye-yonetmeligi.pdf": "docs/hr/avans-ve-ikramiye-yonetmeligi.txt",
    "docs/plant/hijyen-kurallari.md": "docs/plant/hijyen-kurallari_old.md",
}
LATIN1_FILES = {"docs/notices/tostatrici-langhe-servis.txt"}

main(HERE, PAIRS, LATIN1_FILES, "br")
