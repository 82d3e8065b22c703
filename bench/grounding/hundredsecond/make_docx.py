#!/usr/bin/env python3
"""Build docs/mill/roastery-safety-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "mill", "roastery-safety-procedure.docx")
STAMP = (2029, 1, 22, 0, 0, 0)

BODY = [
    para("Roastery and Dry Mill Safety Procedure", "Heading1"),
    para("Phasouk Bolaven Coffee & Tea Co., Ltd. \u00b7 Mill & Roastery, Lak 38 \u00b7 MR-SAF-02 \u00b7 Revision 3"),
    para("Effective 01/02/2029. This procedure applies to everyone who works in the roastery, the dry mill and the "
         "green coffee warehouse, including daily workers and contractors. The owner is the Mill & Roastery "
         "Manager (ext 201); the Safety Officer (ext 220) checks it every year."),
    para("1. Hazards and protective equipment", "Heading2"),
    table([
        ["Area", "Main hazards", "You wear", "Checked by"],
        ["60 kg roaster", "Gas, fire in the drum, hot surfaces", "Heat gloves, closed shoes",
         "Roaster operator, every batch"],
        ["Huller and optical sorter", "Noise above 85 dB, moving parts", "Ear defenders, FFP2 dust mask",
         "Dry mill shift leader, each shift"],
        ["Green coffee warehouse", "Heavy bags, forklifts", "Safety shoes, high-visibility vest",
         "Warehouse & Dry Mill Supervisor, daily"],
        ["Packing room", "Sealing machines, grinder", "Hair net, closed shoes", "Roastery Supervisor, daily"],
    ]),
    para("2. Before the first batch", "Heading2"),
    para("Step 1. Check the gas hose and connections with soapy water. If you see bubbles or smell gas, close the "
         "main valve and call the Roastery Supervisor (ext 210)."),
    para("Step 2. Start the afterburner and wait until it shows at least 700 \u00b0C before you load the first "
         "batch."),
    para("Step 3. Check that the chaff collector is empty and its door is closed."),
    para("Step 4. Record the three checks in RoastLog before you start."),
    para("3. While you roast", "Heading2"),
    para("Never leave the roaster alone while the burner is on. The bean temperature alarm sounds at 235 \u00b0C. "
         "If the bean temperature reaches 240 \u00b0C, drop the batch into the cooling tray at once and tell the "
         "Roastery Supervisor. Empty the chaff collector after every 4 batches. Clean the cyclone every Saturday "
         "after the last batch."),
    para("4. Fire in the roaster", "Heading2"),
    para("Turn the burner off and keep the drum turning. Do not open the drum door: air makes the fire bigger. "
         "Open the water quench valve on the roaster and call the mill control room (ext 200). Use the CO2 "
         "extinguisher only for a fire in the electrical panel. Nobody roasts again until the Roastery "
         "Supervisor has checked the roaster and signed RoastLog."),
    para("5. Dry mill and blockages", "Heading2"),
    para("Before you clear a blockage in the huller, the sorter or a conveyor, switch the machine off at the "
         "panel, put your own padlock and tag on the switch and keep the key with you. Only the person whose "
         "padlock it is may take it off."),
    para("6. Lifting and the warehouse", "Heading2"),
    para("Green coffee bags weigh 60 kg. Two people lift a bag together, or use the bag trolley; nobody lifts a "
         "bag alone. Stack no more than 8 bags high on a pallet. Forklifts drive at no more than 5 km/h inside the "
         "warehouse and sound the horn at every door."),
    para("7. Training", "Heading2"),
    para("Everyone in the roastery and dry mill does this safety training every 12 months. New roaster operators "
         "roast for 10 shifts with the Roastery Supervisor before they roast alone."),
    para("8. Revisions", "Heading2"),
    table([
        ["Revision", "Date", "What changed"],
        ["1", "03/2023", "First issue, for the old 15 kg roaster."],
        ["2", "06/2026", "Notice-board edition, \"Roasting safety rules\"."],
        ["3", "01/2029", "New 60 kg roaster; afterburner temperature; chaff collector every 4 batches; padlock "
                         "and tag; FFP2 masks; training every 12 months."],
    ]),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-US"),
        core(title="Roastery and Dry Mill Safety Procedure, revision 3",
             creator="Mill & Roastery Manager", created="2029-01-22"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
