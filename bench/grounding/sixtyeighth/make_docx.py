#!/usr/bin/env python3
"""Build docs/dry-mill/warehouse-and-export-prep.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "dry-mill", "warehouse-and-export-prep.docx")
STAMP = (2035, 9, 22, 0, 0, 0)

BODY = [
    para("Warehouse and Export Preparation Procedure", "Heading1"),
    para("Sidama Highland Coffee PLC \u00b7 Hawassa dry mill \u00b7 DM-04 \u00b7 Version 3"),
    para("Effective 1 October 2035 (Meskerem 20, 2028 E.C.). This procedure covers parchment and green coffee at "
         "the Hawassa dry mill, from the day the trucks arrive from the washing stations until the export "
         "containers leave for Djibouti. The owner is the Dry Mill Manager, Ato Abebe Worku (ext 301)."),
    para("1. Receiving parchment", "Heading2"),
    para("Step 1. Check the truck's delivery note against the CherryLog lot numbers on the bags."),
    para("Step 2. Weigh every bag on the platform scale and record the weight in CherryLog > Dry mill intake."),
    para("Step 3. Measure the moisture of five bags per lot with the moisture meter. Parchment is accepted at "
         "10.5% to 11.5%. Parchment above 12.0% is rejected and goes back to the drying yard."),
    para("Step 4. Put the lot on its own pallets with its printed lot card."),
    para("2. Storing", "Heading2"),
    table([
        ["Item", "Rule", "Checked by"],
        ["Stack height", "At most 20 bags", "Warehouse clerk"],
        ["Pallets", "At least 15 cm off the floor", "Warehouse clerk"],
        ["Distance from walls", "At least 50 cm", "Warehouse clerk"],
        ["Relative humidity", "Below 60%", "Shift leader"],
        ["Temperature and humidity check", "3 times a day, at 06:00, 12:00 and 18:00", "Shift leader"],
    ]),
    para("Every green coffee lot for export goes into GrainPro bags inside the jute. No fuel, fertiliser, spices "
         "or chemicals are kept in the coffee warehouse. Pest traps are checked every week by the contractor and "
         "the record is kept with the stock cards."),
    para("3. Export preparation", "Heading2"),
    para("Export bags are 60 kg jute bags printed with the ICO mark, the lot number and the buyer's mark. Before "
         "loading, the container is checked: dry, clean, no smell, no holes, door seals whole. Line it with kraft "
         "paper and put 2 desiccant strips on each side wall. Take photos of the empty container, the half-loaded "
         "container and the sealed doors and upload them to CherryLog."),
    para("A pre-shipment sample of 300 g from every lot goes to the quality lab in Addis Ababa. The lot is "
         "released only after the Head of Quality has cupped it and signed the release in CherryLog."),
    para("4. Records", "Heading2"),
    para("CherryLog holds the intake, moisture readings, stock cards and releases. The warehouse clerk checks the "
         "stock count every week and the Dry Mill Manager every month. Records are kept for 5 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Warehouse and Export Preparation Procedure, version 3",
             creator="Dry Mill Manager", created="2035-09-22"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
