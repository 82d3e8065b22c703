#!/usr/bin/env python3
"""Build docs/ops/floor-scrubber-operation.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "ops", "floor-scrubber-operation.docx")
STAMP = (2027, 9, 13, 0, 0, 0)

BODY = [
    para("Floor Scrubber Operation Procedure", "Heading1"),
    para("Tembusu Crest Facility Services \u00b7 Operations \u00b7 OPS-07 \u00b7 Version 3"),
    para("Effective 1 October 2027. For all staff who operate the L\u00f8vgaard CX 55 walk-behind and RX 85 ride-on "
         "scrubber-dryers at our sites, and for their supervisors. Owner: Operations Manager (Machines), Defu Lane "
         "depot, ext 2320."),
    para("1. Who may operate", "Heading2"),
    para("Only C2 staff holding a valid Tembusu Crest Machine Operator Licence may operate a scrubber. New operators "
         "do a 2-day course at the depot and then 10 hours of supervised operation. The licence is renewed every "
         "2 years with a refresher and a practical test."),
    para("2. The machines", "Heading2"),
    table([
        ["Machine", "Type", "Used at", "Speed in public areas", "Steepest slope"],
        ["CX 55", "Walk-behind scrubber-dryer", "Hospital corridors, MRT concourses, void decks", "Walking pace",
         "2%"],
        ["RX 85", "Ride-on scrubber-dryer", "MRT concourses and linkways, hospital basements", "4 km/h", "10%"],
    ]),
    para("The company limits are lower than the maker's. Follow the limits in this table."),
    para("3. Before each shift", "Heading2"),
    para("Step 1. Do the pre-use check in MachineLog on your phone: brushes, squeegee, both tanks, battery charge, "
         "horn and the emergency stop."),
    para("Step 2. If anything fails, do not use the machine. Hang the red DO NOT USE tag on the steering wheel or "
         "handle and report the fault in MachineLog. The depot workshop (ext 2320) calls you back within 2 hours."),
    para("Step 3. Mix 30 ml of CrestClean Neutral per 10 litres of clean water. Never put bleach or acid cleaners "
         "in the machine."),
    para("4. Working in public areas", "Heading2"),
    para("Put out at least 2 Caution Wet Floor signs before you start and take them away only when the floor is "
         "dry. In MRT stations the RX 85 is not used between 7.00 a.m. and 9.30 a.m. or between 5.30 p.m. and "
         "8.00 p.m. Sound the horn before reversing, and never leave the key in an unattended machine."),
    para("5. After each shift", "Heading2"),
    para("Empty and rinse both tanks, clean the squeegee and the filters, and put the machine on charge in the "
         "charging room. Never charge a machine in a passenger or public area. A full charge takes about 7 hours; "
         "do not unplug it before the green light shows."),
    para("Turn the rear squeegee blade after 100 hours and replace it at 200 hours. MachineLog counts the hours and "
         "reminds you."),
    para("6. Accidents and near misses", "Heading2"),
    para("If the machine hits a person, a wall or a fixture, stop, switch off, give first aid if needed and tell "
         "your supervisor at once. The supervisor files the incident report in CrestHR > Safety within 24 hours."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-SG"),
        core(title="Floor Scrubber Operation Procedure, version 3",
             creator="Operations Manager (Machines)", created="2027-09-13"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
