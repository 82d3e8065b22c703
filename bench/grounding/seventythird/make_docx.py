#!/usr/bin/env python3
"""Build docs/plant/alkali-treatment-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "plant", "alkali-treatment-procedure.docx")
STAMP = (2033, 7, 25, 0, 0, 0)

BODY = [
    para("Alkali Treatment Procedure \u2013 ATC Chips", "Heading1"),
    para("PT Karaginan Galesong Lestari \u00b7 KIMA plant \u00b7 Doc. QA-SOP-04 \u00b7 Rev. 03 \u00b7 "
         "Effective 01/08/2033"),
    para("Owner: Manajer Pabrik KIMA (ext 300). Approved by the Direktur Operasional and the Manajer K3. This "
         "procedure covers the treatment of cottonii (Kappaphycus alvarezii) with potassium hydroxide (KOH) to "
         "make alkali-treated cottonii (ATC) chips in tanks T-1 to T-6, and applies to every operator, shift "
         "supervisor, QC analyst and contractor in the alkali section."),
    para("1. Raw material and washing", "Heading2"),
    para("Only seaweed accepted under QA-SPEC-01 goes into the tanks. Soak and wash it in fresh water for 2 hours "
         "to remove salt and sand, then drain it on the grating for 15 minutes."),
    para("2. Process limits", "Heading2"),
    table([
        ["Parameter", "Limit", "Checked", "Record"],
        ["KOH strength", "8% (80 kg of KOH flakes per 1.000 litres of water)",
         "Titration by QC at the start of each batch", "LabLestari"],
        ["Batch size", "Up to 500 kg of dry seaweed per tank", "Weighed at the tank", "Batch sheet in LabLestari"],
        ["Cooking temperature", "75\u201380 \u00b0C", "Every 30 minutes", "Batch sheet in LabLestari"],
        ["Cooking time", "2 hours", "Timer on the tank panel", "Batch sheet in LabLestari"],
        ["Final wash water", "pH 8.5 to 9.5", "pH meter after the third wash", "Batch sheet in LabLestari"],
        ["Chip moisture", "12% or lower", "Moisture analyser at the dryer outlet", "LabLestari"],
    ]),
    para("3. Preparing the KOH solution", "Heading2"),
    para("Always add the KOH flakes to the water slowly, never water to KOH: the solution gets very hot. Two "
         "people prepare the solution, both in full APD: chemical goggles and face shield, PVC gauntlet gloves to "
         "the elbow, PVC apron and rubber boots."),
    para("4. Cooking, washing and drying", "Heading2"),
    para("Step 1. Load the washed seaweed into the basket and lower it into the tank."),
    para("Step 2. Hold the temperature within the limit; stir every 30 minutes and enter the reading in LabLestari."),
    para("Step 3. Lift the basket after 2 hours and wash the seaweed three times in fresh water until the pH is "
         "within the limit."),
    para("Step 4. Chop into chips of 3 to 5 cm and dry them in the belt dryer until the moisture is within the "
         "limit."),
    para("5. Used KOH solution", "Heading2"),
    para("Used solution may be used again for up to 5 batches; QC tops it up to 8% before each batch. After that it "
         "goes to the IPAL (wastewater plant) and is neutralised to pH 6 to 9 before it is released."),
    para("6. KOH in the eyes or on the skin", "Heading2"),
    para("Step 1. Shout for help and go straight to the nearest eyewash or safety shower."),
    para("Step 2. Rinse for at least 15 minutes, holding the eyelids open. Take off wet clothes under the shower."),
    para("Step 3. A colleague calls Klinik KIMA (ext 150) and the shift supervisor."),
    para("Step 4. Go to Klinik KIMA with a colleague, rinsing with the eyewash bottle on the way. Do not rub your "
         "eyes."),
    para("Step 5. The shift supervisor reports the injury in SDM Lestari > Insiden within 24 hours."),
    para("7. Entering a tank", "Heading2"),
    para("A tank is a confined space. Drain and cool it, lock out the agitator and the steam valve with your own "
         "padlock and tag (LOTO), and get the confined space permit (izin kerja ruang terbatas) signed by the K3 "
         "team (ext 240) after an oxygen and gas test. A standby person stays at the manhole the whole time. "
         "Nobody enters a tank alone."),
    para("8. Training and records", "Heading2"),
    para("Operators are trained on this procedure before they start and every 12 months. Batch records in "
         "LabLestari are kept for 5 years and reviewed by the Manajer Mutu every month."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-ID"),
        core(title="Alkali Treatment Procedure - ATC Chips, QA-SOP-04 Rev. 03",
             creator="Manajer Pabrik KIMA", created="2033-07-25"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
