#!/usr/bin/env python3
"""Build docs/activities/dive-and-snorkel-safety.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "activities", "dive-and-snorkel-safety.docx")
STAMP = (2028, 4, 18, 0, 0, 0)

BODY = [
    para("Dive and Snorkel Safety Procedure", "Heading1"),
    para("Naiqoro Bay Resorts Pte Limited \u00b7 Dive & Activities \u00b7 ACT-03 \u00b7 Issue 4"),
    para("Effective 1 May 2028. This procedure supersedes ACT-03 Issue 3 (Snorkel Trip Rules, September 2025). It "
         "applies to every skipper, deckhand, dive instructor, dive guide and snorkel guide at Korotogo and Nukuvou, "
         "including contract instructors, and to the beach team. The owner is the Dive & Activities Manager "
         "(ext 2201)."),
    para("1. Ratios", "Heading2"),
    table([
        ["Activity", "Most guests per guide", "Extra rule"],
        ["Guided snorkel from the boat", "8", "Children under 12: 4 per guide, with a parent in the water"],
        ["Certified divers, fun dive", "6", "Deepest 30 metres; the guide's own computer sets the limit"],
        ["Trial dive (never dived before)", "2 per instructor", "Pool session first; deepest 12 metres"],
        ["Beach snorkel (lagoon)", "12 per lifeguard on the beach", "Inside the marker buoys only"],
    ]),
    para("Children may snorkel from the age of 8, with a parent in the water. Guests who have not snorkelled before "
         "wear a flotation vest for the whole trip."),
    para("2. Before the trip", "Heading2"),
    para("Step 1. Check the weather. No boat trip goes out when the wind is over 20 knots or when the Fiji "
         "Meteorological Service has a strong wind warning for our waters. The skipper decides on the day and can "
         "always say no."),
    para("Step 2. Check the boat, the VHF radio, the first aid kit and the oxygen kit. The oxygen kit is checked "
         "daily before the first trip and the check is recorded in BoatLog."),
    para("Step 3. Count the guests on the jetty, check every name against the trip manifest in BoatLog and give the "
         "skipper the count."),
    para("Step 4. Give the briefing: the signals, the buddy system, the reef rules and the time back on the boat."),
    para("3. On the water", "Heading2"),
    para("Each guide carries a surface marker buoy and wears a bright rash top. The skipper or a deckhand stays on "
         "the boat as lookout at all times, and the dive flag is up whenever anyone is in the water."),
    para("Count the guests after every dive or snorkel stop, before the boat moves, and write the count on the "
         "dive slate. Any difference from the manifest count starts the missing guest steps at once."),
    para("4. Missing or hurt guest", "Heading2"),
    para("Step 1. The skipper keeps the boat where it is and starts the search pattern with the guides."),
    para("Step 2. Call the Marine Base duty phone (ext 5110) on the VHF radio or by phone, then the Duty Manager."),
    para("Step 3. For a hurt guest, give first aid and oxygen, and call 911 for an ambulance to meet the boat at the "
         "jetty."),
    para("5. Diving and flying", "Heading2"),
    para("Guests must not dive in the 24 hours before a flight. Check the departure date at the booking and again at "
         "the briefing; the dive shop will not book a dive inside that time."),
    para("6. Tanks and air", "Heading2"),
    para("Only staff who have done the compressor operator training fill tanks. The compressor air is tested by an "
         "outside laboratory every 6 months, and after every service visit. The filter change dates are written in "
         "the compressor log."),
    para("7. Training and records", "Heading2"),
    para("Every guide and skipper does an oxygen first aid course every 2 years and a rescue drill with the dive "
         "team every 3 months. Trip manifests and dive slates are kept in BoatLog for 5 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-FJ"),
        core(title="Dive and Snorkel Safety Procedure, ACT-03 Issue 4",
             creator="Dive & Activities Manager", created="2028-04-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
