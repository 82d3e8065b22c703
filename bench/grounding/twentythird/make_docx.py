#!/usr/bin/env python3
"""Build docs/procedures/rent-arrears-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "procedures", "rent-arrears-procedure.docx")
STAMP = (2027, 5, 17, 0, 0, 0)

BODY = [
    para("Rent Arrears Procedure / Gweithdrefn Ôl-ddyledion Rhent", "Heading1"),
    para("Cartrefi Cwm Tawe \u00b7 Rent and Income \u00b7 Procedure RI-03 \u00b7 Version 4"),
    para("This version applies from 1 June 2027. It is owned by the Rent and Income Manager and is for income officers, "
         "housing officers and Contact Centre advisers. Every contract-holder is treated fairly and is offered support "
         "before any legal step is taken."),
    para("1. Rent and when it is due", "Heading2"),
    para("Rent is charged weekly, in advance, every Monday, over 50 weeks of the year; the two rent-free weeks are the "
         "weeks beginning 20/12/2027 and 27/12/2027. A contract-holder can pay weekly, fortnightly, four-weekly or "
         "monthly, by Direct Debit, card, the Fy Nghartref app or at a PayPoint. Rent changes are made under the "
         "secure contract with at least 2 months\u2019 notice of the new rent."),
    para("2. Stages", "Heading2"),
    para("Each stage is started in Aelwyd, which sets the task for the income officer. The times below run from the "
         "day Aelwyd raises the stage."),
    table([
        ["Stage", "When it starts", "What we do", "Target"],
        ["1", "A missed payment, or arrears of 1 week\u2019s rent", "Phone call or text in the contract-holder\u2019s "
         "chosen language; agree a payment or a plan", "within 3 working days"],
        ["2", "Arrears of 2 weeks\u2019 rent with no plan", "Home visit by the income officer; offer a referral to "
         "the Financial Inclusion team", "within 5 working days"],
        ["3", "Arrears of 4 weeks\u2019 rent, or a broken plan", "First formal letter (A3) and a referral to Tawe Money "
         "Advice", "within 5 working days"],
        ["4", "Arrears of 8 weeks\u2019 rent", "Case review by the Income Team Leader before any notice",
         "within 10 working days"],
        ["5", "Stage 4 review recommends a notice", "Possession notice for breach of contract, approved by the Rent "
         "and Income Manager only", "as approved"],
    ]),
    para("3. Payment plans", "Heading2"),
    para("A plan must be affordable. Use the income and expenditure form in Aelwyd. The lowest plan we agree is "
         "\u00a33.00 a week on top of the rent. Where a contract-holder gets Universal Credit and the arrears are 8 "
         "weeks\u2019 rent or more, apply for direct payment of the housing element to us."),
    para("4. When we do not take legal action", "Heading2"),
    para("No possession notice is served while a contract-holder\u2019s Universal Credit or Housing Benefit claim is "
         "waiting for a decision and they are keeping to a plan, between 18 December and 3 January, or when the "
         "contract-holder or someone in the household has died in the last 4 weeks. A notice is never served without "
         "a home visit in the last 8 weeks."),
    para("5. Records", "Heading2"),
    para("Record every contact in Aelwyd on the day it happens, with the contract-holder\u2019s language choice. "
         "Arrears letters go out in Welsh, in English or bilingually as the contract-holder has chosen."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Rent Arrears Procedure, version 4",
             creator="Rent and Income Manager", created="2027-05-17"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
