#!/usr/bin/env python3
"""Build docs/quality/aflatoxin-sampling-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "quality", "aflatoxin-sampling-procedure.docx")
STAMP = (2031, 8, 18, 0, 0, 0)

BODY = [
    para("Aflatoxin Sampling and Lot Release Procedure", "Heading1"),
    para("Doküman No: KAL-P-07 \u00b7 Rev. No: 05 \u00b7 Yürürlük tarihi: 01.09.2031 \u00b7 Hazırlayan: Kalite ve "
         "Gıda Güvenliği \u00b7 Onaylayan: Genel Müdür"),
    para("Yeşilkıyı Fındık İşleme A.Ş. \u00b7 Plant, Teyyaredüzü, Giresun"),
    para("1. Purpose and scope", "Heading2"),
    para("Hazelnuts can carry aflatoxins, poisons made by moulds that are strictly limited by law in Türkiye and in "
         "every export market. No lot of kernels or paste leaves the plant before the laboratory has tested it and "
         "Quality has released it in LabTakip. This procedure covers all finished lots: natural kernels, roasted "
         "kernels, diced and flour, and fındık ezmesi (paste) in drums and jars. A lot is at most 10 tonnes of one "
         "product, made on one line in one day from one batch of in-shell hazelnuts."),
    para("2. Sampling a lot", "Heading2"),
    para("Step 1. When the lot is complete, the shift supervisor puts the lot on hold in LabTakip and fixes a red "
         "BLOKE label to every pallet."),
    para("Step 2. The laboratory technician takes 100 incremental samples of about 300 g from all parts of the lot: "
         "top, middle and bottom of the big bags, bags or drums."),
    para("Step 3. The increments are combined into an aggregate sample of 30 kg, which is mixed and ground to a "
         "water slurry in the laboratory mill."),
    para("Step 4. Three test portions are analysed by HPLC. The laboratory enters the result in LabTakip within "
         "24 hours of sampling."),
    para("Step 5. A retention sample of 2 kg is sealed, labelled with the lot number and kept in cold store K3 for "
         "12 months."),
    para("3. Limits", "Heading2"),
    table([
        ["Limit", "Aflatoxin B1", "Total aflatoxins (B1, B2, G1, G2)"],
        ["Legal limit, ready-to-eat kernels and paste", "5,0 µg/kg", "10,0 µg/kg"],
        ["Legal limit, kernels for further processing", "8,0 µg/kg", "15,0 µg/kg"],
        ["Yeşilkıyı internal release limit (all products)", "3,0 µg/kg", "6,0 µg/kg"],
    ]),
    para("4. Decisions", "Heading2"),
    para("Within the internal release limit: Quality releases the lot in LabTakip and the red labels are replaced "
         "with green SERBEST labels. Only then can the lot be loaded."),
    para("Above the internal release limit but within the legal limit: the Kalite ve Gıda Güvenliği Müdürü decides "
         "whether the lot is re-sorted on the laser sorter and sampled again as a new lot, or sold for further "
         "processing to a customer who has agreed to it in writing."),
    para("Above the legal limit: the lot is rejected in LabTakip, moved to the quarantine area of cold store K3 and "
         "never dispatched as food. Quality informs the Genel Müdür the same day."),
    para("5. Export lots", "Heading2"),
    para("Lots for the European Union also need the official pre-export sample taken by the Giresun İl Tarım ve "
         "Orman Müdürlüğü. The Istanbul Sales Office does not book a container until both results are in LabTakip."),
    para("6. Records", "Heading2"),
    para("LabTakip keeps every sampling record, result and release for 3 years. Quality reports each month's "
         "results to the Genel Müdür and the Fabrika Müdürü on the first working day of the next month."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Aflatoxin Sampling and Lot Release Procedure, KAL-P-07 Rev. 05",
             creator="Kalite ve Gıda Güvenliği", created="2031-08-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
