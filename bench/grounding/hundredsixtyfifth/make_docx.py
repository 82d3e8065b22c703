#!/usr/bin/env python3
"""Build docs/production/screen-credits-policy.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "production", "screen-credits-policy.docx")
STAMP = (2032, 1, 5, 0, 0, 0)

BODY = [
    para("Screen Credits Policy", "Heading1"),
    para("Halyard Lane Studios Inc. \u00b7 Production \u00b7 PRD-03 \u00b7 Version 3"),
    para("Effective 12 January 2032. This policy applies to every show, in both offices, and to employees, "
         "contractors and agency artists alike. The owner is the Head of Production (ext 4201)."),
    para("1. Who is put forward for a credit", "Heading2"),
    para("You are put forward for a screen credit on a show once you have worked on it for at least 6 weeks in "
         "total, that is 30 working days logged against the show in Ledger. Members of the bargaining unit "
         "(Animation, Layout and Story in Vancouver) are put forward after 4 weeks, as the collective agreement "
         "requires. If you leave the studio before the show wraps, you keep your place on the list."),
    para("The client decides the final credits. The studio cannot promise a credit or its placement, and some "
         "clients cap the size of the studio's block; Tidefall's block is capped at 320 names."),
    para("2. How your name appears", "Heading2"),
    para("Your credit name is the name in PeopleDeck \u203a Profile \u203a Credit name: your legal name or a "
         "professional name you choose. Your title is your PeopleDeck job title on your last day on the show. "
         "Names are grouped by department in the order below and listed alphabetically by surname within each "
         "department."),
    table([
        ["Order", "Department block", "Includes"],
        ["1", "Supervisors", "VFX Supervisor, CG Supervisor, Comp Supervisor, Animation Supervisor"],
        ["2", "Production", "Producers, Line Producers, coordinators, production assistants"],
        ["3", "Animation and Layout", "Animators, layout artists, story artists"],
        ["4", "Compositing", "Compositors, roto artists, paint artists"],
        ["5", "FX and Lighting", "FX artists, lighting artists"],
        ["6", "Assets", "Modellers, texture artists, riggers, matte painters"],
        ["7", "Technology", "Pipeline, Render Ops, Systems and the Tech Desk"],
    ]),
    para("3. Credit lock", "Heading2"),
    para("Every show has a credit lock date, announced on the Hub at least 10 working days ahead. On that date "
         "the list goes to the client, and after it the studio cannot add or change names."),
    para("4. Checking your credit and raising a dispute", "Heading2"),
    para("Step 1. Check your credit name and title in PeopleDeck before the credit lock date."),
    para("Step 2. When the list is published on the Hub, check it again. If you are missing or something is "
         "wrong, tell your Line Producer straight away."),
    para("Step 3. If that does not settle it, write to the Head of Production within 10 working days of the "
         "list's publication. You will have an answer within 5 working days."),
    para("5. Show reels", "Heading2"),
    para("You may show your work on a show in a personal reel only after the show's public release, and only "
         "once your Show Reel Request in PeopleDeck has been approved. Content Security answers within "
         "10 working days and gives you an approved clip pack; never use your own screen captures."),
    para("6. If the client does not credit you", "Heading2"),
    para("The studio lists everyone who met the threshold on the show's page of the Halyard Lane website, and "
         "the People team gives you a letter confirming your role and dates on the show on request."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="en-CA"),
        core(title="Screen Credits Policy, version 3", creator="Head of Production", created="2032-01-05"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
