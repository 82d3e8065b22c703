#!/usr/bin/env python3
"""Build docs/hladnjaca/postupak-prijema-i-zamrzavanja.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "hladnjaca", "postupak-prijema-i-zamrzavanja.docx")
STAMP = (2028, 4, 20, 0, 0, 0)

BODY = [
    para("Prijem, zamrzavanje i skladi\u0161tenje maline", "Heading1"),
    para("Crvena Padina d.o.o. \u00b7 Hladnja\u010da Arilje \u00b7 QP-04 \u00b7 Verzija 3"),
    para("Va\u017ei od 02.05.2028. This procedure applies to everyone who receives, freezes, stores, packs or loads "
         "raspberries and blackberries at the hladnja\u010da, including seasonal workers and contractors. Owner: "
         "Rukovodilac hladnja\u010de (lokal 201); kontrola kvaliteta, lokal 210."),
    para("1. Temperature", "Heading2"),
    table([
        ["Prostor", "Temperatura", "Kontrola"],
        ["Predhla\u0111enje (pre-cooling room)", "+2 \u00b0C do +4 \u00b0C", "Every 2 hours in TermoLog"],
        ["IQF tunel", "\u221235 \u00b0C", "Continuous, in TermoLog"],
        ["Komore 1\u20136", "\u221220 \u00b0C ili hladnije", "Every 4 hours in TermoLog, with an automatic alarm"],
        ["Kamion (reefer)", "\u221220 \u00b0C", "Before loading; photo of the display in TermoLog"],
    ], width=3000),
    para("Fruit leaves the tunnel only when its core is \u221218 \u00b0C or colder. The tunnel operator measures the "
         "core with the probe every hour and records it in TermoLog."),
    para("2. Prijem vo\u0107a / Intake", "Heading2"),
    para("Step 1. Weigh the delivery on the vaga. VagaPro prints the prijemnica with the LOT of the delivery, the "
         "grower, the variety and the time of picking."),
    para("Step 2. The kontrola kvaliteta takes a 1 kg sample from each delivery and sorts it by hand."),
    para("Step 3. Reject the delivery if mould is over 3% of the sample, or if there is any glass, stone, metal or "
         "insect. Mark the prijemnica ODBIJENO and have the grower sign it."),
    para("Step 4. Move accepted fruit into the predhla\u0111enje and cool it to +4 \u00b0C."),
    para("Step 5. Freeze it in the IQF tunnel within 6 hours of picking."),
    para("3. Detektor metala / Metal detector", "Heading2"),
    para("Every carton passes the metal detector. Test the detector every hour with the test pieces Fe 2,0 mm, "
         "non-Fe 2,5 mm and stainless steel 3,0 mm, and record the test in TermoLog. If a test fails, stop the "
         "line, put every carton packed since the last good test on blokada and call the kontrola kvaliteta."),
    para("4. Alarm komore / Chamber alarm", "Heading2"),
    para("TermoLog sends an alarm to the dispe\u010der (lokal 200) and an SMS to the de\u017eurni mehani\u010dar "
         "when a komora is warmer than \u221215 \u00b0C for 30 minutes. The dispe\u010der informs the Rukovodilac "
         "hladnja\u010de. Product in that komora stays on blokada until the kontrola kvaliteta releases it."),
    para("5. Rad u komorama / Working in the chambers", "Heading2"),
    para("Wear the thermal suit, insulated boots, thermal gloves and cap. Work no more than 60 minutes at a time in "
         "a komora, then take a 15-minute break in the topla soba. Nobody works in a komora alone: always two "
         "people. The door release inside each komora is tested at the start of every shift."),
    para("6. Pakovanje i LOT / Packing", "Heading2"),
    para("Cartons of 10 kg (4 \u00d7 2,5 kg PE bags), 80 cartons on a pallet (800 kg net). Each carton label shows "
         "the product, the class, the net weight, the LOT and the best-before date. The LOT is the freezing date, "
         "the tunnel and the shift, for example 280715-T2-II."),
    para("7. Zapisi / Records", "Heading2"),
    para("TermoLog records and prijemnice are kept for 3 years. The kontrola kvaliteta checks them every week and "
         "before every buyer's audit."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="sr-Latn-RS"),
        core(title="Prijem, zamrzavanje i skladi\u0161tenje maline, verzija 3",
             creator="Rukovodilac hladnja\u010de", created="2028-04-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
