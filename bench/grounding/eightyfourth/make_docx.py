#!/usr/bin/env python3
"""Build docs/production/autoclave-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "production", "autoclave-procedure.docx")
STAMP = (2037, 2, 16, 0, 0, 0)

BODY = [
    para("Sterilisation: Autoclave Procedure", "Heading1"),
    para("Baobab Marine Canneries SA \u00b7 Usine \u00b7 PRD-07 rev. 5"),
    para("Effective 01/03/2037. This procedure cancels and replaces procedure PRD-07 of 10/09/2034. It applies to "
         "the four horizontal autoclaves (A1 to A4) and to every operator who loads, runs or unloads them, "
         "saisonniers included. Owner: the Responsable st\u00e9rilisation (ext 340)."),
    para("1. Sterilisation programmes", "Heading2"),
    table([
        ["Product", "Can", "Temperature", "Time at temperature"],
        ["Sardines in oil", "1/4 club, 125 g", "116 \u00b0C", "55 minutes"],
        ["Sardines in tomato sauce or piquante", "1/4 club, 125 g", "116 \u00b0C", "60 minutes"],
        ["Tuna in oil (solid or chunks)", "Round, 160 g", "116 \u00b0C", "75 minutes"],
        ["Tuna, catering can", "1 kg", "118 \u00b0C", "110 minutes"],
    ]),
    para("Only the Responsable st\u00e9rilisation may change a programme, after a heat penetration test by the "
         "laboratory. The programmes are loaded in the autoclave controllers and cannot be changed on the panel."),
    para("2. Before a cycle", "Heading2"),
    para("Seamed cans must be in the autoclave no more than 60 minutes after seaming. Cans that have waited longer "
         "are put aside and the Responsable qualit\u00e9 decides."),
    para("3. Starting a cycle", "Heading2"),
    para("Step 1. Check the SterilLog tablet: the autoclave shows \u201cready\u201d and its last cycle is signed."),
    para("Step 2. Check that the chart recorder is running and that the reference thermometer and the recorder "
         "agree within 0,5 \u00b0C."),
    para("Step 3. Load the 4 baskets, scan the lot code of each basket into SterilLog and close the door. The "
         "door locks by itself."),
    para("Step 4. Choose the programme for the product on the controller and press START."),
    para("Step 5. Venting: the vents stay open for 8 minutes, until the thermometer reads at least 105 \u00b0C. "
         "The controller closes them by itself; check it on the screen."),
    para("Step 6. The time at temperature starts only when the set temperature is reached. Stay with the "
         "autoclave until it is counting."),
    para("4. During the cycle", "Heading2"),
    para("If the temperature falls below the set temperature, even for a moment, the controller raises an alarm. "
         "Do not restart the time. Call the Responsable st\u00e9rilisation at once: the lot goes to quarantine with "
         "a red tag and the laboratory decides whether it is reprocessed or destroyed."),
    para("5. Cooling and unloading", "Heading2"),
    para("Cooling water is chlorinated at 0,5 to 2 ppm of free chlorine, checked by the laboratory at the start "
         "of every shift. Open the door only when the pressure reads 0 bar and the water is below 40 \u00b0C. Wear "
         "the face shield and the heat gloves. Unload to the drying area, then to the quarantine zone of the "
         "warehouse."),
    para("6. Checks after the cycle", "Heading2"),
    para("The operator signs the cycle in SterilLog and on the chart at the end of each cycle; the Responsable "
         "st\u00e9rilisation countersigns every day. The laboratory incubates 6 cans from each lot for 10 days at "
         "37 \u00b0C and 2 cans for 5 days at 55 \u00b0C. The lot is released only if no can swells or leaks."),
    para("7. Operators", "Heading2"),
    para("Only operators holding the habilitation autoclave may run a cycle. The habilitation is given after "
         "2 weeks of work beside a habilitated operator and a test by the Responsable st\u00e9rilisation, and is "
         "renewed every 2 years. Records of SterilLog and the charts are kept for 5 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-SN"),
        core(title="Sterilisation: Autoclave Procedure, PRD-07 rev. 5",
             creator="Responsable st\u00e9rilisation", created="2037-02-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
