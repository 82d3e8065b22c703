#!/usr/bin/env python3
"""Build docs/mill/mill-safety-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "mill", "mill-safety-procedure.docx")
STAMP = (2028, 3, 12, 0, 0, 0)

BODY = [
    para("Mill and Boiler House Safety Procedure", "Heading1"),
    para("Inkhwazi Sugar Estates (Pty) Ltd \u00b7 Inkhwazi Mill \u00b7 ML-03 \u00b7 Version 5"),
    para("Effective 1 April 2028. This procedure applies to everyone who works in Inkhwazi Mill, the boiler house, "
         "the mill workshops and the cane yard, including contractors during the off-crop overhaul. The owner is "
         "the Mill Manager, Mr Bongani Simelane (ext 3001)."),
    para("1. Permits", "Heading2"),
    table([
        ["Work", "Permit", "Signed by", "Valid for"],
        ["Work on any machine", "Isolation permit in MillWorks", "Shift Engineer", "The job, until signed off"],
        ["Welding, cutting or grinding outside the workshop", "Hot work permit", "Shift Engineer",
         "8 hours"],
        ["Entry into a tank, juice heater, evaporator or boiler drum", "Confined space permit",
         "Shift Engineer and SHE Officer", "One shift"],
        ["Work more than 2 metres above the ground", "Work at height permit", "Shift Engineer", "One shift"],
    ]),
    para("2. Lockout", "Heading2"),
    para("Step 1. Tell the machine operator and the control room (ext 3100) that you are going to work on the "
         "machine."),
    para("Step 2. Switch the machine off at the motor control centre (MCC) and open the isolator."),
    para("Step 3. Put your own personal padlock and a signed danger tag on the isolator. Every worker on the job "
         "puts on a padlock; nobody works under another person's lock."),
    para("Step 4. Press the start button to prove that the machine is dead."),
    para("Step 5. The Shift Engineer signs the isolation permit in MillWorks before work starts."),
    para("3. Hot work", "Heading2"),
    para("A hot work permit is valid for 8 hours. Bagasse and sugar dust near the work are cleaned away or wet "
         "down first. A fire watch with an extinguisher stays at the place for 60 minutes after the hot work "
         "ends."),
    para("4. Confined spaces", "Heading2"),
    para("The air is tested for gas before entry and again every 2 hours, and the readings are written on the "
         "permit. A trained standby person stays at the entrance all the time and keeps a list of who is inside."),
    para("5. Working at height", "Heading2"),
    para("A full-body harness is worn and clipped on when working more than 2 metres above the ground. Scaffolds "
         "are inspected and tagged by the scaffold inspector before use."),
    para("6. Noise, heat and protective equipment", "Heading2"),
    para("Hearing protection is worn in the mill house and the boiler house at all times, and everywhere the "
         "noise is above 85 dB. Hard hat, safety boots, overalls and safety glasses are worn everywhere in the "
         "mill; fire-retardant overalls in the boiler house."),
    para("7. Training", "Heading2"),
    para("Everyone who works in the mill attends a safety induction before starting and a refresher every 12 "
         "months. Fitters and boilermakers do the lockout refresher in Safety Week each year."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-ZA"),
        core(title="Mill and Boiler House Safety Procedure, version 5",
             creator="Mill Manager", created="2028-03-12"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
