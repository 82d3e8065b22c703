#!/usr/bin/env python3
"""Build docs/policies/ppe-issue-and-care.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "ppe-issue-and-care.docx")
STAMP = (2027, 1, 25, 0, 0, 0)

BODY = [
    para("PPE Issue and Care", "Heading1"),
    para("TB-HS-POL-02 \u00b7 Version 3 \u00b7 Effective 1 February 2027 \u00b7 Owner: Health and Safety Officer "
         "\u00b7 Approved by the Managing Director, Tausi Highland Blooms Limited"),
    para("This policy tells every member of staff at Ziwa Farm, Timau Farm and the JKIA pack house which personal "
         "protective equipment (PPE) they receive, how to look after it and how it is replaced. It supports our duties "
         "under the Occupational Safety and Health Act, 2007 and the crop protection rules in TB-CP-SOP-03."),
    para("1. What you receive", "Heading2"),
    table([
        ["Job", "Issued when you start", "Replaced"],
        ["Harvester", "3 overalls, thorn-proof gloves, PVC knee boots, apron", "gloves every month, boots every 12 months"],
        ["Grader", "3 dust coats, cotton gloves, hairnet", "dust coats every 12 months"],
        ["Sprayer", "spray suit, long-cuff nitrile gloves, PVC knee boots, goggles, half-face respirator",
         "spray suit every 3 months, boots every 6 months, respirator filters every 40 spraying hours"],
        ["Cold store team (JKIA)", "thermal jacket, thermal gloves, woollen hat, safety boots", "jacket every 24 months"],
        ["Driver and loader", "hi-vis vest, safety boots", "boots every 12 months"],
    ]),
    para("2. Signing for PPE", "Heading2"),
    para("PPE is free. You sign for every item in the PPE register at the farm store or the pack house store, and the "
         "Store Keeper records the date so that replacements come on time. Supervisors check PPE at the start of "
         "every shift; nobody starts work without the PPE for the job."),
    para("3. Looking after your PPE", "Heading2"),
    para("Overalls, dust coats and aprons are washed by the farm laundry twice a week. Spray suits and all spray PPE "
         "are washed by the farm laundry after every use and are never taken home. Respirators are wiped after use and "
         "kept in the sealed box in your locker in the sprayers' changing room. PPE is never worn in the canteen, on "
         "the bus or at the estate."),
    para("4. Replacement and loss", "Heading2"),
    para("Bring the worn item to the store and you receive a new one in exchange. Damaged PPE is replaced at once, "
         "whatever the date. A lost item is charged at KSh 850, deducted from pay, except when it was lost in an "
         "accident reported in ShambaTrack > Incidents."),
    para("5. Visitors", "Heading2"),
    para("Visitors to the greenhouses and the grading halls wear a white coat and overshoes and are escorted by the "
         "person they visit. Visitors never enter a house under a red re-entry board."),
    para("6. Questions", "Heading2"),
    para("Ask your Section Supervisor, the Store Keeper or the Health and Safety Officer (ext 290)."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="TB-HS-POL-02 PPE Issue and Care, Version 3",
             creator="Health and Safety Officer", created="2027-01-25"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
