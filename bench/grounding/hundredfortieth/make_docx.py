#!/usr/bin/env python3
"""Build docs/dive/boat-operations-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "dive", "boat-operations-procedure.docx")
STAMP = (2029, 4, 16, 0, 0, 0)

BODY = [
    para("Boat and Dive Operations Procedure", "Heading1"),
    para("Namele Reef Resorts Limited \u00b7 Namele Dive Centre \u00b7 DIV-01"),
    para("Effective 1 May 2029. This version replaces the procedure effective 1 March 2026. It applies to MV "
         "Manta Bleu, MV Tamanu, every skipper, deckhand, divemaster and instructor, and to the Santo Lodge trips "
         "desk when it works with a partner boat. The owner is the Dive Operations Manager (ext 301)."),
    para("1. Weather and departure", "Heading2"),
    para("The skipper checks the marine forecast and the harbour conditions before every trip. No boat leaves "
         "the wharf when the forecast wind is over 20 knots or the swell is over 2 metres. The skipper's "
         "decision not to go is final and is never questioned in front of guests."),
    para("2. Pre-departure check", "Heading2"),
    para("The skipper completes the pre-departure check in BoatLog at least 45 minutes before departure: fuel, "
         "engines, bilge pumps, VHF radio, oxygen kit, first aid kit, life jackets, flares and the dive flag. A "
         "boat that fails the check does not leave; the skipper tells the Dive Operations Manager."),
    para("Every boat leaves with at least one third of its fuel as a reserve. Every trip has at least 2 crew, "
         "one of them a licensed skipper."),
    para("3. Divers in the water", "Heading2"),
    table([
        ["Divers", "Ratio (guide : divers)", "Maximum depth"],
        ["Open Water certified", "1 : 6", "18 m"],
        ["Advanced and above", "1 : 6", "30 m"],
        ["Students on a course", "1 : 4", "As the course allows, never over 18 m for Open Water students"],
        ["Try dive (no certificate)", "1 : 2", "12 m"],
        ["Night dive", "1 : 4", "18 m"],
    ]),
    para("Two separate headcounts are done before the boat leaves a dive site: one by the skipper and one by the "
         "divemaster. Both numbers are entered in BoatLog; if they differ, the boat does not move."),
    para("4. At sea", "Heading2"),
    para("The skipper calls the dive base on VHF channel 72 when leaving the wharf, on arrival at each site and "
         "every 60 minutes after that. The skipper stays on board while divers are in the water; a deckhand "
         "watches the surface and the dive flag."),
    para("5. Missing diver", "Heading2"),
    para("Step 1. Raise the alarm on board, note the time and the last place the diver was seen."),
    para("Step 2. Mark the position in the GPS and put a marker buoy in the water."),
    para("Step 3. Search the surface downcurrent for no more than 10 minutes, then call the dive base on VHF "
         "channel 72."),
    para("Step 4. The Dive Operations Manager calls the police maritime wing and the other dive operators, and "
         "the boat keeps searching until told to stop."),
    para("6. After the trip", "Heading2"),
    para("Rinse the gear and the boat with fresh water. Record the divers, the dives, the fuel used and any "
         "incident in BoatLog before leaving the wharf. Injuries are reported in MiStaf within 24 hours."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-AU"),
        core(title="Boat and Dive Operations Procedure (DIV-01)",
             creator="Dive Operations Manager", created="2029-04-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
