#!/usr/bin/env python3
"""Build docs/production/vco-line-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "production", "vco-line-procedure.docx")
STAMP = (2029, 6, 18, 0, 0, 0)

BODY = [
    para("VCO Line Procedure", "Heading1"),
    para("Lau Niu Coconut Products Limited \u00b7 Vaitele Mill \u00b7 PR-02 \u00b7 Version 3"),
    para("Effective 1 July 2029. This procedure applies to everyone who works on the virgin coconut oil (VCO) line: "
         "the nut store, husking and splitting, grating, the dryer, Expeller 2, the settling tank, the centrifuge, "
         "the filter and filling. The owner is the Production Manager (ext 1200); the VCO Line Supervisor "
         "(ext 1210) runs the line on each shift."),
    para("1. Nuts", "Heading2"),
    para("Use fresh mature nuts within 48 hours of arrival at the nut store, oldest first. The splitter throws away "
         "any nut with a sour smell or a rotten or germinated kernel, and counts the rejects in QCLog."),
    para("2. Making the oil", "Heading2"),
    para("Step 1. Grate the kernel and dry it in the dryer at 60 \u00b0C to 70 \u00b0C."),
    para("Step 2. Check the dried kernel on the moisture balance. Press only when the moisture is 3% to 4%."),
    para("Step 3. Press in Expeller 2. The oil leaving the expeller must not be hotter than 60 \u00b0C; if it is, "
         "slow the feed screw and tell the supervisor."),
    para("Step 4. Let the oil settle in the settling tank for at least 16 hours."),
    para("Step 5. Warm the centrifuge feed to 40 \u00b0C to 45 \u00b0C and feed no more than 1,000 L an hour."),
    para("Step 6. Filter through the 5 micron filter and fill drums, pails or bottles from the filling tank."),
    para("3. Quality checks", "Heading2"),
    table([
        ["Check", "Export grade", "Local grade", "How often"],
        ["Moisture in oil", "0.10% or less", "0.20% or less", "Every 2 hours"],
        ["Free fatty acids (FFA)", "0.20% or less", "0.50% or less", "Every 2 hours"],
        ["Peroxide value", "3 meq/kg or less", "5 meq/kg or less", "Every batch"],
        ["Metal detector test", "Pass", "Pass", "Every hour"],
    ]),
    para("The QC lab (ext 1310) tests the samples and enters the results in QCLog. Oil that fails a limit stays in "
         "its drums or pails with a red HOLD tag until the Quality Manager (ext 1300) releases it, regrades it as "
         "local grade or sends it to the crude oil tank."),
    para("4. The centrifuge", "Heading2"),
    para("Only trained senior operators (grade L3) run the centrifuge. Clean the bowl after every 8 hours of "
         "running, and write the cleaning in QCLog. Stop the centrifuge at once if it vibrates or the bowl speed "
         "alarm sounds, and call the VCO Line Supervisor. The maker services the centrifuge once a year; the line is "
         "stopped for the service."),
    para("5. Filling and hygiene", "Heading2"),
    para("Export oil goes into 200 L drums and 20 L pails, local oil into 250 ml, 500 ml and 1 L bottles. Every "
         "drum, pail and carton carries the batch code. Bottles are filled only in the clean room, wearing a "
         "hairnet, a mask and gloves. Wash your hands each time you come back to the line."),
    para("6. Records", "Heading2"),
    para("All checks are entered in QCLog during the shift; paper line sheets are no longer used. QCLog records are "
         "kept for 3 years and checked by the Quality Manager every week."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-WS"),
        core(title="VCO Line Procedure, version 3",
             creator="Production Manager", created="2029-06-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
