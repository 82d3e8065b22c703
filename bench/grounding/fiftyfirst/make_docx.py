#!/usr/bin/env python3
"""Build docs/plant/machine-safety-lockout.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "plant", "machine-safety-lockout.docx")
STAMP = (2030, 2, 18, 0, 0, 0)

BODY = [
    para("Machine Safety and Lockout Procedure: Dehairing and Scouring Lines", "Heading1"),
    para("Khangai Cashmere LLC \u00b7 Khan-Uul Plant \u00b7 PL-02 \u00b7 Version 3"),
    para("Effective 1 March 2030. This procedure applies to everyone who runs, cleans, adjusts or repairs a machine "
         "in the raw fibre part of the Khan-Uul plant: the opener, the scouring line, the dryer, dehairing lines 1 "
         "to 3 and the baler. It applies to contractors and to the visiting engineers of machine makers too. The "
         "owner is the Plant Manager, Mr Ch. Munkhbayar (ext 1401)."),
    para("1. Machines and isolation points", "Heading2"),
    table([
        ["Machine", "Main hazards", "Isolation points", "Wait after stopping"],
        ["Opener", "Spiked rollers, dust", "Isolator OP-1", "2 minutes"],
        ["Scouring line (5 bowls)", "Hot water at 60\u201365 \u00b0C, detergent, soda ash, rakes",
         "Isolator SL-1, steam valve SV-1", "Until the rakes stop"],
        ["Dryer", "Hot air up to 90 \u00b0C, conveyor", "Isolator DR-1, steam valve SV-2", "10 minutes to cool"],
        ["Dehairing lines 1 to 3", "Card rollers at high speed, card wire, dust",
         "Isolators DH-1, DH-2, DH-3 and the line's compressed air valve", "5 minutes"],
        ["Baler", "Hydraulic press, 40 tonnes", "Isolator BL-1 and the hydraulic dump valve",
         "Until the ram is at rest"],
    ]),
    para("2. Lockout, step by step", "Heading2"),
    para("Step 1. Tell the shift leader, then stop the machine with its own STOP button."),
    para("Step 2. Switch off at the isolator and fit your own red padlock with a tag showing your name, the time and "
         "the job. When several people work on one machine, each of them fits their own padlock on the multi-lock "
         "hasp."),
    para("Step 3. Release the stored energy: bleed the compressed air, open the hydraulic dump valve and close the "
         "steam valves."),
    para("Step 4. Wait the time in the table and check that every roller has stopped turning."),
    para("Step 5. Press START to prove that the machine is dead, then turn the switch back to STOP."),
    para("Step 6. Do the work. When it is finished, refit every guard, remove your own padlock and tag, and tell "
         "the shift leader."),
    para("Only the person who fitted a padlock may remove it. A padlock still on at the end of a shift is removed "
         "only by the Plant Manager, after checking the machine and filling in a lock removal form."),
    para("3. Scouring line and dryer", "Heading2"),
    para("The scouring bowls run at 60\u201365 \u00b0C. Never reach into a bowl. Clear a rake jam only with the hook, "
         "after lockout. Detergent and soda ash are added by the automatic dosing pump; the spill kit is by bowl 1. "
         "Let the dryer cool for 10 minutes before opening any panel."),
    para("4. Dust and noise", "Heading2"),
    para("Noise in the dehairing hall is above 85 dB: wear ear defenders there at all times. Wear an FFP2 mask in the "
         "opener room, the sorting room and the dehairing hall. The dust extraction filters are cleaned every shift "
         "and the dehairing hall is vacuumed every 2 hours. Never blow dust off your clothes with compressed air."),
    para("5. Training and records", "Heading2"),
    para("Everyone is trained in lockout before their first shift on the lines and again every 12 months. The "
         "training record is kept in Ajiltan for 3 years."),
    para("6. Reporting", "Heading2"),
    para("Report every injury, near miss or padlock problem in Ajiltan > Safety within 24 hours. The Plant Manager "
         "reviews each report at the next morning meeting at 08:15."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Machine Safety and Lockout Procedure, PL-02 Version 3",
             creator="Plant Manager", created="2030-02-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
