#!/usr/bin/env python3
"""Build docs/szarito/kampanyrend-2029.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "szarito", "kampanyrend-2029.docx")
STAMP = (2029, 8, 20, 0, 0, 0)

BODY = [
    para("Kampányrend 2029 – Foktői szárítóüzem", "Heading1"),
    para("Pirosmező Paprika Zrt. \u00b7 Foktői szárítóüzem \u00b7 SZ-01 \u00b7 2029"),
    para("Valid for the 2029 drying campaign, from 2029. 08. 27. until the end of the campaign (expected: the "
         "night műszak of 2029. 11. 16.). It applies to everyone who works at Foktő in the campaign: our own "
         "colleagues, idénymunkás colleagues and agency workers. Owner: Varga László, szárítóüzem-vezető "
         "(ext 401)."),
    para("1. Műszakrend", "Heading2"),
    para("In 2029 the plant works in two 12-hour műszak, 7 days a week, with four brigád (A, B, C and D) in a "
         "2-2-3 pattern: 2 days on, 2 days off, 3 days on. Your brigád and days are in MűszakNet."),
    table([
        ["Műszak", "Időpont", "Ebédszünet", "Meleg étel"],
        ["Nappali (day)", "6:00–18:00", "2 × 30 perc: 10:30 and 14:30", "delivered at 12:00"],
        ["Éjszakai (night)", "18:00–6:00", "2 × 30 perc: 22:30 and 2:30", "delivered at 0:00"],
    ]),
    para("In the drying hall everybody also takes a 10-minute break every 2 hours in the cooled pihenő "
         "(break room). The meleg étel is free for every campaign műszak."),
    para("2. Nyers paprika átvétel (receiving)", "Heading2"),
    para("Átvételi idő: Monday to Saturday 7:00–19:00, Sunday 8:00–14:00."),
    para("Step 1. Weigh every load on the átvételi mérleg and record it in the Átvétel app."),
    para("Step 2. Take 1 sample for every 2 tonnes started and check the colour, the rot and for soil or stones."),
    para("Step 3. Reject the load if rothadt (rotten) pods are above 5% or there are stones in it. Between 2% "
         "and 5% the contract's price deduction applies."),
    para("Step 4. Give the termelő the printed mérlegjegy (weighing slip) from the Átvétel app."),
    para("3. Szárítás (drying)", "Heading2"),
    para("The air temperature in the dryers may be at most 65 °C, to keep the colour of the paprika. The "
         "dryer operator records it every 2 hours in MűszakNet > Ellenőrzések. Above 65 °C the vezénylő (ext 400) "
         "turns the burner down at once. The nedvességtartalom (moisture) of the dried paprika may be at most 9%; "
         "the laboráns tests a sample every 2 hours."),
    para("4. Céges busz (company bus)", "Heading2"),
    para("The free campaign bus leaves the Kalocsa autóbusz-állomás for Foktő at 5:20 and 17:20, and leaves "
         "Foktő for Kalocsa at 6:20 and 18:20. Show your belépőkártya to the driver."),
    para("5. Túlóra és pihenő", "Heading2"),
    para("A műszak is never longer than 12 hours, and nobody works two műszak in a row. Between two műszak "
         "everybody has at least 11 hours of rest. Túlóra is ordered only by the műszakvezető in MűszakNet. The "
         "éjszakai pótlék and the kampánypótlék are on the Bér, pótlékok, túlóra page of Malomnet."),
    para("6. Kampányvégi jutalom (end-of-campaign bonus)", "Heading2"),
    para("Everybody who works at least 30 days in the 2029 campaign without igazolatlan hiányzás (unexcused "
         "absence) gets 60 000 Ft gross. Our own colleagues get it with the December bér; idénymunkás colleagues "
         "get it with their last pay if they stay until the end of the campaign."),
    para("7. Biztonság (safety)", "Heading2"),
    para("Lock-out (LOTO) with the karbantartás padlock before anybody enters a dryer or a conveyor. No phones in "
         "the drying hall: it is an Ex zone. Drink water often. New idénymunkás colleagues get munkavédelmi "
         "oktatás and the red overall on the first day, before they start work."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="hu-HU"),
        core(title="Kampányrend 2029 – Foktői szárítóüzem",
             creator="Varga László, szárítóüzem-vezető", created="2029-08-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
