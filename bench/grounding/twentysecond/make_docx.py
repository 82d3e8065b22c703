#!/usr/bin/env python3
"""Build docs/procedures/boil-water-notice-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedures", "boil-water-notice-procedure.docx")
STAMP = (2027, 2, 15, 0, 0, 0)

BODY = [
    para("Boil Water Notice Procedure", "Heading1"),
    para("Te Awa Wai Limited \u00b7 Water Quality \u00b7 Procedure WQ-02 \u00b7 Version 5.0"),
    para("This version takes effect on 1 March 2027 and replaces version 4.1 (August 2024). It applies to every "
         "drinking water supply Te Awa Wai operates, from Pūrere and Levin to the smallest rural scheme. It is owned "
         "by the Water Quality Manager and approved by the Chief Executive."),
    para("1. When a notice is considered", "Heading2"),
    para("A boil water notice is considered when E. coli is found in any sample of treated water or water from the "
         "network; when free available chlorine (FAC) in the network stays below 0.2 mg/L for more than 30 minutes; "
         "when turbidity of water leaving a plant stays above 1 NTU for more than 15 minutes; or when a main break, "
         "loss of pressure or backflow may have let contaminated water into the network."),
    para("2. Deciding", "Heading2"),
    para("The Water Quality Manager, or the Water Quality on-call after hours, decides within 1 hour of confirmation "
         "of the result, after talking with the Medical Officer of Health. The GM Operations becomes Incident "
         "Controller. Water Quality notifies Taumata Arowai the same day."),
    para("3. Telling people", "Heading2"),
    para("Targets run from the time of the decision."),
    table([
        ["Step", "Who", "Target"],
        ["Te Awa Wai Alerts text message and e-mail to registered customers", "Communications Lead", "within 1 hour"],
        ["Councils and Civil Defence told", "Communications Lead", "within 1 hour"],
        ["Dialysis and medically dependent customers phoned", "Customer Contact Centre", "within 2 hours"],
        ["Marae, kōhanga reo, kura, schools, early learning centres and rest homes phoned",
         "Te Pou Tikanga with the Customer Contact Centre", "within 3 hours"],
        ["Door-knock and leaflet in the affected zone", "Network crews", "within 4 hours"],
        ["Water tankers at agreed points", "Operations", "within 6 hours"],
    ]),
    para("4. What customers are told", "Heading2"),
    para("Bring water to a rolling boil for 1 minute and let it cool, or use bottled water, for drinking, brushing "
         "teeth, preparing food, making ice and babies\u2019 formula, and for pets. Water straight from the tap is "
         "still fine for showering and flushing."),
    para("5. Lifting the notice", "Heading2"),
    para("The notice is lifted when at least 3 clear sample sets have been taken on consecutive days, FAC has stayed "
         "at or above 0.2 mg/L throughout, and the cause has been fixed. The Water Quality Manager and the Medical "
         "Officer of Health agree the lifting, and customers are told the same day through every channel the notice "
         "went out on."),
    para("6. After the event", "Heading2"),
    para("A debrief with every team involved, including the iwi and hapū partners Te Pou Tikanga worked with, is "
         "held within 10 working days, and the report goes to Taumata Arowai."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-NZ"),
        core(title="Boil Water Notice Procedure, version 5.0",
             creator="Water Quality Manager", created="2027-02-15"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
