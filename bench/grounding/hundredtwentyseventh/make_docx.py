#!/usr/bin/env python3
"""Build docs/plant/plant-safety-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "plant", "plant-safety-procedure.docx")
STAMP = (2031, 6, 16, 0, 0, 0)

BODY = [
    para("Plant Safety Procedure: Boiler House, Forklifts and Lockout", "Heading1"),
    para("Stann Creek Citrus Growers & Processors Ltd. \u00b7 Pomona plant \u00b7 SF-04 \u00b7 Version 3"),
    para("Effective 1 July 2031. This procedure applies to everyone who works in the boiler house, drives a forklift, "
         "locks out a machine, does hot work or handles the CIP chemicals at the Pomona plant, including contractors. "
         "The owner is the Maintenance Manager (ext 2501), with the Health & Safety Officer (ext 2150)."),
    para("1. Boiler house", "Heading2"),
    para("Only licensed boiler operators (Grade G4) start, stop or adjust a boiler. Boiler attendants (Grade G3) make "
         "the checks below and record them. Never leave a firing boiler unattended. On the C shift there are always "
         "two people in the boiler house."),
    table([
        ["Check", "How often", "Who", "Recorded in"],
        ["Water level in the sight glass", "Every hour", "Boiler attendant", "PlantCare boiler log"],
        ["Bottom blowdown", "At the start of every shift", "Boiler attendant, wearing the face shield",
         "PlantCare boiler log"],
        ["Burner and flame check", "Every shift", "Boiler operator", "PlantCare boiler log"],
        ["Safety valve test by hand", "Every month", "Licensed boiler operator", "PlantCare work order"],
        ["Full inspection", "Once a year, in the off-season or by turns in the crop", "The insurer's inspector",
         "Certificate kept by the Maintenance Manager"],
    ]),
    para("Normal working pressure is 10 bar. The safety valves are set to lift at 11.5 bar. If the low-water alarm "
         "sounds, press the red emergency stop on the burner panel, sound three long blasts on the boiler horn and "
         "call the Boiler House Supervisor (ext 2231) and the plant control room (ext 2200)."),
    para("2. Lockout", "Heading2"),
    para("Step 1. Open a lockout permit in PlantCare > Permits before you start."),
    para("Step 2. Stop the machine and switch it off at its isolator."),
    para("Step 3. Fit your own red padlock and a tag with your name and the permit number. Everyone working on the "
         "machine fits their own lock."),
    para("Step 4. Press the start button to prove the machine cannot start (the try-start test)."),
    para("Step 5. When the work is finished, remove only your own lock and close the permit in PlantCare."),
    para("A lock left on a machine is removed only by the Maintenance Manager, after trying to reach its owner."),
    para("3. Forklifts", "Heading2"),
    para("Only staff with a valid SCCG forklift licence may drive a forklift. New drivers do a 2-day course and then "
         "drive for 2 weeks with a licensed driver beside them. Licences are renewed every 2 years with a practical "
         "test. Do the pre-use check at the start of each shift in PlantCare > Pre-use checks; a forklift that fails "
         "is tagged out and reported to the Shift Manager."),
    para("The speed limit is 8 km/h inside buildings and 15 km/h in the yard. Wear the seat belt, keep the forks "
         "low when moving, and never carry passengers. Fruit bins are stacked no more than 4 high. Pedestrians "
         "keep to the yellow walkways."),
    para("4. Hot work", "Heading2"),
    para("Welding, cutting and grinding need a hot work permit from the Maintenance Manager, valid for one shift "
         "only. Keep a fire watch for 30 minutes after the hot work ends."),
    para("5. CIP chemicals", "Heading2"),
    para("Wear the face shield, elbow-length chemical gloves and PVC apron when handling caustic soda or acid. Never "
         "mix acid and caustic. Caustic or acid in the eye: rinse at the eyewash for at least 15 minutes, then go to "
         "the first-aid room (ext 2050)."),
    para("6. Training", "Heading2"),
    para("Everyone covered by this procedure is trained on it before starting and every 12 months after that."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-BZ"),
        core(title="Plant Safety Procedure SF-04, version 3",
             creator="Maintenance Manager", created="2031-06-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
