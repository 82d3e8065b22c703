#!/usr/bin/env python3
"""Build docs/kitchen/central-kitchen-food-safety.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "kitchen", "central-kitchen-food-safety.docx")
STAMP = (2028, 7, 17, 0, 0, 0)

BODY = [
    para("Central Kitchen Food Safety Procedure", "Heading1"),
    para("Proc\u00e9dure d'hygi\u00e8ne alimentaire \u2013 Cuisine centrale"),
    para("KIT-02 \u00b7 Version 4 \u00b7 Owner: Executive Chef, CKL (ext 5010)"),
    para("In force from 1 August 2028 at the Central Kitchen & Laundry, Plaine Magnien. Read it with the allergen "
         "cards and the KitchenTrack tablet guide. Every cook, kitchen helper, steward, van driver and event waiter "
         "who handles food from the CKL signs that they have read it."),
    para("1. Critical limits", "Heading2"),
    table([
        ["Stage", "Limit", "If the limit is not met"],
        ["Goods in, chilled", "5 \u00b0C or below at the core", "Refuse the goods and log the refusal"],
        ["Goods in, frozen", "\u221215 \u00b0C or colder", "Refuse the goods and log the refusal"],
        ["Chillers and cold rooms", "0 \u00b0C to 4 \u00b0C", "Move the food; call maintenance, ext 5030"],
        ["Freezers", "\u221218 \u00b0C or colder", "Move the food; call maintenance, ext 5030"],
        ["Cooking", "75 \u00b0C or more at the core", "Keep cooking and probe again"],
        ["Cooling in the blast chiller", "From 63 \u00b0C to below 5 \u00b0C within 90 minutes",
         "Throw the food away"],
        ["Hot holding", "63 \u00b0C or hotter", "Reheat once to 75 \u00b0C, or throw away"],
        ["Hot food sent to a hotel or event", "Served within 60 minutes of leaving the CKL", "Throw the food away"],
    ]),
    para("KitchenTrack reads every chiller and freezer by itself every 15 minutes and sounds an alarm on the CKL desk "
         "(ext 5000) after 20 minutes out of range. Cooks probe and log cooking, cooling and hot holding on the "
         "tablet."),
    para("2. Goods in", "Heading2"),
    para("Deliveries are taken only at the goods-in bay, from 06:00 to 11:00, and never on Sunday. The receiving cook "
         "looks at the van, the packs and the labels first: torn packs, goods with no label in English or French, "
         "and goods with less than 2 days to their use-by date are refused. Chilled and frozen goods are probed "
         "against the limits above and must be in the cold rooms no later than 15 minutes after the van doors "
         "open; dry goods wait."),
    para("3. Packing an event order", "Heading2"),
    para("Step 1. Print the event sheet and the allergen card from KitchenTrack the day before the event."),
    para("Step 2. Pack the allergen-free dishes first, on the purple boards, in boxes with a purple label."),
    para("Step 3. Probe each hot dish before the lid goes on, and write the temperature and the time on the box "
         "label."),
    para("Step 4. Put a 100 g sample of every dish in the sample chiller, labelled with the event name. Samples are "
         "kept for 72 hours."),
    para("Step 5. The driver signs the despatch sheet; the 60-minute clock starts when the van leaves the gate."),
    para("4. Reheating", "Heading2"),
    para("Food is reheated only once, to 75 \u00b0C or more at the core. Reheated food that is not served is thrown "
         "away at the end of the service."),
    para("5. When you are ill", "Heading2"),
    para("Before your shift, tell the chef on duty about vomiting, diarrhoea, a fever, yellow skin or eyes, or an "
         "infected cut or sore. After vomiting or diarrhoea you stay at home until 48 hours after the last "
         "episode; this counts as sick leave under the Leave Policy. Cuts are covered with a blue plaster and a "
         "glove."),
    para("6. Probes, cleaning and training", "Heading2"),
    para("Probes are checked every Monday against iced water (\u22121 \u00b0C to 1 \u00b0C) and boiling water "
         "(99 \u00b0C to 101 \u00b0C). The night stewards deep-clean the hot kitchen every Saturday night. New "
         "staff do the food hygiene course before their first shift, and everyone repeats it every 2 years. "
         "KitchenTrack keeps all records for 3 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-MU"),
        core(title="Central Kitchen Food Safety Procedure, version 4",
             creator="Executive Chef, CKL", created="2028-07-17"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
