#!/usr/bin/env python3
"""Build docs/procedures/pre-trip-inspection.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedures", "pre-trip-inspection.docx")
STAMP = (2027, 7, 21, 0, 0, 0)

BODY = [
    para("Pre-Trip and Post-Trip Inspection Procedure", "Heading1"),
    para("Alder Fork Local Schools \u00b7 Transportation Department \u00b7 TR-05 \u00b7 Revision 5"),
    para("Effective 08/01/2027. This revision replaces Revision 4 (August 2024). It applies to every driver who "
         "drives a district bus, on routes, trips and shuttles, and to the mechanics who sign off repairs. The owner "
         "is the Fleet Supervisor (ext. 4420)."),
    para("1. When to inspect", "Heading2"),
    para("Do a full pre-trip inspection before your first run of the day, and before any trip in a bus you have not "
         "already inspected that day. Start it on FleetPad with \u201cStart Inspection\u201d; FleetPad records the "
         "time, the bus and where you are. You are paid 20 minutes for the pre-trip inspection, as part of your route "
         "time. A pre-trip that FleetPad shows as finished in less than 12 minutes is checked by the shop."),
    para("2. The walk-around", "Heading2"),
    table([
        ["Area", "Check", "Out of service if"],
        ["Engine compartment", "Oil, coolant, power steering fluid, belts, hoses, leaks",
         "A fluid leak that drips, or a belt that is missing, loose or cracked"],
        ["Lights and reflectors", "Headlights, turn signals, 8-way warning lights, strobe, stop arm, crossing arm",
         "Any amber or red warning light, the stop arm or the crossing arm not working"],
        ["Tires and wheels", "Tread, inflation, cuts, bulges, lug nuts",
         "Steering tire tread below 4/32 inch; any other tire below 2/32 inch; a loose or missing lug nut"],
        ["Emergency exits", "Rear door, side door, push-out windows, roof hatches and their buzzers",
         "Any exit that will not open or any buzzer that does not sound"],
        ["Emergency equipment", "Fire extinguisher, first aid kit, bodily fluid clean-up kit, 3 reflective "
         "triangles, seat belt cutter", "Extinguisher gauge not in the green, or any item missing"],
        ["Driver's area", "Mirrors, wipers, horn, heater and defrosters, seat belt, child-check button",
         "A mirror that cannot be adjusted, or wipers or defrosters not working in rain, snow or frost"],
    ]),
    para("3. Air brake test", "Heading2"),
    para("Step 1. With the engine running, build the air pressure to governor cut-out."),
    para("Step 2. Shut the engine off, release the parking brakes and hold the brake pedal down. The pressure must "
         "not drop more than 3 psi in 1 minute."),
    para("Step 3. Turn the key on and fan the brake pedal. The low-air warning must come on at or above 60 psi."),
    para("Step 4. Keep fanning. The parking brake valve must pop out between 20 and 45 psi."),
    para("Step 5. Start the engine and check that the pressure builds from 85 to 100 psi within 45 seconds."),
    para("Step 6. Set the parking brake and gently try to pull forward in low gear to test it."),
    para("4. Post-trip inspection and child check", "Heading2"),
    para("After every run and every trip, walk to the back of the bus, checking every seat and under every seat for "
         "a sleeping child and for anything left behind. Press the child-check button at the rear of the bus before "
         "you turn off the engine; if you do not, the alarm sounds. Then tap \u201cChild check complete\u201d on "
         "FleetPad. You are paid 10 minutes for the post-trip inspection and child check."),
    para("5. Defects", "Heading2"),
    para("Record every defect on the FleetPad defect screen before you leave the lot. If the defect is in the "
         "\u201cout of service if\u201d column, do not drive the bus: radio the shop on Channel 2, and dispatch "
         "will give you a spare. A bus goes back into service only when a mechanic has signed off the repair on "
         "FleetPad."),
    para("6. Records", "Heading2"),
    para("FleetPad keeps every inspection, defect and repair record for 2 years. The Fleet Supervisor checks a "
         "sample every week and the records are shown to the Ohio State Highway Patrol at the yearly bus inspection."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="en-US"),
        core(title="Pre-Trip and Post-Trip Inspection Procedure, Revision 5",
             creator="Fleet Supervisor", created="2027-07-21"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
