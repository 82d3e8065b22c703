#!/usr/bin/env python3
"""Build docs/quality/spring-sampling-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "quality", "spring-sampling-procedure.docx")
STAMP = (2035, 1, 18, 0, 0, 0)

BODY = [
    para("Spring Water Sampling and Batch Release", "Heading1"),
    para("Kldeuli Springs JSC \u00b7 Quality and Hydrogeology Lab \u00b7 QA-07 \u00b7 Rev. 5"),
    para("Effective 01.02.2035. Approved by the Head of Quality and Hydrogeology Lab (ext 241). This procedure says "
         "who takes samples of the spring water and of the finished product, where, how often, and when a batch may "
         "leave the warehouse. It applies to the lab technicians, the line operators who take filler samples and the "
         "warehouse staff who move pallets."),
    para("1. Sampling points and frequency", "Heading2"),
    table([
        ["Point", "What is checked", "How often"],
        ["Boreholes K-1, K-2, K-3 (wellhead taps)", "Temperature, pH, conductivity, flow", "Every day at 07:00"],
        ["Boreholes K-1, K-2, K-3", "Microbiology", "Every week, on Monday"],
        ["Valve Chamber VC-2", "Pressure, conductivity", "Every Tuesday, on the pipeline patrol"],
        ["Reception tanks T1 and T2", "Conductivity, microbiology", "Every 4 hours"],
        ["Filler outlets, Lines 1, 2 and 3", "Microbiology", "Every 2 hours while the line runs"],
        ["Finished product", "Taste, smell, CO2, fill level, microbiology", "3 bottles per batch per line per shift"],
        ["Full mineral composition", "Main ions at K-1, K-2 and K-3", "Every month, in the first week"],
    ]),
    para("2. Taking a sample", "Heading2"),
    para("Step 1. Take a sterile 500 mL bottle from the lab. Do not touch the inside of the cap."),
    para("Step 2. Flame or spray the tap with alcohol and let the water run for 1 minute."),
    para("Step 3. Fill and close the bottle, and scan its barcode label into AquaLab on the handheld, so the point, "
         "date, time and sampler are recorded."),
    para("Step 4. Put it in the cool box (2\u20138 \u00b0C) and bring it to the lab within 2 hours."),
    para("The lab is staffed 07:00\u201323:00. A sample taken when the lab is closed goes into Fridge 3 in the plant "
         "control room and is logged in AquaLab; it must be tested within 12 hours of sampling."),
    para("3. Batch release", "Heading2"),
    para("Every batch is on HOLD in AquaLab and in the warehouse until the lab releases it. The lab releases a batch "
         "when the microbiology results at 72 hours show no coliforms, no E. coli, no enterococci and no Pseudomonas "
         "aeruginosa in 250 mL, and the chemical checks are within the limits in the water quality limits table. "
         "Warehouse staff never load a pallet that shows HOLD; the scanner refuses it."),
    para("4. Sparkling water", "Heading2"),
    para("CO2 in Kldeuli Classic must be 5.5 to 6.5 g/L. A result outside it puts the batch on HOLD for a repeat "
         "test on 3 more bottles."),
    para("5. Deviations", "Heading2"),
    para("If the conductivity at a borehole moves more than 5% from its reference value, the lab stops the intake "
         "from that borehole, takes a repeat sample, and tells the Head of Quality and the Plant Manager. Intake "
         "restarts only when the Head of Quality signs the deviation off in AquaLab."),
    para("6. Retained samples", "Heading2"),
    para("The lab keeps 2 bottles from every batch for 18 months in the retained sample room, which is locked; the "
         "key is kept in the lab."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Spring Water Sampling and Batch Release, QA-07 Rev. 5",
             creator="Quality and Hydrogeology Lab", created="2035-01-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
