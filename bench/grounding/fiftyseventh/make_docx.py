#!/usr/bin/env python3
"""Build docs/safety/enclosed-space-entry.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "safety", "enclosed-space-entry.docx")
STAMP = (2030, 4, 17, 0, 0, 0)

BODY = [
    para("Enclosed Space Entry and Tank Coating Procedure", "Heading1"),
    para("Taehwa Marine Coatings Co., Ltd. \u00b7 Safety \u00b7 TMC-SP-04 \u00b7 Revision 4"),
    para("Effective 2030.05.01. This procedure replaces TMC-SP-04 Revision 3 (2027.11). It applies to everyone "
         "from Taehwa who enters a tank, double bottom, cofferdam, void or other enclosed space in a customer's "
         "shipyard or on an owner's ship: the Ulsan and Geoje Yard Teams, technical service engineers and agency "
         "staff working for us. The owner is the Safety Manager (ext 2160)."),
    para("1. Permits", "Heading2"),
    para("Nobody enters an enclosed space until the shipyard's gas-free certificate and entry permit are posted at "
         "the manhole and our own Tank Entry Checklist has been completed and signed in CrewBoard by the gas "
         "tester and the banjang. The checklist is valid for one shift only and ends at the end of that shift or "
         "when everyone has left the space, whichever comes first."),
    para("2. Gas testing", "Heading2"),
    para("Only a trained gas tester on the CrewBoard list may test. The air is tested at the top, middle and "
         "bottom of the space before the first entry, after any break of more than 30 minutes, and every 2 hours "
         "while anyone is inside. Each reading is entered in CrewBoard."),
    table([
        ["Gas", "Safe to enter", "Leave at once if"],
        ["Oxygen", "18.0% to 23.5%", "below 18.0% or above 23.5%"],
        ["Flammable gas", "below 5% LEL", "10% LEL or more"],
        ["Carbon dioxide", "below 1.5%", "1.5% or more"],
        ["Hydrogen sulphide", "below 10 ppm", "10 ppm or more"],
        ["Carbon monoxide", "below 30 ppm", "30 ppm or more"],
    ]),
    para("3. Ventilation", "Heading2"),
    para("Forced extraction runs from before the first entry until the last person is out. After spraying stops, "
         "extraction keeps running for at least 2 hours before anyone goes in without an air-fed hood."),
    para("4. Hole watch", "Heading2"),
    para("Every open manhole has its own trained hole watch, who stays at the manhole the whole time, keeps the "
         "entry log of everyone in and out, and makes a radio check with each team inside every 15 minutes. No "
         "more than 6 people are inside for each hole watch. The hole watch never enters the space."),
    para("5. Working inside", "Heading2"),
    para("Blasters wear an air-fed blast helmet; the breathing air line has a carbon monoxide monitor with an "
         "alarm. Sprayers wear an air-fed hood. Work no more than 2 hours at a time inside, then take a 20-minute "
         "break in fresh air. Lamps are explosion-proof and 24 V; no mobile phones, lighters or sparking tools."),
    para("6. Entering a tank", "Heading2"),
    para("Step 1. Check that the shipyard's gas-free certificate and entry permit are posted at the manhole."),
    para("Step 2. The gas tester tests the air and signs the Tank Entry Checklist in CrewBoard."),
    para("Step 3. Check that forced extraction is running and that the rescue tripod is set up at any vertical "
         "manhole deeper than 2 metres."),
    para("Step 4. Give your name to the hole watch and clip your tag on the entry board."),
    para("Step 5. Test your radio with the hole watch before going down."),
    para("Step 6. When you come out, take your tag off the board and tell the hole watch."),
    para("7. Emergencies", "Heading2"),
    para("If a gas alarm sounds or anyone feels unwell, everyone leaves the space at once. The hole watch calls the "
         "yard emergency number (Hanbada 7119, Daeyang 5119) and then the sojang. Nobody goes in to rescue "
         "without breathing apparatus; most people who die in tanks are rescuers."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Malgun Gothic", size=21, lang="en-US"),
        core(title="Enclosed Space Entry and Tank Coating Procedure, TMC-SP-04 Revision 4",
             creator="Safety Manager", created="2030-04-17"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
