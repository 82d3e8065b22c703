#!/usr/bin/env python3
"""Build docs/vault/parcel-custody-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "vault", "parcel-custody-procedure.docx")
STAMP = (2028, 1, 18, 0, 0, 0)

BODY = [
    para("Vault and Parcel Custody Procedure", "Heading1"),
    para("Motswedi Diamond Services (Pty) Ltd \u00b7 Vault \u00b7 VLT-01 \u00b7 Version 3"),
    para("Effective 1 February 2028. This procedure applies to everyone who holds, moves, counts or guards a "
         "parcel of diamonds at the Gaborone Sorting House or the Jwaneng Sorting Centre: vault controllers, "
         "sorters, valuers, shipping clerks and security officers. The owner is the Vault Manager (ext 2601)."),
    para("1. Where parcels are kept", "Heading2"),
    table([
        ["Place", "Site", "Holds", "Opened by", "Hours"],
        ["Vault", "Gaborone", "Sales parcels, valuation parcels and export boxes", "Two vault controllers",
         "06:30 to 18:30, Monday to Friday"],
        ["Strongroom", "Jwaneng", "Production parcels and sized parcels", "The Shift Manager and a vault controller",
         "24 hours"],
        ["Valuation room safe", "Gaborone", "Parcels under valuation", "The Chief Valuer and a vault controller",
         "07:00 to 16:00, day use only"],
        ["Day safes in the sorting halls", "Gaborone", "Open trays during breaks",
         "The shift supervisor and the sorter", "During sorting shifts"],
    ], width=1800),
    para("Nothing stays in a day safe or the valuation room safe overnight: everything is back in the vault by "
         "16:30."),
    para("2. Dual control", "Heading2"),
    para("Nobody is ever alone with an open parcel, in the vault or anywhere else. Each vault controller holds one "
         "half of the vault combination and one of its two keys; the vault cannot be opened by one person."),
    para("3. Moving a parcel", "Heading2"),
    para("Step 1. The sender enters the transfer in ParcelTrack, with the parcel number and its weight."),
    para("Step 2. The receiver weighs it in front of the sender on a checked balance."),
    para("Step 3. The receiver confirms the transfer in ParcelTrack within 15 minutes. Until then the parcel is "
         "still the sender's responsibility."),
    para("Step 4. If the two weights differ by more than 0.01 ct, both people stay where they are, the room is "
         "locked down, and the receiver calls Security Control (ext 3300) and the Vault Manager. Nobody leaves the "
         "room until Security Control releases it."),
    para("4. Counts", "Heading2"),
    para("Every day ParcelTrack chooses 10 parcels for a spot count, done by a vault controller and a Finance "
         "officer. A full count of the vault is done every Friday from 15:00. Half-year counts are held in June "
         "and December, observed by the clients' representatives and the external auditors."),
    para("5. Keys and combinations", "Heading2"),
    para("Combinations are changed every 90 days and on the day a vault controller leaves the company or the "
         "vault team. Keys are kept in the key safe and never leave the building. A lost or missing key is "
         "reported to Security Control within 15 minutes."),
    para("6. CCTV and records", "Heading2"),
    para("CCTV footage of the vault, the strongroom and the valuation room is kept for 180 days. ParcelTrack "
         "records are kept for 7 years."),
    para("7. Training", "Heading2"),
    para("Everyone named in this procedure is trained on it before starting and once a year after that, and "
         "signs the training record."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-BW"),
        core(title="Vault and Parcel Custody Procedure, version 3",
             creator="Vault Manager", created="2028-01-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
