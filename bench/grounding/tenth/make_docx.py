#!/usr/bin/env python3
"""Build docs/policies/heat-stress-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "heat-stress-procedure.docx")
STAMP = (2027, 1, 22, 0, 0, 0)

BODY = [
    para("Heat Stress Management Procedure", "Heading1"),
    para("HSE-PR-11 \u00b7 Rev 3 \u00b7 Effective 1 September 2026 \u00b7 Owner: HSE Manager \u00b7 Approved by the "
         "Head of Operations"),
    para("1. Purpose and scope", "Heading2"),
    para("This procedure protects our staff and subcontractors from heat stress when they work outdoors, on rooftops, "
         "in plant rooms, ceiling spaces and other hot areas in Singapore and Johor. It follows MOM's heat stress "
         "measures for outdoor work. Rev 3 replaces Rev 2 (2024) and the Serambi page \u201cWorking in hot weather\u201d, "
         "which has been retired."),
    para("2. Measuring heat stress", "Heading2"),
    para("Heat stress is measured by the Wet Bulb Globe Temperature (WBGT), not by the air temperature alone. The site "
         "supervisor checks the WBGT for the area at 10:00, 13:00 and 15:00, using the site WBGT meter or NEA's heat "
         "stress advisory in the myENV app, and records it in the daily toolbox log in FixPoint. At the Senai Depot and "
         "Johor sites use the site meter."),
    para("3. Actions by heat stress level", "Heading2"),
    table([
        ["WBGT", "Heat stress level", "Rest break in shade", "Other actions"],
        ["Below 31\u00b0C", "Low", "Usual breaks", "Drink water regularly"],
        ["31\u00b0C to below 33\u00b0C", "Moderate", "10 minutes every hour", "Supervisor checks on each worker "
         "every hour"],
        ["33\u00b0C and above", "High", "15 minutes every hour", "Reschedule heavy physical work outdoors to before "
         "11:00 or after 16:00"],
    ]),
    para("4. Water and rest areas", "Heading2"),
    para("Drink one cup of water (about 250 ml) every 15 to 20 minutes when working in the heat, even if you are not "
         "thirsty. The supervisor makes sure cool drinking water is available within the work area and that a shaded, "
         "ventilated rest area is no more than 5 minutes' walk away."),
    para("5. Acclimatisation", "Heading2"),
    para("Workers who are new to outdoor work, or who return after 7 days or more away, build up their exposure over 7 "
         "days: no more than 20% of the normal heat exposure on the first day, increasing each day. New workers are "
         "paired with an experienced buddy for their first 2 weeks."),
    para("6. Signs of heat illness and first response", "Heading2"),
    para("Look out for dizziness, headache, muscle cramps, nausea, unusual tiredness, confusion, and hot dry skin. Stop "
         "work, move the person to the rest area, loosen clothing and cool them with water and fanning. Call 995 in "
         "Singapore or 999 in Malaysia if the person is confused, collapses or does not improve within 15 minutes, and "
         "do not leave them alone."),
    para("Inform the OCC on +65 6555 0199 straight away. Log the case in AWAS before the end of your shift; the HSE "
         "Manager reviews every heat illness case."),
    para("7. Clothing", "Heading2"),
    para("Wear the light-coloured long-sleeve work shirt and a helmet with a neck flap. Arc-flash and chemical PPE must "
         "still be worn where required; take more frequent breaks instead of removing it."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Arial", size=22, lang="en-SG"),
        core(title="HSE-PR-11 Heat Stress Management Procedure Rev 3", creator="HSE Department", created="2026-08-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
