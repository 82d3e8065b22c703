#!/usr/bin/env python3
"""Build docs/fleet/driver-handbook.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "fleet", "driver-handbook.docx")
STAMP = (2029, 2, 15, 0, 0, 0)

BODY = [
    para("Driver Handbook \u2014 \u062f\u0644\u064a\u0644 \u0627\u0644\u0633\u0627\u0626\u0642", "Heading1"),
    para("Ras Ajouza Marine & Logistics W.L.L. \u00b7 Amghara Fleet Yard \u00b7 FL-01 \u00b7 Edition 3"),
    para("Effective 1 March 2029. This handbook applies to every driver of a company truck, trailer, reefer truck "
         "or staff bus, including drivers on probation. The owner is the Fleet and Workshop Manager (ext 6101). "
         "The Fleet control room (ext 6100) is open 24 hours."),
    para("1. Licences and medical checks \u00b7 \u0627\u0644\u0631\u062e\u0635 \u0648\u0627\u0644\u0641\u062d\u0635 "
         "\u0627\u0644\u0637\u0628\u064a", "Heading2"),
    para("Drive only with a valid Kuwait driving licence for the class of vehicle. The Government Relations Officer "
         "renews your licence before it expires, and the company pays the renewal fee. Every driver has a medical "
         "check (eyesight, hearing and blood pressure) every year."),
    para("2. Driving hours \u00b7 \u0633\u0627\u0639\u0627\u062a \u0627\u0644\u0642\u064a\u0627\u062f\u0629",
         "Heading2"),
    para("Drive no more than 9 hours in a day. Take a break of at least 30 minutes after every 4 hours of driving. "
         "Rest at least 11 hours between the end of one working day and the start of the next. FleetTrack records "
         "your driving time; the dispatcher will not give you a trip that breaks these limits."),
    para("3. Speed limits \u00b7 \u062d\u062f\u0648\u062f \u0627\u0644\u0633\u0631\u0639\u0629", "Heading2"),
    para("The company limits below apply even where the road allows a higher speed. FleetTrack reports every "
         "speeding alert to the Fleet control room."),
    table([
        ["Where", "Trucks and trailers", "Staff buses"],
        ["Highways and ring roads", "80 km/h", "90 km/h"],
        ["City roads", "60 km/h", "60 km/h"],
        ["Shuwaikh and Shuaiba port areas", "25 km/h", "25 km/h"],
        ["Inside our sites", "15 km/h (10 km/h at Amghara)", "15 km/h"],
    ]),
    para("4. Before every trip \u00b7 \u0642\u0628\u0644 \u0643\u0644 \u0631\u062d\u0644\u0629", "Heading2"),
    para("Do the 15-point pre-trip check in the FleetTrack app: tyres, lights, brakes, mirrors, horn, fire "
         "extinguisher, warning triangle, load lashing and, on reefer trucks, the set point. A truck that fails "
         "the check goes to the workshop and not on the road. For reefer loads, check the reefer display every "
         "2 hours and record it in FleetTrack."),
    para("Pay for fuel only with the company fuel card and its PIN. Photograph the receipt in FleetTrack on the "
         "same day."),
    para("5. If you have a road accident \u00b7 \u0641\u064a \u062d\u0627\u0644 \u0648\u0642\u0648\u0639 "
         "\u062d\u0627\u062f\u062b", "Heading2"),
    para("Step 1. Stop, switch on the hazard lights and put the warning triangle 50 metres behind the truck."),
    para("Step 2. If anyone is hurt, or the road is blocked, call 112."),
    para("Step 3. For a minor accident with no injuries, take photos of both vehicles and their positions before "
         "you move to the side of the road. After any other accident, do not move the truck until the police allow "
         "it."),
    para("Step 4. Call the Fleet control room (ext 6100). The control room sends a supervisor and informs the "
         "insurer."),
    para("Step 5. Get the accident report from the traffic police and upload it, with your photos, in FleetTrack > "
         "Accident within 24 hours. Do not admit fault or pay money at the scene."),
    para("6. Traffic fines \u00b7 \u0627\u0644\u0645\u062e\u0627\u0644\u0641\u0627\u062a "
         "\u0627\u0644\u0645\u0631\u0648\u0631\u064a\u0629", "Heading2"),
    para("A fine caused by the driver (speeding, a red light, parking, a phone in the hand) is paid by the driver. "
         "The company pays the fine to the Ministry of Interior and takes it back from your salary in instalments "
         "of no more than KD 10.000 a month. A fine caused by the truck's condition or by a dispatcher's "
         "instruction is paid by the company. You can dispute a fine with the Fleet and Workshop Manager within "
         "14 days."),
    para("7. Border trips \u00b7 \u0631\u062d\u0644\u0627\u062a \u0627\u0644\u062d\u062f\u0648\u062f", "Heading2"),
    para("For trips to the Nuwaiseeb, Abdali or Salmi border posts, carry your passport, civil ID, driving "
         "licence, the cargo manifest and the customs declaration. If you wait at the border for more than 12 "
         "hours, call the Fleet control room. The trip and overnight allowances are in the allowances table."),
    para("8. Phones \u00b7 \u0627\u0644\u0647\u0627\u062a\u0641", "Heading2"),
    para("Never hold a phone while driving. Use the hands-free set only for calls from the Fleet control room. "
         "Using a phone in the hand is a disciplinary offence."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Driver Handbook, edition 3",
             creator="Fleet and Workshop Manager", created="2029-02-15"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
