#!/usr/bin/env python3
"""Build docs/factory/machinery-and-boiler-safety.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "factory", "machinery-and-boiler-safety.docx")
STAMP = (2028, 1, 22, 0, 0, 0)

BODY = [
    para("Factory Machinery and Boiler Safety Procedure", "Heading1"),
    para("Rwenzori Mist Tea Company Limited \u00b7 Kijura Factory \u00b7 FAC-02 \u00b7 Version 3"),
    para("Effective 1 February 2028. This procedure supersedes the Boiler House Rules issued on 12 March 2025. It "
         "applies to everyone who runs, cleans, repairs or works near the boiler, the withering fans, the CTC "
         "machines, the fermenting units, the dryer, the sorting machines and the conveyors at Kijura Factory, "
         "including seasonal and agency workers and contractors. The owner is the Factory Manager (ext 240)."),
    para("1. Who may run the boiler and the machines", "Heading2"),
    para("Only boiler operators holding a valid boiler operator certificate may fire or run the main boiler or the "
         "standby boiler. The certificate is renewed every 2 years with a practical test. CTC machines, the dryer "
         "and the sorting machines are run only by operators whose names are on the trained operators board at "
         "the shift office. Nobody else enters the boiler house without the shift supervisor."),
    para("2. Boiler checks", "Heading2"),
    table([
        ["Check", "How often", "By", "Record"],
        ["Water level (gauge glass)", "Every 2 hours", "Boiler operator", "Boiler log book"],
        ["Steam pressure", "Every 2 hours", "Boiler operator", "Boiler log book"],
        ["Blowdown", "Once a shift", "Boiler operator", "Boiler log book"],
        ["Safety valve (try lever)", "Every week, Monday day shift", "Boiler operator and shift supervisor",
         "Boiler log book, signed by both"],
        ["Low-water alarm test", "Every week, Monday day shift", "Boiler operator", "Boiler log book"],
        ["Ash pit and flue", "Every week, when cold", "Fitter", "Maintenance log"],
    ]),
    para("The maximum working pressure of the main boiler is 10 bar. If the gauge goes above 10 bar, stop firing, "
         "open the steam to the dryer and call the shift supervisor. Firewood is stacked at least 15 metres from "
         "the boiler house, under the firewood shed, and only one day's firewood is kept in the boiler house yard."),
    para("3. Lockout before cleaning, clearing or repair", "Heading2"),
    para("Step 1. Tell the shift supervisor and write the job in the machine log."),
    para("Step 2. Switch the machine off at its isolator and fit your own red padlock and a tag with your name "
         "and the date. Every person working on the machine fits a padlock."),
    para("Step 3. Press the start button to prove the machine is dead, then set it back to off."),
    para("Step 4. Wait until rollers, fans and conveyors have stopped turning completely before you touch them."),
    para("Step 5. When the job is finished, clear your tools, refit the guards and remove your own padlock only. "
         "Nobody ever removes another person's padlock; a lost key goes to the Factory Manager."),
    para("4. Guards, emergency stops and noise", "Heading2"),
    para("Never put a hand past a guard while a machine is running. The emergency stop on each CTC machine and "
         "each conveyor is tested at the start of every shift and the test is written in the machine log. No "
         "loose clothing, long sleeves or scarves near moving parts; tie back or cover long hair. Hearing "
         "protection is worn at all times in the CTC room and the boiler house."),
    para("5. Low water and other boiler emergencies", "Heading2"),
    para("If the water cannot be seen in the gauge glass or the low-water alarm sounds: stop firing at once, do "
         "not put cold water into a hot boiler, clear the boiler house, go to Assembly Point A at the leaf "
         "reception yard and call the Factory Manager (ext 240). The boiler is not restarted until the Factory "
         "Manager has checked it."),
    para("6. Contractors and service visits", "Heading2"),
    para("Contractors work under a permit signed by the shift supervisor. During a boiler service the main boiler "
         "is locked out by the factory's own boiler operator with the factory's padlocks, and the contractor adds "
         "his own."),
    para("7. Training and records", "Heading2"),
    para("Every operator is trained on this procedure before starting and every 12 months. Boiler log books are "
         "kept for 5 years; machine logs for 2 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-UG"),
        core(title="Factory Machinery and Boiler Safety Procedure, version 3",
             creator="Factory Manager", created="2028-01-22"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
