#!/usr/bin/env python3
"""Build docs/naryn/plant-shift-rules.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "naryn", "plant-shift-rules.docx")
STAMP = (2029, 2, 18, 0, 0, 0)

BODY = [
    para("Naryn Plant Shift and Safety Rules", "Heading1"),
    para("Ak Bulut Kiyiz LLC \u00b7 Naryn washing and carding plant \u00b7 NP-01 \u00b7 Edition 3"),
    para("In force from 01.03.2029. Approved by the Director General. Owner: the plant manager (ext 301). These "
         "rules apply to everyone who works at the plant, including seasonal workers, drivers and contractors, on "
         "top of the company's okhrana truda rules."),
    para("1. Smenas and breaks", "Heading2"),
    para("In the season (01.06\u201331.10) the plant works two 12-hour smenas, 08:00\u201320:00 and "
         "20:00\u201308:00, on a 2-2-2 grafik. Off-season there is one day smena, 08:00\u201317:00, Monday to "
         "Friday."),
    para("In a 12-hour smena you have an obed of 40 minutes and two 15-minute breaks. The brigadir sets the rota so "
         "that the washing line and the carding machines are never left without an operator."),
    para("Handover: in the last 15 minutes of the smena the outgoing brigadir fills in the smenny zhurnal (smena log) "
         "and walks the washing line and the carding hall with the incoming brigadir. Nobody leaves a machine "
         "before the relief arrives. If the relief has not come, the brigadir calls the plant manager; nobody stays "
         "more than 4 hours after the end of the smena."),
    para("2. Night hours", "Heading2"),
    para("Hours worked between 22:00 and 06:00 are paid with a night doplata of 40% of the hourly tarif. A night "
         "smena therefore has 8 night hours. The night doplata is added to the high-mountain doplata; it is not "
         "part of it."),
    para("3. Washing line", "Heading2"),
    table([
        ["Tank", "Contents", "Temperature", "Changed"],
        ["1. Soak", "Clean water", "40\u201345 \u00b0C", "Every smena"],
        ["2. First wash", "Water, soda ash 2 g/l and detergent", "55\u201360 \u00b0C", "Every 8 hours"],
        ["3. Second wash", "Water and detergent", "50\u201355 \u00b0C", "Every 8 hours"],
        ["4. Rinse", "Clean water", "35\u201340 \u00b0C", "Every smena"],
    ]),
    para("Soda ash is added only by the line operator or the brigadir, wearing goggles and chemical-resistant "
         "gloves. Never reach into the squeeze rollers: stop the line with the red button first. Used water goes "
         "to the settling pond, never straight into the river."),
    para("4. Carding hall", "Heading2"),
    para("Step 1. Before cleaning a carding machine or clearing a jam, stop it and switch it off at its main "
         "isolator."),
    para("Step 2. Hang your own personal lock and the tag \u00abНЕ ВКЛЮЧАТЬ\u00bb on the isolator. Every person "
         "working on the machine hangs a lock."),
    para("Step 3. Press the start button to check that the machine does not start."),
    para("Step 4. When the work is done, each person removes only their own lock. Only the brigadir restarts the "
         "machine."),
    para("While the machines run, wear the FFP2 respirator and ear defenders in the carding hall at all times."),
    para("5. Lifting", "Heading2"),
    para("A carded wool bale from the baler weighs 40 kg. Anything over 25 kg is lifted by two people or moved on a "
         "trolley. Suppliers' raw wool bags (up to 60 kg) are always moved on a trolley or by the loader."),
    para("6. Wool store and fire", "Heading2"),
    para("No smoking within 15 metres of the wool store. Welding or any other hot work needs a written permit from "
         "the plant manager. The zavsklad checks and closes the wool store at the end of every smena and checks "
         "the extinguishers every month."),
    para("7. Cold", "Heading2"),
    para("The carding hall is kept at +16 \u00b0C or warmer. If it is colder than +12 \u00b0C, work stops and the "
         "smena waits in the canteen until the hall is warm again; the waiting time is paid. Outside work at "
         "\u221220 \u00b0C or colder: a 10-minute warm-up break every hour."),
    para("8. Editions", "Heading2"),
    table([
        ["Edition", "In force", "Main changes"],
        ["1", "01.05.2024 \u2013 14.04.2027", "First edition"],
        ["2", "15.04.2027 \u2013 28.02.2029", "Two 12-hour smenas in the season; night doplata; washing tank "
         "temperatures"],
        ["3", "from 01.03.2029", "Night doplata raised; personal locks in the carding hall; longer breaks; lifting "
         "limit lowered; cooler first wash with less soda ash; no smoking zone widened"],
    ], width=3000),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Naryn Plant Shift and Safety Rules, Edition 3",
             creator="Naryn plant manager", created="2029-02-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
