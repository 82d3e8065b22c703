#!/usr/bin/env python3
"""Build docs/workshop/workshop-safety-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "workshop", "workshop-safety-procedure.docx")
STAMP = (2025, 7, 21, 0, 0, 0)

BODY = [
    para("Central Workshop Safety Procedure", "Heading1"),
    para("Awadhpath Coachlines Pvt. Ltd. \u00b7 Central Workshop, Transport Nagar, Lucknow \u00b7 WS-01 \u00b7 "
         "Version 5"),
    para("Effective 1 August 2025. This procedure applies to every mechanic, auto electrician, AC mechanic, tyre "
         "fitter, washer and workshop helper at the Central Workshop and at the Varanasi and Kaushambi depot "
         "workshops, and to contractors working there. The owner is the Chief Workshop Manager (ext 2101)."),
    para("1. Protective equipment", "Heading2"),
    table([
        ["Job", "Wear"],
        ["All work on the shop floor", "Overalls and safety shoes"],
        ["Grinding, drilling and cutting", "Safety goggles and ear plugs"],
        ["Welding and gas cutting", "Welding shield, leather gloves and leather apron"],
        ["Battery work", "Face shield and rubber gloves"],
        ["Tyre inflation", "Safety goggles; inflate only inside the tyre cage"],
        ["AC refrigerant work", "Goggles and cold-resistant gloves"],
    ]),
    para("2. Pits and lifting", "Heading2"),
    para("Cover every pit that is not in use. A banksman guides every bus on to a pit, and nobody stays in the pit "
         "while a bus is moved over it."),
    para("Never work under a bus held only by a hydraulic jack. Chock the wheels and put axle stands under the bus "
         "first."),
    para("Before any work under the bus or in the engine bay, switch off the engine, take out the key and hang a "
         "DO NOT START tag on the steering wheel."),
    para("3. Tyres", "Heading2"),
    para("Cold tyre pressures for the 12 m coaches are 8.5 bar at the front and 8.0 bar at the rear, unless the "
         "tyre maker's chart on the wall says otherwise. Retreaded tyres are never fitted on the front axle. Tyres "
         "with less than 3 mm of tread are taken out of service."),
    para("Wheel nuts are tightened with the torque wrench to 600 Nm and checked again after the first 50 km. Write "
         "the wheel change in DutyChart so that the depot of the next halt checks the nuts."),
    para("4. Hot work", "Heading2"),
    para("Welding and gas cutting need a hot work permit signed by the shift supervisor. No hot work within "
         "10 metres of the diesel dispensing point. Keep a fire extinguisher within 5 metres, and a fire watcher "
         "stays for 30 minutes after the job ends."),
    para("5. Road tests", "Heading2"),
    para("Only mechanics who hold a heavy vehicle licence and a road test authorisation card from the Chief "
         "Workshop Manager may road-test a bus. Every road tester takes a breath-alcohol test at the workshop gate "
         "before the road test. Road tests use only the Kanpur Road test loop (about 12 km), at not more than "
         "60 km/h and never with passengers."),
    para("6. Fitness check before a bus leaves", "Heading2"),
    para("Step 1. Walk round the bus: tyres, wheel nuts, leaks, lights and the reflective tape."),
    para("Step 2. Inside: air pressure of at least 8 bar before the bus moves, brakes, steering play, wipers, "
         "horn, emergency exits and hammers, the 2 fire extinguishers and the first-aid box."),
    para("Step 3. Check that BusTrack, the panic buttons and the CCTV are working."),
    para("Step 4. Sign the fitness slip in DutyChart. A bus with a brake, steering or tyre defect does not leave."),
    para("7. Shifts and reporting injuries", "Heading2"),
    para("The Central Workshop works three shifts: 6:00 AM to 2:00 PM, 2:00 PM to 10:00 PM and 10:00 PM to "
         "6:00 AM."),
    para("Report every injury, however small, to the shift supervisor at once, and on form WS-IR within 1 hour. "
         "First-aid boxes are at the store counter and at each pit line; the first aider on each shift wears a "
         "green armband. Smoking is allowed only in the marked area outside gate 3."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-IN"),
        core(title="Central Workshop Safety Procedure, version 5",
             creator="Chief Workshop Manager", created="2025-07-21"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
