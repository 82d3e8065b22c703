#!/usr/bin/env python3
"""Build docs/policies/customer-complaints-handling.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "policies", "customer-complaints-handling.docx")
STAMP = (2027, 2, 22, 0, 0, 0)

BODY = [
    para("Customer Complaints Handling", "Heading1"),
    para("Nsoroma Mobile Financial Services Limited \u00b7 Customer Experience \u00b7 Third edition"),
    para("This edition takes effect on 1 March 2027 and replaces the earlier complaints procedure for every channel: "
         "the hotline 0800 771 771, *771#, agents, e-mail, social media and walk-ins at our offices. It is owned by "
         "the Customer Experience Manager and approved by the Managing Director."),
    para("1. Our promise on time", "Heading2"),
    para("Every complaint is logged in Kasa > Cases > Complaint, and the customer gets the case number by SMS. We "
         "acknowledge a complaint within 2 hours (at once on the hotline and *771#) and aim to resolve it within 5 "
         "working days. A complaint still open after 3 working days goes to the Customer Experience Manager. The "
         "final response letter is sent within 15 working days; a customer who is not satisfied with it may take "
         "the matter to the Bank of Ghana."),
    para("2. Who handles what", "Heading2"),
    table([
        ["Complaint", "Team", "Target"],
        ["Wrong transfer", "Reversals Team, Kumasi", "5 working days"],
        ["Agent overcharge", "Field Sales Officer for the agent", "3 working days"],
        ["Money deducted but not received", "Reconciliation Team, Accra", "48 hours"],
        ["Fraud or a suspected scam", "Fraud and Risk", "24 hours to first contact"],
        ["Privacy or data", "Data Protection Officer", "14 days"],
    ]),
    para("3. Agent overcharging", "Heading2"),
    para("When an agent charged more than the price list, or charged for cash-in, the customer gets the overcharge "
         "back and a GH\u20b5 50.00 goodwill credit, both taken from the agent\u2019s commission. The Field Sales "
         "Officer visits the agent within 3 working days. An agent with 3 upheld overcharge complaints in 90 days is "
         "suspended for 14 days; an agent suspended a second time is removed from the network."),
    para("4. Customers who need more help", "Heading2"),
    para("Read the case number aloud to customers who cannot read, offer a call back in Twi, Ga, Ewe, Fante, Dagbani "
         "or Hausa, and let an elderly customer bring a family member. Never ask a customer for a PIN."),
    para("5. What we learn", "Heading2"),
    para("The Customer Experience Manager reports the top five complaint causes to the executive team every month."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Customer Complaints Handling, third edition",
             creator="Customer Experience Manager", created="2027-02-22"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
