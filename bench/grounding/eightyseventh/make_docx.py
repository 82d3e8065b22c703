#!/usr/bin/env python3
"""Build docs/procedures/laadprotocol-docks.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedures", "laadprotocol-docks.docx")
STAMP = (2037, 2, 23, 0, 0, 0)

BODY = [
    para("Laadprotocol docks", "Heading1"),
    para("Kalkoven Flower Logistics B.V. \u00b7 Dockco\u00f6rdinatie \u00b7 DOC-04 \u00b7 Versie 3.0"),
    para("Ingangsdatum 02-03-2037. This protocol is for everybody who loads koelwagens at docks 1\u201318 "
         "(Hal Aalsmeer-Oost) and docks 20\u201326 (Hal Rijsenhout), including flexwerkers and the chauffeurs of "
         "our carriers. Owner: the dockco\u00f6rdinator, Erik Hoogendoorn (toestel 330)."),
    para("1. Temperaturen en maximale lading", "Heading2"),
    table([
        ["Product", "Laadruimte", "Max. per trailer (13,6 m)", "Max. per kar"],
        ["Snijbloemen", "2\u20136 \u00b0C (set at 4 \u00b0C)", "42 karren", "300 kg, 2,10 m high"],
        ["Boeketten (Boeketatelier)", "2\u20136 \u00b0C (set at 4 \u00b0C)", "42 karren", "300 kg, 2,10 m high"],
        ["Potplanten", "12\u201315 \u00b0C", "38 karren", "250 kg, 2,10 m high"],
    ]),
    para("Never load snijbloemen and potplanten in one trailer, unless the dockco\u00f6rdinator has approved a "
         "tussenschot (partition) and two temperature zones."),
    para("2. Before loading", "Heading2"),
    para("Stap 1. Check that the dock light is red and that the chauffeur has put the wielkeg under the trailer. "
         "Switch on the dockvergrendeling."),
    para("Stap 2. The trailer must be pre-cooled for at least 30 minutes. Read the temperature display and "
         "photograph it with your handscanner in TrolleyTrack > Laden > Foto temperatuur."),
    para("Stap 3. A trailer for snijbloemen that is warmer than 8 \u00b0C, or a trailer for potplanten that is "
         "colder than 10 \u00b0C: do not load, and call the dockco\u00f6rdinator."),
    para("3. Loading", "Heading2"),
    para("Stap 4. Scan every kar in TrolleyTrack when it goes into the trailer. Load the heaviest karren first, at "
         "the front."),
    para("Stap 5. Two karren per rij. Secure every rij with 2 spanbanden per rij, and put a laadbalk after every "
         "4 rijen."),
    para("Stap 6. The koelcel dock door is open at most 20 minutes per trailer. Loading takes longer? Close the "
         "door and open it again when the next karren are ready."),
    para("4. After loading", "Heading2"),
    para("Stap 7. Check the number of karren in TrolleyTrack against the CMR. Write the seal number on the CMR; "
         "the chauffeur signs on the scanner."),
    para("Stap 8. Switch the dock light to green only when the trailer doors are closed and sealed."),
    para("5. Versiebeheer", "Heading2"),
    table([
        ["Versie", "Datum", "Wijzigingen"],
        ["1.0", "01-04-2029", "Eerste versie."],
        ["2.0", "01-02-2034", "Potplanten added; temperature on the paper laadlijst."],
        ["3.0", "02-03-2037", "Max. 42 karren snijbloemen; boeketten as a separate product; 2 spanbanden per rij; "
                              "photo of the temperature in TrolleyTrack; dock door at most 20 minutes."],
    ]),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="nl-NL"),
        core(title="Laadprotocol docks, versie 3.0",
             creator="Dockcoordinatie Kalkoven", created="2037-02-23"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
