#!/usr/bin/env python3
"""Build docs/lab/drc-and-tsr-testing-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "lab", "drc-and-tsr-testing-procedure.docx")
STAMP = (2029, 12, 30, 0, 0, 0)

BODY = [
    para("DRC and TSR Testing Procedure", "Heading1"),
    para("Bassa Crown Rubber Company, Inc. \u00b7 Quality Lab \u00b7 QL-02 \u00b7 Version 3"),
    para("Effective January 6, 2030. This procedure applies to the Quality Lab at the Crown Factory and to the DRC "
         "testers at the Compound 3 Buying Station. The dry rubber content (DRC) decides what we pay the farmer and "
         "the lot tests decide what grade we sell, so every test is done the same way, every time. The owner is the "
         "Quality Lab Supervisor (ext 2201)."),
    para("1. Field latex DRC: oven method", "Heading2"),
    para("The oven method is the reference method. The station quick test is checked against it."),
    para("Step 1. Stir the sample well and weigh 10.0 g of latex into a clean, labelled dish."),
    para("Step 2. Add 2% acetic acid until the latex sets, and leave it for 15 minutes."),
    para("Step 3. Press the coagulum into a sheet thinner than 2 mm with the hand roller and rinse it with clean "
         "water."),
    para("Step 4. Dry the sheet in the lab oven at 100 \u00b0C for 2 hours and weigh it. Dry it for another 30 "
         "minutes and weigh it again; when the two weights differ by less than 0.01 g, record the last weight."),
    para("Step 5. DRC% = dry weight \u00f7 wet weight \u00d7 100. Enter the result in LabBook within 2 hours of "
         "the test."),
    para("2. Quick test at the station", "Heading2"),
    para("The DRC tester weighs 5.0 g of latex on a sample card, dries it in the microwave at full power for 4 "
         "minutes and weighs it again. LatexLedger works out the DRC from the two weights. A control sample is run "
         "every morning before the first delivery."),
    para("Every 20th station sample is tested again at the factory lab by the oven method. If the two results "
         "differ by more than 1.0 DRC point, the Lab Supervisor checks all of that tester's readings for the day "
         "and tells the Buying Station Manager the same day."),
    para("3. Cup lump DRC", "Heading2"),
    para("From each lot of cup lump (up to 2 tonnes) take 3 lumps from different bags. Cut each lump through the "
         "middle, crepe the pieces on the lab mill and dry them at 100 \u00b0C until the weight is steady. The DRC "
         "of the lot is the average of the 3 lumps."),
    para("4. TSR lot testing", "Heading2"),
    para("A lot is 36 bales of 33.33 kg (1.2 tonnes) of one grade from one line. Take a sample from every 6th bale "
         "as it leaves the bale press. The lot is released for shipping only when every result is within the limit "
         "for its grade."),
    table([
        ["Test", "TSR 10", "TSR 20", "How often"],
        ["Dirt, max", "0.08%", "0.16%", "Every lot"],
        ["Ash, max", "0.60%", "0.80%", "Every lot"],
        ["Volatile matter, max", "0.80%", "0.80%", "Every lot"],
        ["Nitrogen, max", "0.60%", "0.60%", "Every 5th lot"],
        ["Initial plasticity (Po), min", "30", "30", "Every lot"],
        ["PRI, min", "50", "40", "Every lot"],
    ]),
    para("A lot that fails a limit is put on hold in LabBook, the bales are marked with a red tag and the "
         "Production Manager is told within 1 hour. Only the Quality Lab Supervisor may re-grade a lot. The lot "
         "certificate is printed from LabBook and signed by the Quality Lab Supervisor."),
    para("5. Retained samples and records", "Heading2"),
    para("Latex samples sent from the station are kept in the factory lab for 30 days. TSR lot samples are kept for "
         "90 days. LabBook records and lot certificates are kept for 3 years."),
    para("6. Safety in the lab", "Heading2"),
    para("Wear a lab coat, safety glasses and nitrile gloves. Open acetic acid and ammonia samples only in the fume "
         "cupboard. Switch off the oven before cleaning it. No food or drinks in the lab."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-LR"),
        core(title="DRC and TSR Testing Procedure, version 3",
             creator="Quality Lab Supervisor", created="2029-12-30"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
