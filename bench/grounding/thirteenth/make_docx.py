#!/usr/bin/env python3
"""Build docs/policies/travel-and-expense-policy.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "travel-and-expense-policy.docx")
STAMP = (2026, 9, 24, 0, 0, 0)

BODY = [
    para("Travel and Expense Policy", "Heading1"),
    para("FIN-TE-01 \u00b7 Version 5 \u00b7 Effective October 1, 2026 \u00b7 Owner: Vice-President, Finance \u00b7 "
         "Approved by the Executive Team"),
    para("1. Purpose and approval", "Heading2"),
    para("This policy sets the rules and rates for business travel by Red River Prairie Credit Union employees: trips "
         "between Head Office and the Brandon, Steinbach, Thompson and St. Boniface branches, member and community "
         "meetings, and training away from your usual location. Your manager must approve every trip in Tallgrass "
         "before you book anything."),
    para("2. Getting there", "Heading2"),
    para("Use a Head Office pool car when one is free; book it in Outlook as a resource (Pool car 1 or Pool car 2) "
         "and fuel it with the card in the glove box. If no pool car is free, you may drive your own vehicle and claim "
         "the kilometre rates below; you need business-use coverage on your auto insurance. Flights between Winnipeg "
         "and Thompson are booked by Finance, economy class, at least 14 days before departure."),
    para("3. Rates", "Heading2"),
    table([
        ["Item", "Rate", "Notes"],
        ["Own vehicle, first 5,000 business km in the calendar year", "61 cents per km",
         "Log each trip's start and end points in the claim"],
        ["Own vehicle, business km over 5,000 in the calendar year", "55 cents per km", ""],
        ["Own vehicle, any trip to or from Thompson or north of the 53rd parallel", "66 cents per km",
         "Applies to the whole trip"],
        ["Hotel, Winnipeg", "up to $189.00 per night", "Booked by the traveller; use the corporate rate"],
        ["Hotel, Brandon or Steinbach", "up to $159.00 per night", ""],
        ["Hotel, Thompson", "up to $199.00 per night", ""],
        ["Private accommodation (staying with family or friends)", "$45/day", "No receipt needed"],
        ["Breakfast / lunch / dinner", "$16.00 / $22.00 / $38.00", "Allowances; no meal receipts needed"],
        ["Incidentals", "$12.00 per night away", ""],
        ["Parking, taxi, transit, ride-hailing", "Actual cost", "Receipt or e-receipt required"],
    ]),
    para("Meals provided at a meeting or on a flight are not claimed. Alcohol, movies, minibar and personal items are "
         "never reimbursed. You may keep loyalty points earned on business travel."),
    para("4. Travel advances", "Heading2"),
    para("For trips of 3 nights or more you may ask Finance for an advance of up to CAD 2,000 per trip, at least "
         "5 business days before you leave. The advance is deducted from your expense claim."),
    para("5. Claiming expenses", "Heading2"),
    para("Claim in Tallgrass > Expenses within 30 days of the end of the trip. Photograph each itemized receipt and "
         "attach it to the claim line; keep the paper receipts for 90 days in case Finance asks for them. Your manager "
         "approves the claim in Tallgrass, and approved claims are reimbursed with your next regular pay. The same "
         "process is used for other approved expenses, such as the one-time hybrid home office allowance (category "
         "\u201cHome office\u201d) and a medical certificate fee."),
    para("6. Winter travel", "Heading2"),
    para("From November 1 to March 31, check Manitoba 511 before you leave and tell your manager when you arrive. "
         "Pool cars carry a winter survival kit, a booster pack and a shovel in that period. Do not drive PTH 6 north "
         "of Grand Rapids between dusk and dawn on company business; stay overnight instead and claim the hotel."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="en-CA"),
        core(title="FIN-TE-01 Travel and Expense Policy v5", creator="Finance", created="2026-09-24"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
