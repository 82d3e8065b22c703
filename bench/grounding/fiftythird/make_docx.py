#!/usr/bin/env python3
"""Build docs/homecare/fleet-vehicle-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "homecare", "fleet-vehicle-procedure.docx")
STAMP = (2030, 8, 19, 0, 0, 0)

BODY = [
    para("Home Care Fleet Vehicle Procedure", "Heading1"),
    para("Derwent Banksia Aged Care \u00b7 Banksia at Home \u00b7 HC-04 \u00b7 Version 3"),
    para("Effective 1 September 2030. This procedure applies to every Banksia at Home worker, coordinator and "
         "maintenance officer who drives a Derwent Banksia car or ute. The owner is the Fleet Coordinator "
         "(ext 4470)."),
    para("1. Who may drive", "Heading2"),
    para("You must hold a full Australian driver licence (not a learner, P1 or P2 licence) and have completed "
         "the Driver safety course (MT-10) in Banksia Learn. Upload a photo of both sides of your licence in "
         "Fleetbook; it is checked every 12 months and whenever your licence changes. If your licence is "
         "suspended or cancelled, tell the Fleet Coordinator within 24 hours and do not drive."),
    para("2. Our cars", "Heading2"),
    table([
        ["Base", "Vehicles", "Parked", "Keys"],
        ["New Town", "22 Corolla hybrids and 2 utes (maintenance)", "Rear car park, Risdon Road",
         "Key safe by the Home Care office"],
        ["Kingston", "8 Corolla hybrids", "Bays K1 to K8, rear car park", "Key safe at reception"],
        ["Sorell", "8 Corolla hybrids", "Bays S1 to S8", "Key safe at the staff entrance"],
    ]),
    para("Cars are booked to you in Fleetbook with your TidePlan shift. The utes are for the maintenance team "
         "and are not used for client visits."),
    para("3. Before you drive", "Heading2"),
    para("Step 1. Open Fleetbook and do the pre-start check before your first trip of the shift: tyres, "
         "lights, indicators, windscreen, fuel and any new damage. Photograph new damage in the app."),
    para("Step 2. Enter the odometer reading. Fleetbook keeps the logbook for you; enter the reading again "
         "when you return the car."),
    para("Step 3. Start SafeCheck, put your phone in the cradle and connect it by Bluetooth."),
    para("A car that fails the pre-start check is not driven. Lock it, put the key back in the key safe and "
         "tell the Home Care Coordinator."),
    para("4. Fuel", "Heading2"),
    para("Each car has its own fuel card. Fill up when the tank is below a quarter, with 91 unleaded only. The "
         "limit is $150 per transaction. Photograph the receipt in Fleetbook within 48 hours. The card is not "
         "for car washes, food or your own car."),
    para("5. Taking a car home", "Heading2"),
    para("Cars stay at the base overnight. Home garaging is allowed only with the Home Care Manager's written "
         "approval, for a worker whose first visit starts before 7:00am or whose last visit ends after "
         "8:00pm. Cars are never used for private trips. The only passengers allowed are another staff member "
         "or a client whose care plan includes transport."),
    para("6. Fines and tolls", "Heading2"),
    para("Speeding, red light, mobile phone and parking infringement notices are the driver's responsibility. "
         "The Fleet Coordinator nominates the driver within 14 days, using the Fleetbook booking, and the "
         "notice is then sent to you. Derwent Banksia does not pay traffic fines for you."),
    para("7. Accidents and breakdowns", "Heading2"),
    para("Step 1. Stop, turn on the hazard lights and check for injuries. Call 000 if anyone is hurt or the "
         "road is blocked."),
    para("Step 2. Take photos of the cars, the place and the other driver's licence and number plate, and "
         "swap details. Do not admit fault."),
    para("Step 3. Phone the Home Care Coordinator straight away (after hours, the After Hours Coordinator). "
         "They will tell your next clients if you are running late."),
    para("Step 4. Report the accident in RiskPoint before the end of your shift and fill in the damage report "
         "in Fleetbook."),
    para("For a breakdown or a flat tyre, call the roadside assistance number on the key tag. Do not change a "
         "tyre on the side of a highway."),
    para("8. Roads and weather", "Heading2"),
    para("Watch for black ice on winter mornings, especially on the Channel Highway and the hills above "
         "Kingston. If the Tasman Bridge is closed, visits east of the Derwent are covered by the Sorell "
         "cars and the Home Care Coordinator reschedules the rest. On a day of Catastrophic fire danger, only "
         "essential visits go ahead in bushfire-prone areas, and never on a road closed by police or the "
         "Tasmania Fire Service."),
    para("9. Keeping the car clean", "Heading2"),
    para("No smoking or vaping in any car. Take your rubbish with you and wipe the steering wheel and handles "
         "at the end of your shift. The Fleet Coordinator's contractor washes and details each car every "
         "month."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-AU"),
        core(title="Home Care Fleet Vehicle Procedure, version 3",
             creator="Fleet Coordinator", created="2030-08-19"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
