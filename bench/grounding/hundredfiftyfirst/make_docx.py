#!/usr/bin/env python3
"""Build docs/plant/lockout-and-machine-safety.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "plant", "lockout-and-machine-safety.docx")
STAMP = (2030, 7, 15, 0, 0, 0)

BODY = [
    para("Lockout and Machine Safety Procedure", "Heading1"),
    para("Hummingbird Valley Citrus Limited \u00b7 Pomona Plant \u00b7 PL-SOP-04 \u00b7 Revision 5"),
    para("Effective 1 August 2030. This procedure applies to everyone who cleans, clears, adjusts or repairs a "
         "machine at the plant: the extractors, conveyors, bucket elevators, pumps, the evaporator, the "
         "pasteuriser, the boiler, the drum filler, the pulp dryer and the pellet mill. It covers our own staff, "
         "crop-season hands and contractors. The owner is the Plant Manager (ext 210)."),
    para("1. Energy sources and how to isolate them", "Heading2"),
    table([
        ["Energy", "Where", "How to isolate", "How to check"],
        ["Electrical", "Extractors, conveyors, elevators, pumps, pellet mill",
         "Main isolator in the motor control room, locked off", "Press START: nothing moves"],
        ["Steam", "Evaporator, pasteuriser, CIP heater", "Close and lock both steam valves; open the bleed valve",
         "Pressure gauge reads 0"],
        ["Compressed air", "Extractor cylinders, drum filler", "Close and lock the air valve; bleed the line",
         "Air gauge reads 0"],
        ["Ammonia", "Cold store and tank farm chillers", "Refrigeration technician only",
         "Technician signs the permit"],
        ["Gravity", "Fruit bin gates, bucket elevators", "Pin the gate or block the elevator",
         "Try to move it by hand"],
    ]),
    para("2. Locking out, step by step", "Heading2"),
    para("Step 1. Tell the operator and the shift supervisor which machine you will work on and why."),
    para("Step 2. Stop the machine with its normal stop button."),
    para("Step 3. Isolate every energy source in the table above."),
    para("Step 4. Fit your own red personal padlock and a danger tag with your name, the date and your "
         "extension to each isolator. If several people work on the machine, each person puts a lock on the "
         "group lock box."),
    para("Step 5. Release stored energy: bleed steam and air, lower or pin anything that can fall."),
    para("Step 6. Try to start the machine at its local control to prove that it is dead, then return the "
         "control to OFF."),
    para("Step 7. Do the work."),
    para("Step 8. When you finish, remove your tools and guards-off signs, put the guards back, check that "
         "nobody is in the machine, remove your own lock and tell the operator it can be restarted."),
    para("3. Special rules", "Heading2"),
    para("Evaporator: wait at least 45 minutes after shutdown and until the shell is below 50 \u00b0C before you "
         "open any door, sight glass or flange."),
    para("Tank and vessel entry: a confined space permit is needed for every entry. The permit is valid for one "
         "shift only. The oxygen level is tested before anyone enters, and a standby person stays at the "
         "manhole for the whole time."),
    para("Someone else's lock: it may be removed only by the Plant Manager and the Safety Officer together, "
         "after they have tried to reach the lock's owner for 2 hours. The owner is told before the start of "
         "their next shift."),
    para("Forklifts inside the plant buildings: 8 km/h, horn at every door and corner."),
    para("4. Locks and training", "Heading2"),
    para("Personal padlocks are red and are issued by the store room (ext 260). Each lock has one key, which you "
         "keep. A lost key is reported to the Safety Officer (ext 250) the same day. Everyone who locks out is "
         "trained on this procedure before starting and again every 12 months. The Maintenance Superintendent "
         "(ext 240) keeps the list of trained staff."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-BZ"),
        core(title="Lockout and Machine Safety Procedure, Revision 5",
             creator="Plant Manager", created="2030-07-15"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
