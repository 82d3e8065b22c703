#!/usr/bin/env python3
"""Build docs/fleet/driver-handbook.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "fleet", "driver-handbook.docx")
STAMP = (2030, 8, 20, 0, 0, 0)

BODY = [
    para("Delivery Driver Handbook", "Heading1"),
    para("Rukkilill Bakeries AS \u00b7 Fleet and Logistics \u00b7 LOG-02 \u00b7 Edition 4"),
    para("Effective 01.09.2030. This handbook is for everyone who drives a Rukkilill van: our own drivers, "
         "dispatchers who cover a run and agency drivers. The owner is the Fleet and Logistics Manager. The Fleet "
         "desk answers on 1400 from 06:00 to 18:00; at other times call the bakery control room on 2100."),
    para("1. Before you leave the bakery", "Heading2"),
    para("Report to dispatch 30 minutes before your van leaves. The Tallinn runs leave the Tartu bakery at 03:45, "
         "the P\u00e4rnu run at 04:15 and the Tartu city run at 05:15; the full list is in the delivery routes "
         "table (LOG-03). Do the van check in Teekond before you load. A van that fails the check does not leave "
         "until dispatch or the Fleet desk says so."),
    table([
        ["Check", "Standard", "If it fails"],
        ["Tyres", "No damage; tread at least 5 mm on winter tyres", "Call the Fleet desk; take the spare van"],
        ["Cake compartment", "+2 \u00b0C to +6 \u00b0C on the display", "Do not load cakes; tell dispatch"],
        ["Lights, wipers and mirrors", "All working and clean", "Dispatch changes bulbs and blades"],
        ["Load", "Crates strapped; cakes on the shelves, not on the floor", "Re-load before you leave"],
        ["Safety kit", "First aid kit, fire extinguisher, warning triangle, reflective vest", "Dispatch replaces it"],
        ["Fuel", "At least half a tank for the Tallinn and P\u00e4rnu runs", "Fill up at an approved station"],
    ], width=3000),
    para("2. On the road", "Heading2"),
    para("Take a break of at least 20 minutes after every 3 hours of driving. Our vans are never driven faster "
         "than 90 km/h, even where the limit is higher. The alcohol limit for our drivers is 0.00, and the Fleet "
         "desk may test any driver with the breathalyser (alkomeeter) at dispatch. Use the phone only hands-free; "
         "set up Teekond before you drive off. Speed camera and parking fines for your own driving are paid by "
         "you."),
    para("3. Winter", "Heading2"),
    para("Studded tyres are allowed from 15 October and winter tyres are required by law from 1 December to "
         "1 March. The Fleet desk has every van on winter tyres by 31 October. Our own minimum tread on winter "
         "tyres is 5 mm, more than the law asks. Every van carries an ice scraper, a snow shovel and a tow rope "
         "from October to April. Check the road conditions on tarktee.ee before the Tallinn and P\u00e4rnu runs, "
         "and wear your reflector (helkur) when you walk to a kohvik door in the dark."),
    para("4. Delivering to the kohvikud", "Heading2"),
    para("Before opening time, let yourself in with the key safe where there is one; K06 Kalamaja has none, so "
         "call ahead if you are late. Put the crates in the bread cage and lock it. Take a photo of the crates "
         "in the cage in Teekond; the photo is the proof of delivery and there is no paper delivery note any "
         "more. At the shopping centres use the goods entrance, which opens at 06:00."),
    para("5. Accidents and breakdowns", "Heading2"),
    para("If anyone is hurt, call 112 first. Make the place safe with the hazard lights and the warning triangle. "
         "Take photos, fill in the European accident statement with the other driver and call the Fleet desk "
         "(at night the control room). Report the accident in Teekond within 2 hours. For a breakdown, call the "
         "Fleet desk, which sends the spare van for the load."),
    para("6. Fuel card", "Heading2"),
    para("The fuel card is for your van only. Its PIN is sent to your work phone by SMS from the Fleet desk; "
         "never write it on the card or keep it in the van. Fill up only at the approved stations listed in "
         "Teekond and photograph every receipt in Teekond."),
    para("Fleet and Logistics Manager"),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-EE"),
        core(title="Delivery Driver Handbook, Edition 4",
             creator="Fleet and Logistics Manager", created="2030-08-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
