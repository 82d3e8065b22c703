#!/usr/bin/env python3
"""Build docs/procedures/lockout-tagout-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedures", "lockout-tagout-procedure.docx")
STAMP = (2027, 8, 18, 0, 0, 0)

BODY = [
    para("Lockout and Tag-out (LOTO) Procedure", "Heading1"),
    para("Hansagiri Printers (Pvt) Ltd \u00b7 Health & Safety \u00b7 SAF-05 \u00b7 Version 3"),
    para("This procedure applies from 1st September 2027 to everyone who cleans, adjusts, repairs or clears a jam "
         "inside any machine at the Ekala factory, including contractors. It replaces the Machine Isolation "
         "Procedure issued on 02.03.2023, which is withdrawn. The owner is the Health & Safety Officer (ext 2240)."),
    para("1. Locks and tags", "Heading2"),
    para("Every machine operator, Maintenance technician and contractor who works inside machines is issued a "
         "personal red padlock with one key, and a tag. Contractors get a yellow padlock from the Health & Safety "
         "Officer for the length of their job. Never lend your key or use another person\u2019s lock."),
    para("2. Energy sources and isolation points", "Heading2"),
    table([
        ["Machine", "Energy to isolate", "Where to lock"],
        ["Presses 1 to 4", "Electrical; compressed air", "Main isolator on the wall behind the delivery; air valve "
         "on the feeder side"],
        ["Web 1", "Electrical; compressed air; gas for the dryer", "Main isolator at the control desk; air valve; "
         "dryer gas valve"],
        ["Guillotines G1 and G2", "Electrical; hydraulic; the blade and clamp", "Main isolator on the wall; lower "
         "the blade and clamp to the table before locking"],
        ["Die-cutter", "Electrical; the flywheel", "Main isolator; wait 5 minutes for the flywheel to stop"],
        ["Folders, binders and the laminator", "Electrical; heat (laminator)", "Main isolator or the locking plug "
         "cover"],
    ]),
    para("3. Locking out, step by step", "Heading2"),
    para("Step 1. Tell the machine operator and the supervisor that you are locking out the machine, and why."),
    para("Step 2. Stop the machine with its normal stop button."),
    para("Step 3. Switch off every energy source at its isolation point in the table above."),
    para("Step 4. Fit your own personal red padlock to each isolation point and hang your tag on it, with your "
         "name, the date and your extension."),
    para("Step 5. Release stored energy: bleed the air, lower the guillotine blade and clamp, and let the "
         "flywheel and rollers come to a full stop."),
    para("Step 6. Try to start the machine with the start button to prove that it is dead, then return the "
         "control to off."),
    para("Step 7. Only now start the work."),
    para("4. More than one person", "Heading2"),
    para("When more than one person works on a machine, each person fits their own lock. For bigger jobs, the "
         "supervisor locks the isolation points with the section\u2019s group lock and puts its key in the group "
         "lock box; every person then fits their own lock to the box."),
    para("5. Change of shift", "Heading2"),
    para("If the work continues into the next shift, the incoming person fits their own lock before the outgoing "
         "person removes theirs, so that the machine is never left without a lock. Record the handover in the "
         "shift log in JobTrack."),
    para("6. Removing locks", "Heading2"),
    para("When the work is finished, replace all guards, check that nobody is inside the machine and tell the "
         "operator. Only the person who fitted a lock may remove it. If a key is lost or a person has gone home "
         "with their lock still on, only the Factory Manager and the Health & Safety Officer together may remove "
         "the lock, after checking the machine and trying to contact the person."),
    para("7. Training", "Heading2"),
    para("Nobody may lock out a machine before completing LOTO training. The refresher is every 2 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Lockout and Tag-out (LOTO) Procedure, version 3",
             creator="Health & Safety Officer", created="2027-08-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
