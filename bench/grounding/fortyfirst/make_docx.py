#!/usr/bin/env python3
"""Build docs/ops/lift-operations-sop.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "ops", "lift-operations-sop.docx")
STAMP = (2027, 10, 8, 0, 0, 0)

BODY = [
    para("Lift Operations Standard Operating Procedure", "Heading1"),
    para("Kestrel Pass Resorts, Inc. \u00b7 Lift Operations \u00b7 LIFT-01 \u00b7 Season 2027-28"),
    para("Effective 10/15/2027. This SOP applies to every lift operator and lift lead at Kestrel Pass, on Kestrel "
         "Express, Ptarmigan Quad, Boreas Triple, Mosquito T-bar and Pika Carpets 1 and 2. Lift Maintenance owns the "
         "machinery; Lift Operations owns loading, unloading and the guest line. The owner is the Lift Operations "
         "Manager (ext. 2301). Every lift operator signs this SOP off with their lead before their first shift."),
    para("1. Report times and staffing", "Heading2"),
    para("Report to your lift 75 minutes before the posted opening time. Lift hours are 9:00 a.m. to 4:00 p.m., and "
         "8:30 a.m. to 4:00 p.m. on weekends and holidays. Every chairlift has a bottom operator, a top operator and a "
         "lift lead who covers no more than two lifts. Nobody opens a top station alone before Ski Patrol has swept "
         "the unload area."),
    para("2. Opening the lift", "Heading2"),
    para("Step 1. Sign in on the LiftLog tablet in the bottom shack."),
    para("Step 2. Walk the station: ramps, mazes, signs, the safety gate and any ice on the ramps."),
    para("Step 3. Shovel and groom the load and unload ramps to the marked height."),
    para("Step 4. With Lift Maintenance, test every stop button at both stations and record each test in LiftLog."),
    para("Step 5. Run the lift empty for one full loop and watch every chair pass."),
    para("Step 6. Do a radio check on Channel 1 with the top operator and your lead."),
    para("Step 7. Your lead rides the first chair, checks the unload area and signs LiftLog before guests load."),
    para("3. Loading", "Heading2"),
    para("Children shorter than 51 inches ride with someone aged 14 or older. Lower the restraint bar on every chair "
         "once everyone is seated. Slow the lift for any guest who needs help, and stop it rather than let a guest "
         "be dragged. Off-duty employees give up their place to guests when you ask them."),
    para("4. Wind holds", "Heading2"),
    table([
        ["Lift", "Slow to reduced speed at", "Hold the lift at", "Wind reading from"],
        ["Kestrel Express", "30 mph sustained", "45 mph gusts", "Top station anemometer (new for 2027-28)"],
        ["Ptarmigan Quad", "25 mph sustained", "40 mph gusts", "Top station anemometer"],
        ["Boreas Triple", "25 mph sustained", "38 mph gusts", "Top station and tower 9"],
        ["Mosquito T-bar", "30 mph sustained", "50 mph gusts", "Top station anemometer"],
    ]),
    para("Reopen only when the wind has stayed below the hold level for 20 minutes and your lead agrees. Record every "
         "slowdown and hold in LiftLog with the time and the reading."),
    para("5. Cold weather", "Heading2"),
    para("When the wind chill at the top station is below 0 \u00b0F, top operators rotate with the bottom station "
         "every 45 minutes and take a 15-minute warm-up in the shack. Below \u221225 \u00b0F wind chill, the Lift "
         "Operations Manager decides whether the top stations are worked from inside the shack."),
    para("6. Stops and evacuation", "Heading2"),
    para("After any stop, find out why before you restart. Radio your lead and Lift Maintenance. If the lift cannot "
         "be restarted on the main drive or the auxiliary drive within 30 minutes, the Lift Maintenance Manager and "
         "the Ski Patrol Director start a rope evacuation. Lift operators keep guests calm, give an update over the "
         "lift's public address every 5 minutes and follow Ski Patrol's directions."),
    para("7. Closing", "Heading2"),
    para("The last chair is ridden by a Ski Patrol sweep. Unload the line, close the maze, run the lift empty and "
         "park it with Lift Maintenance. Complete the closing checklist in LiftLog before you leave."),
    para("8. Records", "Heading2"),
    para("LiftLog records are kept for 3 years. The Lift Operations Manager reviews them every week and after every "
         "evacuation or injury."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="en-US"),
        core(title="Lift Operations Standard Operating Procedure, LIFT-01, 2027-28",
             creator="Lift Operations Manager", created="2027-10-08"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
