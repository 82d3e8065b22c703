#!/usr/bin/env python3
"""Build docs/hse/permit-to-work-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "hse", "permit-to-work-procedure.docx")
STAMP = (2027, 10, 18, 0, 0, 0)

BODY = [
    para("Permit to Work Procedure", "Heading1"),
    para("Cascadura Marine & Terminal Services Limited \u00b7 Health, Safety and Environment \u00b7 HSE-04 "
         "\u00b7 Revision 4"),
    para("Effective 1 November 2027. This procedure applies to everyone who does high-risk work at the Point "
         "Lisas Marine Base, on the tugs and pilot launches, in Tobago and at the Sea Lots Container Yard, "
         "including contractors. The owner is the HSE Manager (ext 2290). No high-risk job starts without a "
         "permit, and the permit stays at the work site until it is closed."),
    para("1. Permits and who issues them", "Heading2"),
    table([
        ["Permit", "Needed for", "Issued by", "Valid for"],
        ["Hot work", "Welding, cutting or grinding outside the workshop bays, and any hot work on board",
         "Shift Engineer", "One shift, up to 12 hours"],
        ["Enclosed space entry", "Tanks, void spaces, chain lockers, cofferdams and the winch drum pit",
         "Marine Superintendent, or a Shift Engineer who holds a gas tester certificate",
         "One shift, up to 12 hours"],
        ["Work at height", "Above 2 metres without a fixed guard rail, and all work over the side",
         "Shift Engineer or Yard Supervisor", "One shift, up to 12 hours"],
        ["Isolation", "Electrical, hydraulic or mechanical work on engines, towing winches and reach stackers",
         "Shift Engineer", "Until the work is signed off"],
    ]),
    para("2. Enclosed space entry", "Heading2"),
    para("The air inside must be within these limits before anyone goes in: oxygen between 20.5% and 21.5%; "
         "flammable gas below 1% LEL; hydrogen sulphide below 5 ppm; carbon monoxide below 25 ppm."),
    para("Step 1. Isolate and lock off every pipe, pump and power supply into the space."),
    para("Step 2. Open the space and ventilate it with the blower for at least 30 minutes."),
    para("Step 3. Test the air at the top, middle and bottom of the space with the calibrated 4-gas meter and "
         "write the readings on the permit."),
    para("Step 4. The attendant stays at the entrance the whole time, with a radio, keeps the entry log and never "
         "goes in."),
    para("Step 5. Re-test the air every 2 hours, and every time someone goes back in after a break."),
    para("Step 6. Keep the rescue tripod, harness and breathing set at the entrance. If anyone is unwell, "
         "everyone comes out and the attendant calls Marine Control (ext 5100)."),
    para("3. Hot work", "Heading2"),
    para("Remove or cover anything that can burn within 10 metres. Keep two 9 kg dry powder extinguishers at "
         "the work site. A fire watch stays for 60 minutes after the hot work ends and checks the other side of "
         "any bulkhead or deck that was heated."),
    para("4. Isolation", "Heading2"),
    para("Switch off, lock off and tag the isolation point. Each worker puts a personal padlock on the isolation "
         "point and keeps the key until his or her own work is finished. For work on a towing winch, the drum is "
         "held with the band brake and the locking pin before the hydraulics are isolated."),
    para("5. Closing the permit", "Heading2"),
    para("The issuer and the team leader inspect the site and sign the permit off together. Closed permits are "
         "scanned into PlanMaint against the work order and kept for 3 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-TT"),
        core(title="Permit to Work Procedure, Revision 4", creator="HSE Manager", created="2027-10-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
