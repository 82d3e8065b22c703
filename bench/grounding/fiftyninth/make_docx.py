#!/usr/bin/env python3
"""Build docs/procedures/silo-and-grain-handling.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedures", "silo-and-grain-handling.docx")
STAMP = (2031, 7, 21, 0, 0, 0)

BODY = [
    para("Silo Entry and Grain Handling Procedure", "Heading1"),
    para("Tobyl Grain Terminal LLP \u00b7 Kostanay elevator \u00b7 OPS-05 \u00b7 Version 5"),
    para("Effective 01.08.2031. This procedure applies to everyone who enters a silo, bunker, tank or hopper wagon "
         "at Kostanay, Rudny or Zhitikara, and to everyone who looks after stored grain, including contractors. "
         "The owner is the zavskladom of the Kostanay elevator (ext 1301)."),
    para("1. Permit to work", "Heading2"),
    para("Nobody enters a silo, bunker or tank without a permit to work issued by the shift head. A permit is "
         "valid for one smena only; a new smena needs a new permit, even for the same job and crew. The permit "
         "is opened and closed in SmenaPlan > Permits and a printed copy is kept at the hatch."),
    para("2. Before entry", "Heading2"),
    para("Step 1. Stop and lock out every conveyor, auger and slide gate that feeds or empties the silo. Each "
         "person who goes in puts a personal lock on the isolation point and keeps the key."),
    para("Step 2. Test the air at the hatch and again at the working level with the four-gas meter. Record the "
         "readings in the permit."),
    para("Step 3. Check the harness, lifeline and winch, and the radio link with the dispatcher (ext 1300)."),
    para("Step 4. Place two standby persons at the hatch. At least one of them has rescue training."),
    table([
        ["Check", "Safe to enter", "Stop and do not enter"],
        ["Oxygen", "19,5% to 23%", "Below 19,5% or above 23%"],
        ["Phosphine", "Below 0,1 ppm", "0,1 ppm or more"],
        ["Carbon monoxide", "Below 20 ppm", "20 ppm or more"],
        ["After fumigation", "10 days and a clear phosphine test", "Less than 10 days"],
    ]),
    para("3. While someone is inside", "Heading2"),
    para("The person inside wears a full harness on a lifeline attached to the winch. The standby persons never "
         "go in; if something goes wrong they raise the alarm on the radio and use the winch. Air is tested "
         "again every 30 minutes. Never walk on grain, never stand below a bridge or a crust, and never enter "
         "while the silo is being emptied."),
    para("4. Grain care in storage", "Heading2"),
    para("Grain temperature is read with the silo thermometry every 3 days, and every day for oilseeds and for "
         "grain dried in the last 30 days. Grain at 30 \u00b0C or warmer, or warming by 2 \u00b0C in 3 days, is "
         "aerated or turned to another silo the same day, and the zavskladom is told. Readings are recorded in "
         "Qoyma."),
    para("5. Dust and cleaning", "Heading2"),
    para("Dust is cleared from the galleries, tunnels and dryer platforms before the end of every smena. "
         "Compressed air is never used for cleaning; use the central vacuum points. Spilled grain is swept up, "
         "not hosed."),
    para("6. Training and records", "Heading2"),
    para("Everyone who enters silos or acts as a standby person is trained on this procedure before starting and "
         "every 12 months. Closed permits are kept for 3 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Silo Entry and Grain Handling Procedure, version 5",
             creator="Zavskladom, Kostanay elevator", created="2031-07-21"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
