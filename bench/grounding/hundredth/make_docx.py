#!/usr/bin/env python3
"""Build docs/harvest/grape-reception-2029.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "harvest", "grape-reception-2029.docx")
STAMP = (2029, 8, 24, 0, 0, 0)

BODY = [
    para("Grape Reception and Harvest Work 2029", "Heading1"),
    para("Arevaberd Brandy and Wine CJSC \u00b7 Grape Reception Point, Armavir \u00b7 PRD-07 \u00b7 Season 2029"),
    para("Valid from 01.09.2029 until the last load of harvest 2029. For everyone who works at the Grape Reception "
         "Point (weighbridge, sampling, crushers, the yard) and for the vineyard brigades who deliver there, including "
         "seasonal staff. Owner: Harvest Coordinator, Samvel Ghazaryan (ext 2201)."),
    para("\u0532\u0565\u0580\u0584\u0561\u0570\u0561\u057e\u0561\u0584\u056b \u056a\u0561\u0574\u0561\u0576\u0561\u056f "
         "\u0568\u0576\u0564\u0578\u0582\u0576\u0574\u0561\u0576 \u056f\u0565\u057f\u0568 \u0561\u0577\u056d\u0561\u057f"
         "\u0578\u0582\u0574 \u0567 \u0577\u0578\u0582\u0580\u057b\u0585\u0580\u0575\u0561\u0589"),
    para("1. Herts", "Heading2"),
    para("The Grape Reception Point works day and night from 03.09.2029 until the last load, planned for 31.10.2029. "
         "The day hert is 08:00\u201320:00 and the night hert 20:00\u201308:00. Come 15 minutes early for the "
         "handover (07:45 and 19:45); the handover time is paid. Nobody works more than 6 herts in a row, and after "
         "6 herts you get at least 1 full day off. Hert swaps are not allowed at the Grape Reception Point during "
         "harvest: ask the Harvest Coordinator."),
    para("2. Pay in the harvest", "Heading2"),
    para("Harvest night premium: hours worked between 22:00 and 06:00 at the Grape Reception Point are paid at the "
         "hourly rate plus 50%."),
    para("Harvest parget: 2 000 \u058f for every full hert worked at the Grape Reception Point, paid with the "
         "balance of the October ashkhatavardz on 05.11.2029. Seasonal staff who leave earlier get it with their "
         "final pay."),
    para("Meals: the day hert has lunch in the main canteen (12:00\u201314:30). The night hert gets a hot meal in "
         "the Grape Reception Point canteen from 00:30 to 01:30. Tea and drinking water are free all the time."),
    para("3. Which grapes we accept", "Heading2"),
    table([
        ["Variety", "Used for", "Minimum sugar", "Price to the grower, \u058f per kg"],
        ["Kangun", "Brandy", "16 \u00b0Brix", "150"],
        ["Garan Dmak", "Brandy", "16 \u00b0Brix", "140"],
        ["Rkatsiteli", "Brandy", "16 \u00b0Brix", "140"],
        ["Voskehat", "Brandy and white wine", "18 \u00b0Brix", "190"],
        ["Areni", "Red wine and ros\u00e9", "20 \u00b0Brix", "260"],
    ]),
    para("A load up to 1 \u00b0Brix below the minimum is accepted at 70% of the price. A load more than 1 \u00b0Brix "
         "below the minimum is rejected. A load with more than 5% rotten or mouldy berries in the sample is "
         "rejected. Grapes must arrive within 6 hours of picking; the picking time is on the grower's card."),
    para("4. Receiving a load", "Heading2"),
    para("Step 1. At Gate 2 the guard scans the grower's card and GrapeLog gives the truck a queue number."),
    para("Step 2. Gross weighing: the truck drives onto the weighbridge, the engine is switched off and the driver "
         "and any passengers get out of the cab."),
    para("Step 3. The sampler takes grapes from 3 points of the load with the sampling probe."),
    para("Step 4. The laboratory assistant measures the sugar with the refractometer, checks for rot and enters "
         "both results in GrapeLog."),
    para("Step 5. The truck unloads into crusher hopper 1 (Kangun, Garan Dmak, Rkatsiteli) or crusher hopper 2 "
         "(Voskehat and Areni)."),
    para("Step 6. Tare weighing of the empty truck."),
    para("Step 7. GrapeLog prints the receipt in two copies. The grower signs one for us and keeps the other."),
    para("5. Safety in the yard", "Heading2"),
    para("Wear the hi-vis vest on the weighbridge and in the unloading area, and safety boots everywhere. Nobody "
         "climbs onto a truck or into a hopper while the hopper screw is running. No phones on the crusher platform. "
         "The fermentation hall next door is in the CO2 season: see the Maran and fermentation hall safety page."),
    para("6. Paying the growers", "Heading2"),
    para("Growers are paid by the accounts department by bank transfer within 20 working days of the delivery. "
         "Growers with questions about a payment call accounts, ext 1135. Reception staff never give out payment "
         "information and never take cash from a grower."),
    para("7. Contacts", "Heading2"),
    para("Grape Reception Point office (day and night): ext 2200 \u00b7 Harvest Coordinator: ext 2201 \u00b7 "
         "Laboratory: ext 2601 \u00b7 IT harvest on-call: ext 2299 \u00b7 Emergency: 911"),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Grape Reception and Harvest Work 2029",
             creator="Harvest Coordinator", created="2029-08-24"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
