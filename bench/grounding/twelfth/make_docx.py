#!/usr/bin/env python3
"""Build docs/policies/travel-and-subsistence-policy.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "travel-and-subsistence-policy.docx")
STAMP = (2027, 1, 22, 0, 0, 0)

BODY = [
    para("Travel and Subsistence Policy", "Heading1"),
    para("FIN-TS-01 \u00b7 Version 3 \u00b7 Effective 2026/09/01 \u00b7 Owner: Finance Manager \u00b7 Approved by the "
         "Executive Committee"),
    para("1. Purpose and approval", "Heading2"),
    para("This policy sets the rules and rates for business travel by Kwezi Frost Logistics employees, including "
         "travel between the Johannesburg, Durban and Cape Town sites, customer visits and training away from your "
         "site. Every trip needs your line manager's approval in Sebenza before you book anything."),
    para("2. Getting there", "Heading2"),
    para("Flights are booked by the Finance travel desk, in economy class, at least 14 days before departure. A "
         "flight may be used when the destination is more than 500 km away one way; otherwise use a pool sedan or "
         "your own vehicle. Car hire is limited to a Group B vehicle with the hire company's full waiver."),
    para("3. Rates", "Heading2"),
    table([
        ["Item", "Rate", "Notes"],
        ["Own vehicle (business kilometres)", "R4,95 per km", "Keep a logbook; fuel, wear and insurance included"],
        ["Accommodation \u2013 Johannesburg, Durban and Cape Town metros", "up to R1 650 per night",
         "Bed and breakfast, booked by the travel desk"],
        ["Accommodation \u2013 other towns", "up to R1 200 per night", "Bed and breakfast"],
        ["Meals \u2013 overnight travel", "R520 per day", "Paid as an allowance; no slips needed"],
        ["Meals \u2013 day trip of more than 8 hours", "R180 per day", "Paid as an allowance"],
        ["Parking, tolls and e-hailing", "Actual cost", "With slips or the e-receipt"],
    ]),
    para("Minibar, laundry, movies and alcohol are for your own account. Loyalty points earned on business travel may "
         "be kept."),
    para("4. Advances", "Heading2"),
    para("You may ask Finance for an advance of up to 75% of the meal allowance for the trip, at least 3 working days "
         "before you leave. The advance is set off against your claim."),
    para("5. Claiming", "Heading2"),
    para("Claim on Sebenza > Claims > Travel within 30 days of the end of the trip. Attach the original slips as "
         "photos or scans, and hand the paper slips to your depot's admin office in an envelope marked with the "
         "claim number. Your manager approves the claim in Sebenza, and approved claims are paid with the next "
         "salary run. Claims received after 30 days are paid only with the Finance Manager's approval."),
    para("6. Safety on the road", "Heading2"),
    para("Do not drive more than 500 km in a day on company business without a rest stop of at least 15 minutes "
         "every 2 hours. Avoid driving between 22h00 and 05h00. On long-distance trips, tell your manager when you "
         "arrive."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-ZA"),
        core(title="FIN-TS-01 Travel and Subsistence Policy v3", creator="Finance", created="2026-08-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
