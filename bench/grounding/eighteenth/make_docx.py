#!/usr/bin/env python3
"""Build docs/policies/lone-working-and-personal-safety.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "lone-working-and-personal-safety.docx")
STAMP = (2027, 1, 18, 0, 0, 0)

BODY = [
    para("Lone Working and Personal Safety", "Heading1"),
    para("HSE-PROC-007 \u00b7 Version 3.0 \u00b7 Effective 1 February 2027 \u00b7 Owner: HSE Manager \u00b7 "
         "Approved by the Chief Executive Officer, Havgaard Offshore Service A/S"),
    para("This procedure applies to everyone who works for Havgaard at the Esbjerg, Hvide Sande and Emden bases, on "
         "the vessels and on the wind farms, and to contractors working under a Havgaard permit. It sets out when a "
         "person may work alone and how the Marine Coordination Centre (MCC) keeps track of everyone offshore."),
    para("1. Offshore: never alone", "Heading2"),
    para("No one works alone on a turbine, a substation, a transition piece or the open deck of a vessel, at any time "
         "and for any task, including short visual inspections. At least two technicians work together on any "
         "turbine, and at least three for work in the hub, in a blade or in any confined space, so that a rescue can "
         "start at once while the third person calls the MCC."),
    para("2. Minimum team and check-in", "Heading2"),
    table([
        ["Where", "Minimum team", "Check in with the MCC", "Check in how"],
        ["Turbine, tower and nacelle", "2 technicians", "on arrival, every 2 hours and on leaving", "VHF or the Skipper app"],
        ["Hub, blade or confined space", "3 technicians", "before entry and on exit", "VHF"],
        ["Substation", "2 technicians, one of them an SAP", "on arrival, every 2 hours and on leaving", "VHF or the Skipper app"],
        ["Onshore workshop or warehouse, 06.00 to 22.00", "1 person (lone working allowed)", "every 30 minutes", "the Havgaard Safe app"],
    ]),
    para("3. Lone working onshore", "Heading2"),
    para("Lone working is allowed only in the workshops and warehouses at Esbjerg, Hvide Sande and Emden, between "
         "06.00 and 22.00, and never for work at height, HV switching, hot work or work with lifting equipment. Before "
         "you start, switch on the Havgaard Safe app on your company phone. The app has a man-down alarm that goes "
         "off when you do not move for 60 seconds or when the phone falls, and it asks you to confirm you are well "
         "every 30 minutes."),
    para("4. Missed check-in", "Heading2"),
    para("If a team or a lone worker misses a check-in, the MCC calls them after 10 minutes. If there is no answer "
         "within 15 minutes of the missed check-in, the MCC starts the emergency plan: it sends the nearest vessel or "
         "a colleague from the base, and calls 112 (Denmark and Germany) or JRCC Denmark at sea."),
    para("5. Personal safety on the way to and from work", "Heading2"),
    para("Technicians travelling home after a 12-hour shift should not drive for more than 1 hour; if you are tired, "
         "use the rest room at the base or ask Facilities for a hotel room in Esbjerg, paid by Havgaard. Report any "
         "threat or harassment, at work or on the way, to your manager or the HSE duty phone (+45 76 13 49 99)."),
    para("6. Emergency numbers", "Heading2"),
    para("Marine Coordination Centre (24 hours): +45 76 13 40 40. Emergency services: 112. At sea: VHF channel 16. "
         "HSE duty phone: +45 76 13 49 99."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="HSE-PROC-007 Lone Working and Personal Safety, Version 3.0",
             creator="HSE Manager", created="2027-01-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
