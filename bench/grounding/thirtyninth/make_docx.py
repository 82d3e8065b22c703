#!/usr/bin/env python3
"""Build docs/field/rescue-and-evacuation-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "field", "rescue-and-evacuation-procedure.docx")
STAMP = (2027, 9, 10, 0, 0, 0)

BODY = [
    para("Rescue and Evacuation Procedure", "Heading1"),
    para("Himal Sanchar Treks and Expeditions Pvt. Ltd. \u00b7 Operations \u00b7 OPS-07 \u00b7 Version 3"),
    para("Effective 1 Asoj 2084 (17 September 2027). Owner: Safety Officer, ext 240. This procedure applies to "
         "every guide in charge of a trek or an expedition approach, and to every crew member, when a client or a "
         "crew member (including a porter hired for one trip) is seriously sick or injured."),
    para("1. First actions on the spot", "Heading2"),
    para("Step 1. Stop the group. Make the person warm and safe, give first aid and, for altitude illness, oxygen "
         "at 2 to 4 litres a minute."),
    para("Step 2. Contact the Operations duty desk within 30 minutes: ext 230 in office hours, otherwise the "
         "TrekDesk SOS button or an inReach SOS message. The duty desk answers 24 hours a day, every day of the "
         "season."),
    para("Step 3. Give the duty desk: the trip code, the person's name, the place and altitude, what happened, the "
         "SpO2 and pulse readings, and the weather."),
    para("Step 4. If the person can walk or be carried, start down the same day with a crew member and descend "
         "at least 500 m. Do not wait for a helicopter to start descending."),
    para("2. Who decides", "Heading2"),
    table([
        ["Decision", "Who decides", "When they cannot be reached"],
        ["Helicopter rescue", "Safety Officer", "Operations Manager"],
        ["Group continues or turns back", "Guide in charge, with the duty desk", "Guide in charge alone"],
        ["Client insurance guarantee", "Operations duty desk", "Operations Manager"],
        ["Replacement guide or porter", "Operations duty desk", "Chief Guide"],
    ]),
    para("The Safety Officer decides on a helicopter from the facts given by the guide. Nobody on the trail waits "
         "for an insurance answer when a life is at risk: if the client's insurer has not given a guarantee within "
         "1 hour, the Safety Officer may send the helicopter and Operations settles with the client later."),
    para("3. Staff and porters", "Heading2"),
    para("A helicopter rescue of any staff member or porter is paid by the company. The company's field staff "
         "insurance covers it up to Rs. 5,00,000 a rescue and the company pays anything above that. A sick or "
         "injured crew member is never sent down alone: one crew member goes with him or her and stays until he "
         "or she is handed to a doctor."),
    para("4. Landing place", "Heading2"),
    para("Choose a flat place of at least 25 m x 25 m, clear of loose things such as tents and plastic. Keep "
         "everybody at least 30 m away and stand with your back to the wind, arms raised, to show the pilot where "
         "to land. Never walk to the helicopter from the uphill side."),
    para("5. The rest of the group", "Heading2"),
    para("The assistant guide stays with the rest of the group. The group does not go higher until the duty desk "
         "agrees. If the guide in charge goes down with the sick person, the duty desk names the new guide in "
         "charge."),
    para("6. After the evacuation", "Heading2"),
    para("Write the incident report in TrekDesk > Incidents within 24 hours of reaching a phone or internet "
         "signal. Keep all bills (helicopter, hospital, lodge, extra porters) and hand them in with the trip "
         "settlement. Only the Managing Director speaks to the press; do not post about the incident on social "
         "media."),
    para("7. Training", "Heading2"),
    para("Every guide and assistant guide does a first aid refresher every 2 years and practises this procedure "
         "at the pre-season briefing."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-NP"),
        core(title="Rescue and Evacuation Procedure, OPS-07 version 3",
             creator="Safety Officer", created="2027-09-10"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
