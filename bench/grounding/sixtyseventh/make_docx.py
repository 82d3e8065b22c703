#!/usr/bin/env python3
"""Build docs/kura/koji-room-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "kura", "koji-room-procedure.docx")
STAMP = (2035, 9, 20, 0, 0, 0)

BODY = [
    para("Koji Room Hygiene and Night Work Procedure", "Heading1"),
    para("Echigo Yukimuro Sake Brewery \u00b7 Nagaoka kura \u00b7 KR-02 \u00b7 Revision C"),
    para("Issued 2035/09/20 by the toji, Mr Isamu Kobayashi. Revision C replaces Revision B from the start of the "
         "2035-36 season. It applies to the koji team and to anyone who enters the koji room, including office "
         "staff and visitors."),
    para("1. Before you go in", "Heading2"),
    para("Step 1. Change into the white koji room clothes and the koji room sandals in the changing room."),
    para("Step 2. Wash your hands and forearms for 30 seconds, dry them on a paper towel and spray them with "
         "alcohol."),
    para("Step 3. Leave watches, rings and phones in the locker."),
    para("Step 4. Write your name and the time on the entry sheet at the koji room door."),
    para("No natto from October to April, at home too: natto bacteria on clothes or hands can ruin a batch of "
         "koji. Anyone with a cold, a stomach upset or a cut on the hands stays out of the koji room."),
    para("2. Room settings", "Heading2"),
    table([
        ["Item", "Setting", "Checked"],
        ["Room temperature", "30 \u00b0C to 32 \u00b0C", "Every 2 hours on the tablet"],
        ["Humidity", "55% to 65%", "Every 2 hours on the tablet"],
        ["Koji bed (toko) after mori", "33 \u00b0C to 35 \u00b0C", "At every check"],
        ["Daiginjo koji in trays (futa)", "As the toji's plan for the batch", "At every check"],
    ]),
    para("3. Night work", "Heading2"),
    para("The night check is at 02:00. The person on the koji rota sleeps in the kura dormitory and sets their "
         "own alarm; the kashira checks by phone at 02:15 that the check has started. The check covers the "
         "temperature of each tray, the mixing (kiri-kaeshi) when the toji's plan asks for it, and an entry on "
         "the koji room tablet. Two people do the night check together from the first daiginjo batch onwards."),
    para("4. Working time", "Heading2"),
    para("Stay in the koji room no more than 40 minutes at a time, then take a 10-minute break outside with "
         "water. Do not work in the koji room alone at night. Anyone who feels dizzy leaves the room at once "
         "and tells the kashira."),
    para("5. Cleaning", "Heading2"),
    para("At the end of each batch the trays and cloths are washed with hot water and dried in the drying room. "
         "The floor and the tables are wiped with alcohol at the end of each day and the entry sheet is "
         "handed to the kashira."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Koji Room Hygiene and Night Work Procedure, Revision C",
             creator="Toji", created="2035-09-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
