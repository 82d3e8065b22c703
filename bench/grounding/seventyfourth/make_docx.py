#!/usr/bin/env python3
"""Build docs/distillery/distillery-safety-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "distillery", "distillery-safety-procedure.docx")
STAMP = (2033, 9, 4, 0, 0, 0)

BODY = [
    para("Distillery Safety Procedure", "Heading1"),
    para("Mwambao Karafuu Spice Ltd \u00b7 Wete Distillery \u00b7 DS-01 \u00b7 Edition 4 \u00b7 September 2033"),
    para("This procedure applies to everyone who works in the still house, the boiler room and the oil store at the "
         "Wete distillery, where clove stem and leaf oil is made by steam distillation, including vibarua, drivers "
         "who deliver stems and the still maker's engineers. The owner is the Distillery Manager, Mr Omar Faki Omar "
         "(ext 401). The control room is on ext 404, day and night."),
    para("1. Operating limits", "Heading2"),
    table([
        ["Item", "Limit", "Checked"],
        ["Boiler working pressure", "4.5 bar; safety valve set at 6 bar", "Every hour in StillLog"],
        ["Condenser water out", "Not hotter than 35 \u00b0C", "Every hour in StillLog"],
        ["Still charge", "Up to 250 kg of stems or leaves per still", "Weighed at each charge"],
        ["Distillation cycle", "About 10 hours", "Start and end times in StillLog"],
        ["Oil kept in the still house", "Up to 200 litres; the rest in the locked oil store", "End of each shift"],
    ]),
    para("StillLog raises an alarm in the control room when the boiler pressure goes above 5 bar or the condenser "
         "water goes above 35 \u00b0C. The shift leader answers every alarm within 5 minutes and records what was "
         "done."),
    para("2. Working rules", "Heading2"),
    para("From 18:00 to 06:00 nobody works alone in the still house or the boiler room. The control room checks "
         "on anyone working in the still house by radio every 30 minutes."),
    para("Welding, grinding or cutting needs a hot work permit signed by the Distillery Manager. A permit is "
         "valid for one shift of no more than 8 hours and must be on the wall next to the job."),
    para("Wear safety boots and heat-resistant gloves at all times in the still house, the face shield whenever "
         "you open a still or a separator, and ear defenders within 5 metres of the boiler."),
    para("3. Opening a still after a cycle", "Heading2"),
    para("Step 1. Close the steam valve and record the end of the cycle in StillLog."),
    para("Step 2. Wait until the gauge reads 0 bar, then wait a further 20 minutes."),
    para("Step 3. Open the vent valve slowly and let the last steam out."),
    para("Step 4. Lower the face shield, stand to the side of the still, and open the lid with the long hook."),
    para("Step 5. Let the spent stems cool for 1 hour before they are taken to the compost heap."),
    para("4. Clove oil spills and burns", "Heading2"),
    para("Clove oil burns the skin and eyes. Wash the skin or eyes with clean water for 15 minutes at the eye wash "
         "station and tell the shift leader. Soak up spills with the dry sand from the red bins; never wash oil "
         "into the drains."),
    para("5. Fire", "Heading2"),
    para("Foam and CO2 extinguishers are checked every month by the shift leader and every year by the supplier. "
         "Never use water on burning oil. Raise the alarm, call 114, shut the boiler fuel valve if it is safe to "
         "do so and go to the assembly point at the main gate."),
    para("6. Boiler inspection", "Heading2"),
    para("The still maker's engineers service the boiler and test the safety valve every 12 months. The distillery "
         "stops for the visit and nobody may work in the boiler room until the engineers hand it back."),
    para("7. Training", "Heading2"),
    para("Everyone who works at the distillery is trained on this procedure before the first shift and again every "
         "12 months. The Distillery Manager keeps the training records for 3 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-TZ"),
        core(title="Distillery Safety Procedure, Edition 4",
             creator="Distillery Manager", created="2033-09-04"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
