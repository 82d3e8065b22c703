#!/usr/bin/env python3
"""Build docs/dive/liveaboard-dive-operations.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "dive", "liveaboard-dive-operations.docx")
STAMP = (2029, 10, 18, 0, 0, 0)

BODY = [
    para("Liveaboard Dive Operations and Safety Procedure", "Heading1"),
    para("Kandumathi Resorts & Cruises Pvt Ltd \u00b7 Liveaboard Operations \u00b7 DO-02 \u00b7 Version 5"),
    para("Effective 1 November 2029. This procedure applies to every guided dive from MV Kandu Star and MV Hiyaa "
         "Explorer, their dive dhoanis and tenders, and to every dive instructor, dive guide, dhoani captain and "
         "crew member who supports the diving. The owner is the Head of Diving, Mr Suresh Nair (ext 5001)."),
    para("1. Dive limits", "Heading2"),
    table([
        ["Dive", "Maximum depth", "Guests per guide", "Who may join"],
        ["Open Water divers", "18 m", "6", "Certified Open Water divers"],
        ["Advanced divers", "30 m", "6", "Advanced certification or higher"],
        ["Channel (kandu) drift dives", "30 m", "4", "Advanced divers with at least 30 logged dives"],
        ["Night dives", "20 m", "4", "Guests who have done a day dive on the same site"],
    ]),
    para("No guest dive goes deeper than 30 m and no dive is planned as a decompression dive. Each guest makes no "
         "more than 3 dives a day, of which only one may be a night dive, with a surface interval of at least 60 "
         "minutes between dives. Nobody dives in the 24 hours before a flight; a seaplane flight counts as a flight."),
    para("2. Nitrox", "Heading2"),
    para("Every nitrox cylinder is analysed by the diver who will use it, in front of the guide. The oxygen reading "
         "must be within 1% of the label and the maximum PO2 is 1.4 bar. The diver signs the fill record in DiveLog."),
    para("3. Before and after each dive", "Heading2"),
    para("Step 1. Give the briefing: site, depth, time, current, the entry and the plan if the group is split."),
    para("Step 2. Do two separate head counts, one by the guide and one by the dhoani captain, and record both in "
         "DiveLog before the first diver enters the water."),
    para("Step 3. Check that every diver carries a surface marker buoy and a whistle. On channel dives every diver "
         "also carries a personal locator beacon, issued by the Cruise Director."),
    para("Step 4. When the divers are back on the dhoani, repeat the two head counts and record them in DiveLog "
         "before the dhoani moves."),
    para("The dhoani captain stays at the wheel of the dhoani at all times while divers are in the water."),
    para("4. Weather and current", "Heading2"),
    para("There is no diving when the wind is over 25 knots or when a red weather alert is in force. Channel dives are "
         "cancelled when the guide measures a current of more than 2 knots at the channel mouth. The captain has the "
         "final word on every dive."),
    para("5. Compressors and air", "Heading2"),
    para("The breathing air from each compressor is tested by an approved laboratory every 3 months. Filter "
         "cartridges and oil are changed at the intervals in the maker's latest notice, and every change is recorded "
         "in DiveLog. No cylinder is filled while the maker's engineers are servicing the compressor."),
    para("6. Emergencies", "Heading2"),
    para("If a diver is injured or shows signs of decompression illness: bring the diver onto the dhoani and give "
         "100% oxygen at once; call the captain on VHF channel 72; the captain calls the Head of Diving (ext 5001) "
         "and, if needed, the Coast Guard on 191. Follow the vessel's Emergency Action Plan for the nearest "
         "recompression chamber, and record the times, the oxygen given and the dive profile in DiveLog."),
    para("7. Training", "Heading2"),
    para("Every dive guide and dhoani captain does an oxygen and first aid refresher every 12 months and a rescue "
         "drill on each trip. DiveLog records are kept for 5 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Liveaboard Dive Operations and Safety Procedure, version 5",
             creator="Head of Diving", created="2029-10-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
