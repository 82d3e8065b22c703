#!/usr/bin/env python3
"""Build docs/mill/boiler-house-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "mill", "boiler-house-procedure.docx")
STAMP = (2030, 2, 25, 0, 0, 0)

BODY = [
    para("Boiler House Safe Operation Procedure", "Heading1"),
    para("Nkhwazi Lakeshore Sugar Limited \u00b7 Nkhwazi Mill \u00b7 MILL-SOP-04 \u00b7 Revision 3"),
    para("Effective 3rd March 2030. This procedure replaces MILL-SOP-04 Revision 2 (March 2027). It applies to "
         "everyone who works in or enters the boiler house: boiler attendants, stokers, fitters, electricians, "
         "instrument technicians, contractors and the commissioning engineers of Boiler 3. The owner is the "
         "Boiler House Superintendent (ext 2310)."),
    para("1. The boilers", "Heading2"),
    table([
        ["Boiler", "Fuel", "Maximum working pressure", "High-pressure alarm"],
        ["Boiler 1", "Bagasse, coal as back-up", "21 bar", "20 bar"],
        ["Boiler 2", "Bagasse, coal as back-up", "21 bar", "20 bar"],
        ["Boiler 3 (new for the 2030 crop)", "Bagasse only", "45 bar", "43 bar"],
    ]),
    para("Boiler 3 feeds the new turbo-alternator and may not be run above 45 bar for any reason. If its "
         "high-pressure alarm sounds, reduce the bagasse feed and tell the shift engineer."),
    para("2. Routine checks", "Heading2"),
    para("Check the drum water level every hour and record it in MillLog on the control room tablet. Blow down the "
         "gauge glasses at 06:00, 14:00 and 22:00 hrs, at the start of each shift. Record the drum pressure, the "
         "feed water temperature and the flue gas temperature every hour. Test the low-water alarm and trip on "
         "each boiler every Monday on the morning shift and record the test in MillLog."),
    para("3. Permits and isolation", "Heading2"),
    para("Hot work in the boiler house needs a hot work permit from the shift engineer. A permit is valid for one "
         "shift only; the next shift needs a new permit."),
    para("Nobody enters a furnace, a drum or a flue until it has cooled below 40 \u00b0C, it has been gas tested, "
         "a confined space permit has been issued and a standby person is posted at the entry."),
    para("Before work on any pump, fan or feeder, it is isolated and each worker fits their own padlock and tag to "
         "the isolation point. The permit is closed only when every padlock has been removed by its owner."),
    para("4. The bagasse store", "Heading2"),
    para("No smoking and no naked flame within 30 m of the bagasse store. A fire watch walks the store on every "
         "shift. The hose reels are tested every week and the store roads are kept clear for the fire tender."),
    para("5. People", "Heading2"),
    para("Boiler attendants must hold a valid Boiler Operator Certificate, renewed every 2 years. Nobody works "
         "more than 12 hours in any 24 hours, including overtime. Hearing protection must be worn wherever the "
         "noise is above 85 dB, which includes the whole firing floor. Each boiler house worker receives 500 ml "
         "of fresh milk (mkaka) every shift, collected from the canteen, and drinking water is at the control "
         "room door."),
    para("6. If the water level falls too low", "Heading2"),
    para("Step 1. Trip the bagasse feeders and the forced-draught fan with the emergency stop at the firing "
         "floor."),
    para("Step 2. Do not add feed water to a boiler whose level is out of sight in the gauge glass."),
    para("Step 3. Close the main steam stop valve slowly."),
    para("Step 4. Call the Boiler House Superintendent (ext 2310) and the Factory Manager (ext 2300)."),
    para("Step 5. Record the event in MillLog. The boiler is not restarted until it has been inspected."),
    para("7. Contacts", "Heading2"),
    para("Boiler House Superintendent, ext 2310. Boiler house control room, ext 2315. Estate Fire Control, "
         "ext 2222."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Boiler House Safe Operation Procedure, MILL-SOP-04 Revision 3",
             creator="Boiler House Superintendent", created="2030-02-25"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
