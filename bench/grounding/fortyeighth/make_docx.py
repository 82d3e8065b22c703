#!/usr/bin/env python3
"""Build docs/procedures/parboiling-and-drying-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedures", "parboiling-and-drying-procedure.docx")
STAMP = (2029, 1, 22, 0, 0, 0)

BODY = [
    para("Parboiling Plant and Drying Floor Safety Procedure", "Heading1"),
    para("Essequibo Gold Rice Milling Inc. \u00b7 Anna Regina mill \u00b7 SAF-04 \u00b7 Version 3"),
    para("Effective 1st February 2029. This version replaces version 2 of 1st August 2026. It applies to everyone "
         "who works at the parboiling plant, the boiler house, Driers No. 1 and No. 2 and the drying floor, "
         "including seasonal crop workers and contractors. The owner is the Safety Officer (ext 2140)."),
    para("1. Plant settings", "Heading2"),
    table([
        ["Stage", "Setting", "Checked by", "Recorded"],
        ["Soak tanks", "Water at 65 \u00b0C to 70 \u00b0C; soak for 3 to 4 hours", "Parboil operator",
         "MillLog, every hour"],
        ["Steamers", "Steam the soaked paddy for 15 minutes", "Parboil operator", "MillLog, every batch"],
        ["Driers No. 1 and No. 2", "Inlet air no hotter than 55 \u00b0C", "Drier operator", "MillLog, every hour"],
        ["Tempering bins", "Rest the paddy at least 8 hours between drier passes", "Drier operator",
         "MillLog, each batch"],
        ["Boiler", "Working pressure no more than 8 bar; blowdown every 4 hours", "Certified boiler attendant",
         "MillLog, every hour"],
    ]),
    para("Paddy is dried to 14% moisture before it goes to the mill. If any reading is outside its setting, tell "
         "the Parboiling Plant Supervisor (ext 2120) at once and write what you did in MillLog."),
    para("2. Boiler house", "Heading2"),
    para("Only a certified boiler attendant runs the boiler, opens or closes a main steam valve or does a "
         "blowdown. Keep the husk feed clear and never leave the boiler house unattended while the boiler is "
         "firing."),
    para("3. Drying floor", "Heading2"),
    para("Spread the paddy no thicker than 5 cm and turn it with the rake every 30 minutes. Tractors and trucks on "
         "the floor move at walking pace, no more than 5 km/h, and never reverse without a banksman. When rain "
         "threatens, the Drying Floor Supervisor sounds two short blasts on the horn and everybody heaps and "
         "covers the paddy."),
    para("4. Heat", "Heading2"),
    para("In the boiler house and at the steamers take a 10-minute break every hour in the shade and drink water. "
         "Anybody who feels dizzy, sick or confused stops work, tells the foreman and goes to the first aid room "
         "(ext 2145)."),
    para("5. Going into a tank, bin, pit or silo", "Heading2"),
    para("Step 1. Get a confined space permit from the Safety Officer. A permit is valid for 8 hours, or until "
         "the work stops, whichever comes first."),
    para("Step 2. The mill electrician locks out and tags the auger, the elevator and the inlet slide at the MCC "
         "panel. The person going in keeps the key."),
    para("Step 3. Test the air at the opening with the gas meter. Go in only if the oxygen is at least 19.5% and "
         "the meter shows no phosphine."),
    para("Step 4. Wear the harness with a lifeline held by the standby person, who stays outside the whole time "
         "and never goes in, even to help."),
    para("Step 5. Never walk on crusted paddy in a bin: the crust can give way under you."),
    para("6. Protective equipment", "Heading2"),
    para("Hearing protection in the mill and the boiler house; an N95 dust mask on the drying floor and at the "
         "husk pile; heat-resistant gloves and a face shield at the steamers; safety boots everywhere."),
    para("7. Accidents and near misses", "Heading2"),
    para("Tell your foreman at once and report the accident or near miss in StaffDesk > Safety within 24 hours. "
         "The Safety Officer looks into every accident that costs a shift within 2 working days."),
    para("8. Training", "Heading2"),
    para("Everyone who works in the plant is trained on this procedure before the first shift and again at the "
         "start of each crop."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GY"),
        core(title="Parboiling Plant and Drying Floor Safety Procedure, version 3",
             creator="Safety Officer", created="2029-01-22"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
