#!/usr/bin/env python3
"""Build docs/procedures/distillery-safe-operating-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedures", "distillery-safe-operating-procedure.docx")
STAMP = (2030, 11, 25, 0, 0, 0)

BODY = [
    para("Nutmeg Oil Distillery \u2013 Safe Operating Procedure", "Heading1"),
    para("Belvidere Spice Co-operative Society Ltd \u00b7 Grenville processing plant \u00b7 GV-DS-01 \u00b7 "
         "Version 3"),
    para("Effective Monday 2nd December 2030. Approved by the Grenville Plant Manager, Mrs Shermaine Roberts, and "
         "the Health & Safety Officer, Mr Dexter Modeste. This procedure is for everyone who operates, cleans or "
         "maintains the nutmeg oil stills at Grenville. Nobody may operate a still until trained and signed off by "
         "the Distillery Supervisor, Mr Kerwin La Touche (ext 420)."),
    para("1. Limits", "Heading2"),
    table([
        ["Item", "Limit", "Checked"],
        ["Charge of ground nutmeg per still", "250 kg", "Weighed before loading"],
        ["Steam pressure in the still", "1.5 bar maximum", "Gauge, every 30 minutes"],
        ["Condenser outlet water", "Below 40 \u00b0C", "Thermometer, every 30 minutes"],
        ["Separator", "Drained every hour", "Still log"],
        ["Oil drums in the oil store", "20 drums maximum", "Oil store register"],
        ["No phones, smoking or naked flames", "Within 15 metres of the stills and the oil store",
         "Signs and yellow floor line"],
    ]),
    para("2. Starting a run", "Heading2"),
    para("Step 1. Check the permit board: the still must be marked clear, with no maintenance permit open. Check "
         "that the still is empty and the lid seal is in good condition."),
    para("Step 2. Open the cooling water to the condenser and check the flow at the sight glass before any steam is "
         "let in."),
    para("Step 3. Load the charge of ground nutmeg, no more than 250 kg, and clamp the lid with all eight clamps."),
    para("Step 4. Open the steam valve slowly. Never let the pressure go above 1.5 bar; if it does, close the valve "
         "part way and tell the Distillery Supervisor."),
    para("Step 5. Watch the condenser outlet water; it must stay below 40 \u00b0C."),
    para("Step 6. Drain the water from the separator every hour and write the time and the oil level in the still "
         "log."),
    para("3. Ending a run", "Heading2"),
    para("Close the steam valve and leave the still to cool for 30 minutes before opening the lid. Run the oil from "
         "the separator into a clean drum, label it with the date, still number and run number, and take it to the "
         "oil store straight away. Empty the spent nutmeg into the skip; it goes to members as mulch."),
    para("4. Two operators and the evening shift", "Heading2"),
    para("There are always two trained operators in the distillery while a still is running, on the day shift and on "
         "the evening shift (Monday, Wednesday and Friday, until 23:00). Nobody works in the distillery alone. If "
         "one operator has to leave, the still is shut down first."),
    para("5. Going inside a still", "Heading2"),
    para("A still is a confined space. Nobody goes inside a still without a permit to work signed by both the "
         "Distillery Supervisor and the Health & Safety Officer, with the steam line locked off and a second person "
         "standing at the manhole the whole time."),
    para("6. Emergencies", "Heading2"),
    para("Steam leak: close the main steam valve (the red wheel at the boiler house door), get everyone out and call "
         "the Distillery Supervisor on ext 420 and the Health & Safety Officer on ext 240."),
    para("Fire: use the CO2 extinguisher only on a small fire you can put out safely. Otherwise leave, raise the alarm "
         "and call 911. Assemble in the front car park by the main gate."),
    para("Burns: cool the burn under running water for 20 minutes and call a first aider."),
    para("7. PPE", "Heading2"),
    para("Heat-resistant gauntlets, a full face shield, safety boots and cotton overalls at all times in the "
         "distillery. Synthetic clothing is not allowed."),
    para("8. Training", "Heading2"),
    para("Operators repeat the distillery training every 12 months. The Distillery Supervisor keeps the training "
         "record and the still logs for 3 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Nutmeg Oil Distillery - Safe Operating Procedure, GV-DS-01 Version 3",
             creator="Distillery Supervisor", created="2030-11-25"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
