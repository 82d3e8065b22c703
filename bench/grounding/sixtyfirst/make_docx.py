#!/usr/bin/env python3
"""Build docs/calceta/fermentation-drying-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "calceta", "fermentation-drying-procedure.docx")
STAMP = (2032, 2, 10, 0, 0, 0)

BODY = [
    para("Fermentation and Drying of Fine-Aroma Cacao", "Heading1"),
    para("Cacao Manabí Export S.A. \u00b7 Centro Calceta \u00b7 Code FER-02 Rev. 5"),
    para("Effective 15 February 2032. This procedure applies to everyone who receives, ferments, dries or stores "
         "cacao at the Calceta centre, including temporary main crop staff. The owner is the centre manager, "
         "Ing. Luis Alcívar Mera (ext. 310); the capataz of cajones and tendales makes sure it is followed."),
    para("1. Receiving wet cacao", "Heading2"),
    para("Weigh the cacao en baba in BásculaNet and open a lot in TrazaCacao with the farm code. Reject cacao with "
         "more than 3% of black or germinated beans, or that was harvested more than 48 hours ago. Keep Nacional "
         "(fino de aroma) and CCN-51 apart in every step, in separate cajones and on separate tendales."),
    para("2. Fermentation in cajones", "Heading2"),
    table([
        ["Step", "Nacional (fino de aroma)", "CCN-51"],
        ["Fill the cajón", "Same day as receipt; cover with banana leaves and clean sacks",
         "Same day as receipt"],
        ["First turning", "At 48 hours", "At 48 hours"],
        ["Next turnings", "Every 24 hours", "Every 24 hours"],
        ["Total time", "5 to 6 days", "6 to 7 days"],
        ["Target temperature", "45 °C to 50 °C by the third day", "45 °C to 50 °C by the third day"],
    ]),
    para("The capataz measures the temperature of each cajón at 07h00 and 16h00 and records it in TrazaCacao on "
         "the tablet. Night turnings are done by the turning crew between 19h00 and 23h00."),
    para("3. Drying on the tendales", "Heading2"),
    para("Step 1. Spread the fermented beans in a layer no thicker than 5 cm."),
    para("Step 2. Rake every 2 hours, lengthwise and then across."),
    para("Step 3. Cover the beans with the tarpaulins when rain comes and every day at 17h00."),
    para("Step 4. Drying ends at 7% moisture, measured with the moisture meter on three samples of the lot."),
    para("4. Mechanical dryer", "Heading2"),
    para("The dryer is used when the tendales are full or after 2 days of rain. The air temperature is never above "
         "60 °C, and lots dried in the dryer are marked in TrazaCacao."),
    para("5. Bodega", "Heading2"),
    para("Dry cacao goes into new jute sacks of 69 kg, labelled with the lot number from TrazaCacao, and is sent to "
         "the Durán bodega within 10 days. Sacks stand on pallets at least 50 cm from the walls."),
    para("6. Training", "Heading2"),
    para("New cajón operators and tendal helpers are trained by the capataz on their first day and work with an "
         "experienced operator for their first 2 weeks."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-US"),
        core(title="Fermentation and Drying of Fine-Aroma Cacao, FER-02 Rev. 5",
             creator="Centro Calceta", created="2032-02-10"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
