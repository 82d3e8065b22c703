#!/usr/bin/env python3
"""Build docs/warehouse/cold-room-sop.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "warehouse", "cold-room-sop.docx")
STAMP = (2037, 1, 20, 0, 0, 0)

BODY = [
    para("Storage of Cold Chain and Ambient Products", "Heading1"),
    para("Mashriq Generics Pharmaceutical Industries Co. \u00b7 Warehouse \u00b7 WH-SOP-014 \u00b7 Rev 05"),
    para("Effective date: 01/02/2037. Prepared by the Warehouse Manager, reviewed by QA, approved by the QA Manager. "
         "This SOP describes how cold chain products and ambient products are received, stored and monitored in the "
         "warehouse (Building D) of the Sahab plant. It applies to storekeepers, forklift drivers, the Warehouse "
         "Manager, QA and everyone on the cold room on-call rota."),
    para("1. Storage conditions", "Heading2"),
    table([
        ["Area", "Temperature", "Humidity", "Monitoring"],
        ["Cold Room 1 (main)", "2 \u00b0C to 8 \u00b0C", "not controlled",
         "ColdWatch logger every 5 minutes; manual reading at 09:00 and 15:00"],
        ["Cold Room 2 (backup)", "2 \u00b0C to 8 \u00b0C", "not controlled",
         "ColdWatch logger every 5 minutes; kept empty and running"],
        ["Ambient warehouse", "15 \u00b0C to 25 \u00b0C", "not more than 60% RH", "ColdWatch logger every 15 minutes"],
        ["Quarantine cage", "15 \u00b0C to 25 \u00b0C", "not more than 60% RH", "as the ambient warehouse"],
        ["Flammables store", "below 30 \u00b0C", "\u2013", "read once a day"],
    ]),
    para("ColdWatch gives a pre-alarm at 7.0 \u00b0C and an alarm at 8.0 \u00b0C or 2.0 \u00b0C on the screen in the "
         "warehouse office and by SMS to the cold room duty phone (ext 285) and the Warehouse Manager. After 15:30 "
         "and at weekends the SMS also goes to gate security (ext 110)."),
    para("2. Working in the cold room", "Heading2"),
    para("Keep the door open no longer than 2 minutes at a time; use the strip curtain. Wear the thermal jacket and "
         "gloves for any stay longer than 10 minutes. Nobody works alone in the cold room after 15:30. Pallets are "
         "stored on the racks, never on the floor and never in front of the evaporator fans."),
    para("3. Receiving cold chain shipments", "Heading2"),
    para("Step 1. Check the truck's temperature display and switch off the shipment's data logger before unloading."),
    para("Step 2. Unload cold chain cartons first and put them in Cold Room 1 within 15 minutes of opening the truck "
         "doors."),
    para("Step 3. Download the data logger in ColdWatch and send the file to QA (ext 270) the same day."),
    para("Step 4. If the logger shows a reading outside 2 \u00b0C to 8 \u00b0C, label the shipment HOLD and tell QA. "
         "Do not send the cartons back to the supplier without QA's decision."),
    para("4. What to do when the cold room alarm sounds", "Heading2"),
    para("Step 1. Check that the cold room door is closed and the strip curtain is in place."),
    para("Step 2. Read the display and the independent thermometer inside the door and write both readings in the "
         "excursion log."),
    para("Step 3. Call the cold room duty phone (ext 285) and the Warehouse Manager. After 15:30 gate security calls "
         "the on-call storekeeper and the on-call engineer."),
    para("Step 4. If the room is not back in range within 15 minutes, move the product to Cold Room 2."),
    para("Step 5. Raise a deviation in the QMS within 24 hours and attach the ColdWatch graph."),
    para("5. Temperature excursion", "Heading2"),
    para("Product that has been outside 2 \u00b0C to 8 \u00b0C for more than 30 minutes is labelled HOLD and "
         "moved to the quarantine shelf of Cold Room 2. QA decides, with the stability data, whether it can be "
         "released. No HOLD product is picked or dispatched."),
    para("6. Temperature mapping and records", "Heading2"),
    para("Cold Room 1, Cold Room 2 and the ambient warehouse are mapped every 3 years in summer and winter, and after "
         "any change to the cooling units or the racks. ColdWatch records are kept for 1 year after the expiry of "
         "the last batch stored and are backed up by IT every night."),
    para("7. Training", "Heading2"),
    para("Everyone on the cold room on-call rota is trained on this SOP before their first on-call weekend and again "
         "every 12 months. Training records are kept by QA."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="WH-SOP-014 Storage of Cold Chain and Ambient Products, Rev 05",
             creator="Warehouse Manager", created="2037-01-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
