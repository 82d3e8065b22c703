#!/usr/bin/env python3
"""Build docs/production/vymena-formy-loto.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "production", "vymena-formy-loto.docx")
STAMP = (2029, 3, 26, 0, 0, 0)

BODY = [
    para("Mould change and LOTO on the vstrekolisy", "Heading1"),
    para("Vrátna Automotive Components, a.s. \u00b7 Závod Teplička \u00b7 PP-LIS-07 \u00b7 Revízia 5"),
    para("Platí od 2. 4. 2029. This procedure applies to the nastavovači (setters), the majstri and údržba in the "
         "lisovňa, on the presses SG-01 to SG-46. Owner: výrobný riaditeľ (ext 300); the LOTO part is approved by "
         "the BOZP technik (ext 340)."),
    para("1. Who may change a mould", "Heading2"),
    para("Only nastavovači with the internal permit PP-LIS-07 and a valid crane licence (preukaz viazača) may "
         "change a mould. How many people are needed depends on the weight of the mould, written on its mould "
         "card and on the mould plate."),
    table([
        ["Mould weight", "People", "Crane", "Note"],
        ["up to 1 t", "1 nastavovač", "hall crane 2 t or the mould cart", "\u2013"],
        ["more than 1 t and up to 3 t", "2 nastavovači", "hall crane 5 t", "one of them acts as the viazač"],
        ["more than 3 t", "2 nastavovači and the majster", "hall crane 10 t (hall A only)",
         "announce in LineView one zmena ahead"],
    ]),
    para("2. Preparation", "Heading2"),
    para("Step 1. Announce the change in LineView > Výmena formy 30 minutes before you start; the material "
         "supply to the press is stopped."),
    para("Step 2. Run the hopper empty and purge the cylinder into the purge tray. Wear the heat-resistant "
         "gloves."),
    para("Step 3. Prepare the new mould on the cart with the cooling hoses, the clamps and the checklist "
         "PP-LIS-07-F1."),
    para("3. LOTO \u2013 lock out, tag out", "Heading2"),
    para("Step 4. Stop the press, switch off the main switch and lock it with your own red padlock and your "
         "name tag (visačka). Everyone who works on the press hangs a personal padlock on the multi-lock hasp."),
    para("Step 5. Release the stored energy: hydraulic pressure to 0 bar on the gauge, pneumatics vented, the "
         "temperovacie zariadenie (mould temperature unit) switched off."),
    para("Step 6. Check: press the start button \u2013 the press must not start. Only then open the guard."),
    para("Never remove another person's padlock. A padlock left behind may be cut off only by the majster "
         "together with the BOZP technik, after they have tried to call its owner."),
    para("4. The change", "Heading2"),
    para("Step 7. Unclamp the old mould, lift it out with the crane and put it on the cart. Clamp the new mould, "
         "connect the cooling (blue = inlet, red = outlet) and test for leaks at 4 bar."),
    para("Step 8. Each person removes his or her own padlock; the last one switches on the main switch. Load "
         "the recipe of the mould from LineView and start heating."),
    para("5. First part and time", "Heading2"),
    para("The first part is approved by the quality technician in LineView (see QM-05) before the series "
         "starts. The target time for a mould change is 45 minutes from the last good part to the first "
         "approved part; LineView records the actual time."),
    para("Kto zámok zavesil, ten ho aj odomyká."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Mould change and LOTO on the vstrekolisy, PP-LIS-07 revízia 5",
             creator="Výrobný riaditeľ", created="2029-03-26"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
