#!/usr/bin/env python3
"""Build docs/finance/travel-and-expense-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "finance", "travel-and-expense-policy.pdf")

TITLE = "Travel and Expense Policy - FIN-02 Version 5"
DATE = "D:20330314100000-05'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Quillstack, Inc. and its affiliates \u00b7 Finance"),
        (16, "TRAVEL AND EXPENSE POLICY"),
        (12, "FIN-02 \u00b7 Version 5"),
        (9, "Date: March 14, 2033 \u00b7 Effective: April 1, 2033 \u00b7 Owner: Marcus Oyelaran, CFO"),
        (9, "Applies to all employees of every Quillstack entity. City limits: Expense limits 2033 table."),
        None,
        (12, "1. Booking travel"),
        (10, "- Book flights, trains and hotels in Tripwell at least 14 days before you travel."),
        (10, "- Fly economy. Premium economy is allowed when the scheduled flight time is over 7 hours."),
        (10, "  Business class only with the CFO's written approval."),
        (10, "- A trip costing more than $3,000 (or the same amount in your currency) needs your"),
        (10, "  director's approval in Tripwell before you book."),
        (10, "- Trains: standard class. In Germany, 2nd class; frequent travellers may ask for a BahnCard 25."),
        None,
        (12, "2. Hotels and meals"),
        (10, "- Hotels up to the nightly limit for the city in the Expense limits 2033 table. A hotel above"),
        (10, "  the limit needs your manager's approval in Tripwell before you book it."),
        (10, "- Meals up to the daily meal limit for the city, tips included. A meal that is provided"),
        (10, "  (at a conference, on a flight or by a customer) is not claimed again."),
        (10, "- Alcohol is paid only with a client dinner approved by your director."),
        None,
        (12, "3. Getting around"),
        (10, "- Public transport where it is practical. Taxis and ride-hailing after 21:00, when you carry"),
        (10, "  equipment, or when public transport would take more than twice as long."),
        (10, "- Your own car, at these rates. Parking and tolls are paid at cost; fines are never paid."),
        None,
        (10, "Region              Entity                                   Own car rate"),
        (10, "-------------------------------------------------------------------------------"),
        (10, "United States       Quillstack, Inc.                         $0.70 per mile"),
        (10, "United Kingdom      Quillstack Software Ltd                  45p per mile"),
        (10, "Germany             Quillstack GmbH                          \u20ac0.30 per km"),
        (10, "India               Quillstack Technologies Pvt. Ltd.        INR 12 per km"),
        (10, "Canada              Quillstack Software Canada Ltd.          C$0.72 per km"),
    ],
    [
        (12, "4. Receipts and claims"),
        (10, "- Keep a receipt for every item over $25, \u00a320, \u20ac25, INR 1,500 or C$30."),
        (10, "- Submit your expense report in Tally within 30 days of the expense. Your manager approves"),
        (10, "  it within 5 business days, and approved expenses are paid with your next payroll."),
        (10, "- Lost a receipt? Fill in the missing receipt declaration in Tally (three a year at most)."),
        None,
        (12, "5. Quill card"),
        (10, "Colleagues who travel four or more times a year get a Quill card (corporate card). Use it"),
        (10, "for business spending only and attach the receipts in Tally within 30 days of each statement."),
        (10, "The card is paid by Quillstack; personal spending on it is recovered from your pay."),
        None,
        (12, "6. Not paid for"),
        (10, "Minibar, films, fines, upgrades you chose yourself, lounge passes, and personal travel added"),
        (10, "to a work trip."),
        None,
        (12, "7. Safety while travelling"),
        (10, "For countries on the Security travel list, take a loaner laptop and a travel phone (see the"),
        (10, "Information Security Policy). Tripwell shares your itinerary with the Travel desk so that we"),
        (10, "can reach you in an emergency."),
        None,
        (12, "8. Questions"),
        (10, "Travel desk: #travel-desk or ext. 7400. Expenses and the Quill card: #ask-finance."),
        None,
        (10, "Marcus Oyelaran, Chief Financial Officer"),
    ],
]


def pdf_string(text):
    """A PDF literal string in WinAnsi (cp1252) bytes, with the three escapes."""
    b = text.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def content(lines, page_no, pages):
    out = []
    y = TOP
    footer = f"{TITLE} \u00b7 Page {page_no} of {pages}"
    for item in lines:
        if item is None:
            y -= 8
            continue
        size, text = item
        y -= size + 6 if size > 10 else 14
        out.append(b"BT /F1 %d Tf %d %d Td " % (size, LEFT, y) + pdf_string(text) + b" Tj ET")
    assert y > BOTTOM + 20, "page overflow"
    out.append(b"BT /F1 8 Tf %d %d Td " % (LEFT, BOTTOM - 20) + pdf_string(footer) + b" Tj ET")
    return b"\n".join(out) + b"\n"


def build():
    n_pages = len(PAGES)
    # object numbers: 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    page_ids = [5 + 2 * i for i in range(n_pages)]
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % n_pages,
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: (b"<< /Title " + pdf_string(TITLE)
            + b" /Author " + pdf_string("Finance, Quillstack, Inc.")
            + b" /Subject " + pdf_string("Flights, hotels, meals, mileage, receipts and expense claims")
            + b" /Creator " + pdf_string("make_pdf.py")
            + b" /Producer " + pdf_string("Python standard library")
            + b" /CreationDate " + pdf_string(DATE) + b" /ModDate " + pdf_string(DATE) + b" >>"),
    }
    for i, lines in enumerate(PAGES):
        pid, cid = page_ids[i], page_ids[i] + 1
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] " % (PAGE_W, PAGE_H)
                     + b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid)
        data = content(lines, i + 1, n_pages)
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream"

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    file_id = hashlib.md5(bytes(out)).hexdigest().encode("ascii")
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R /ID [<" % size + file_id + b"> <" + file_id
            + b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return bytes(out)


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as fh:
        fh.write(build())
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
