#!/usr/bin/env python3
"""Build docs/korce/distillation-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "korce", "distillation-procedure.docx")
STAMP = (2029, 2, 19, 0, 0, 0)

BODY = [
    para("Procedura e distilimit me avull / Steam Distillation Procedure", "Heading1"),
    para("Gjethgur Botanicals sh.p.k. \u00b7 Uzina Kor\u00e7\u00eb \u00b7 KR-05 \u00b7 Version 3"),
    para("Effective 01.03.2029. This procedure covers the steam distillation of dried oregano and sage in stills "
         "D1, D2 and D3 in the distillation hall of the Kor\u00e7\u00eb plant. It applies to still operators, shift "
         "leaders and anyone who helps them. Mountain tea is not distilled; it is dried and sold as leaf and tea "
         "cut. The owner is the distillation supervisor, Kristaq Dhimitri (ext 330)."),
    para("1. Charges and times", "Heading2"),
    table([
        ["Herb (dried)", "Charge per still", "Steam time", "Expected oil yield"],
        ["Oregano (rigon)", "250 kg", "150 minutes", "2.5 to 3.5%"],
        ["Sage (sherebel\u00eb)", "220 kg", "120 minutes", "1.0 to 1.8%"],
    ]),
    para("Use only lots with a moisture result below 10%. Do not mix lots in one charge: one still, one lot code."),
    para("2. Starting a run", "Heading2"),
    para("Step 1. Check in LotTrack that the lot shows the status \u201cReleased\u201d from the QA lab."),
    para("Step 2. Ask the boiler house for steam. The steam boiler is started and run only by a licensed boiler "
         "operator; nobody else touches its valves."),
    para("Step 3. Load the basket to the red mark and close the lid with all 8 clamps."),
    para("Step 4. Open the cooling water to the condenser before any steam. The water leaving the condenser must "
         "stay below 30 \u00b0C."),
    para("Step 5. Open the steam slowly to 0.8 bar (never above 1.0 bar) and start the run in LotTrack on the "
         "tablet by the still."),
    para("3. During the run", "Heading2"),
    para("Read the condenser water temperature and the steam pressure every 20 minutes and enter them in "
         "LotTrack. The oil collects on top of the water in the Florentine flask; the floral water (hidrolat) "
         "runs to the hidrolat tank, which is emptied by the shift leader at the end of each turn."),
    para("If the pressure goes above 1.0 bar or the condenser water above 30 \u00b0C, close the steam valve, "
         "call the distillation supervisor and the control room (ext 305), and note the time in LotTrack."),
    para("4. Ending a run", "Heading2"),
    para("Step 6. At the end of the steam time, close the steam valve and stop the run in LotTrack."),
    para("Step 7. Wait until the gauge reads 0 bar and at least 20 minutes have passed before you open the lid, "
         "wearing the heat-resistant gloves, face shield and apron."),
    para("Step 8. Run the oil off into a clean stainless steel drum, label the drum with the lot code and take a "
         "10 ml sample to the QA lab."),
    para("Step 9. Empty the basket onto the compost trailer and clean the still. Record the cleaning in "
         "LotTrack before the next charge."),
    para("5. Records and training", "Heading2"),
    para("All still records are kept in LotTrack for 3 years. New still operators work 10 runs beside a trained "
         "operator before running a still alone, and everyone in the hall repeats the training every 12 months."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Steam Distillation Procedure, KR-05 version 3",
             creator="Distillation supervisor", created="2029-02-19"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
