#!/usr/bin/env python3
"""Build docs/shipyard/slipway-and-hot-work.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "shipyard", "slipway-and-hot-work.docx")
STAMP = (2028, 8, 14, 0, 0, 0)

BODY = [
    para("Slipway and Hot Work Procedure", "Heading1"),
    para("Zil Lanmer Marine Ltd \u00b7 Providence Shipyard \u00b7 SY-02 \u00b7 Version 3"),
    para("Effective 01/09/2028. This procedure applies to everyone who works at the Providence shipyard: shipyard "
         "staff, crew working on their own vessel, the engine maker's technicians and all contractors. The owner is "
         "the Shipyard Manager (ext 5600); permits are issued by the Yard Foreman (ext 5601)."),
    para("1. Permits", "Heading2"),
    table([
        ["Work", "Permit", "Valid for", "Extra rule"],
        ["Hot work (welding, cutting, grinding)", "Hot work permit", "8 hours",
         "Fire watch for 60 minutes after the work ends"],
        ["Entry into a tank or closed space", "Confined space permit", "One shift",
         "Gas test before entry and every 4 hours"],
        ["Work at height over 2 metres", "Height permit", "One shift", "Harness clipped on at all times"],
        ["Winching a hull up or down the slipway", "Slipway permit", "One operation",
         "Only the winch driver and the Yard Foreman give signals"],
    ]),
    para("2. Hot work", "Heading2"),
    para("Step 1. Ask the Yard Foreman for a hot work permit in DockLog before you start."),
    para("Step 2. Clear everything that can burn for 10 metres around the work and cover what cannot be moved "
         "with a fire blanket."),
    para("Step 3. Place a charged fire extinguisher within 3 metres of the work."),
    para("Step 4. When the work ends, the fire watch stays for 60 minutes and then signs the permit closed in "
         "DockLog."),
    para("3. Tanks and closed spaces", "Heading2"),
    para("Nobody enters a fuel or water tank until the Yard Foreman has gas tested it. The test is repeated every "
         "4 hours and after every break. A standby person stays at the tank opening with a radio while anyone is "
         "inside, and never goes in to rescue without breathing apparatus."),
    para("4. Slipway", "Heading2"),
    para("No more than 2 hulls on the slipway at one time. Stand clear of the cradle and the winch wire while the "
         "winch is running. Scaffolds are inspected every 7 days and tagged green when safe."),
    para("5. Protective equipment", "Heading2"),
    para("Safety boots, hard hat and high-visibility vest at all times in the yard. Welding helmet, leather gloves "
         "and apron for hot work. Ear defenders near the grinders and the compressor. Safety boots are paid for "
         "through the safety boots allowance."),
    para("6. Hours and accidents", "Heading2"),
    para("The yard is open 07:00 to 16:00, Monday to Friday; work outside these hours needs the Shipyard "
         "Manager's approval. Report every accident and near miss in LakazStaff within 24 hours and tell the Yard "
         "Foreman at once."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Slipway and Hot Work Procedure, version 3",
             creator="Shipyard Manager", created="2028-08-14"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
