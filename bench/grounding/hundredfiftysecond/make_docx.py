#!/usr/bin/env python3
"""Build docs/plant/tuna-handling-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "plant", "tuna-handling-procedure.docx")
STAMP = (2031, 2, 14, 0, 0, 0)

BODY = [
    para("Tuna Handling and Cold Chain Procedure", "Heading1"),
    para("Marawa Ika Company Limited \u00b7 Betio Plant \u00b7 QA-02 \u00b7 Version 3"),
    para("Effective 1 March 2031. This procedure applies to everyone who receives, thaws, cuts, packs, freezes or "
         "stores fish at the Betio Plant, including casual staff and contractors. The owner is the Quality Manager "
         "(ext 320)."),
    para("1. Temperatures", "Heading2"),
    table([
        ["Area", "Product", "Keep at", "Checked"],
        ["Chill room", "Fresh fish and loins on ice", "0 \u00b0C to 4 \u00b0C", "Every 2 hours in ColdWatch"],
        ["Blast freezers BF1 to BF3", "Loins being frozen", "\u221240 \u00b0C", "Every 2 hours in ColdWatch"],
        ["Cold Store 1", "Frozen loins and whole fish", "\u221225 \u00b0C or colder", "Every 2 hours in ColdWatch"],
        ["Cold Store 2 (ultra-low)", "Sashimi-grade loins for export", "\u221255 \u00b0C or colder",
         "Every 2 hours in ColdWatch"],
    ]),
    para("The shift leader reads each display and enters it in ColdWatch on the tablet at the cold store door. "
         "ColdWatch also sends its own alarm to the control room (ext 300)."),
    para("2. Receiving fish", "Heading2"),
    para("Step 1. Frozen whole fish from purse seiners: probe one fish from each sling. Reject frozen fish warmer "
         "than \u221215 \u00b0C and record the reading in ColdWatch."),
    para("Step 2. Fresh fish from Abaiang and local boats must arrive on ice. Reject fresh fish with a core above "
         "4 \u00b0C."),
    para("Step 3. Histamine: test 1 fish in every 10 from each lot with the histamine test kit. Reject the whole "
         "lot if any fish is over 50 ppm, and tell the Quality Manager the same day."),
    para("Step 4. Put accepted fish into the chill room or Cold Store 1 within 30 minutes of unloading."),
    para("3. Processing", "Heading2"),
    para("Thaw whole fish in running water tanks for no more than 6 hours. Loins may be out of the chill room for "
         "no more than 30 minutes on the cutting line. Loins in the blast freezer must reach a core of "
         "\u221218 \u00b0C within 10 hours; the shift leader probes three loins from each batch."),
    para("4. Working in the cold stores", "Heading2"),
    para("Wear the freezer suit, thermal gloves and balaclava. Work no more than 40 minutes at a time in Cold Store "
         "1 and no more than 20 minutes at a time in Cold Store 2, then take a 15-minute warm-up break in the "
         "canteen. Nobody goes into a cold store alone: work with a buddy who stays at the door. The door release "
         "is tested at the start of every shift and the test is recorded in ColdWatch."),
    para("5. When a room is too warm", "Heading2"),
    para("If Cold Store 1 is warmer than \u221218 \u00b0C for 30 minutes, call the Engineering Supervisor "
         "(ext 330) and the Quality Manager. Move the product to the other cold store if there is room, and do not "
         "ship any product from that room until the Quality Manager has released it in writing."),
    para("6. Training and records", "Heading2"),
    para("Everyone who works in the processing hall or the cold stores is trained on this procedure before "
         "starting and every 12 months. ColdWatch records and histamine results are kept for 3 years, because our "
         "buyers overseas may ask for them."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-KI"),
        core(title="Tuna Handling and Cold Chain Procedure, version 3",
             creator="Quality Manager", created="2031-02-14"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
