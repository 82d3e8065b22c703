#!/usr/bin/env python3
"""Build docs/hr/travel-and-subsistence-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "travel-and-subsistence-policy.pdf")

TITLE = "Travel and Subsistence Policy - HR-08 Issue 4"
DATE = "D:20320412100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Connswater Aero Interiors Ltd \u00b7 Finance and Human Resources"),
        (16, "TRAVEL AND SUBSISTENCE POLICY"),
        (12, "Policy HR-08 \u00b7 Issue 4"),
        (9, "Date: 12/04/2032 \u00b7 Effective: 01/05/2032 \u00b7 Owner: Finance Manager"),
        None,
        (12, "1. When this policy applies"),
        (10, "It applies when you travel on company business away from your usual site: between the Main"),
        (10, "Plant, Newtownards and the Design Office, to customers and suppliers, and to training."),
        (10, "Travel between your home and your usual site is never claimable."),
        None,
        (12, "2. Booking travel"),
        (10, "- The travel coordinator, Mrs Sharon Kerr (ext 2135), books trains, flights, hotels and hire cars."),
        (10, "- Use the shuttle minibus between the Main Plant and Newtownards when it suits the journey."),
        (10, "- Flights of under 6 hours are economy class. Longer flights may be premium economy with"),
        (10, "  the Operations Director's approval."),
        None,
        (12, "3. Mileage"),
        (10, "Vehicle                                              Rate"),
        (10, "----------------------------------------------------------------------------"),
        (10, "Own car or van, first 10,000 business miles in the tax year     48p per mile"),
        (10, "Own car or van, business miles over 10,000                        25p per mile"),
        (10, "Each colleague carried as a passenger on the same trip            5p per mile"),
        (10, "Own motorcycle                                                    24p per mile"),
        (10, "Electric pool car charged at your home                            9.8p per mile"),
        None,
        (10, "Claim the business miles only: if you go from home to a customer, deduct your normal"),
        (10, "journey to work. Your own car must be insured for business use."),
    ],
    [
        (12, "4. Meals and hotels in the UK and Ireland"),
        (10, "- Away from your usual site for more than 5 hours: up to \u00a37.50 for a meal."),
        (10, "- Away for more than 10 hours: up to \u00a315.00."),
        (10, "- Staying overnight: an evening meal up to \u00a325.00 with a receipt. The coordinator books"),
        (10, "  the hotel, with breakfast, up to \u00a3120.00 a night (London \u00a3175.00)."),
        None,
        (12, "5. Travel abroad"),
        (10, "A daily meals allowance of \u00a345.00 in Europe and \u00a360.00 elsewhere is paid instead of the"),
        (10, "UK meal rates. Hotels and flights are booked by the coordinator."),
        None,
        (12, "6. Travel advance"),
        (10, "For a trip of 3 nights or more you may ask for a travel advance of up to \u00a3300.00, at least"),
        (10, "5 working days before you go. Settle it in your expense claim within 10 working days of"),
        (10, "your return; any amount not spent is taken back from your next pay."),
        None,
        (12, "7. Claiming"),
        (10, "- Claim in MyCAI > Expenses within 30 days of the journey, with a photo of every receipt."),
        (10, "- Your line manager approves the claim; approved claims are paid with your next pay."),
        (10, "- Alcohol, fines, parking and speeding tickets and personal items are never paid."),
        None,
        (12, "8. Questions"),
        (10, "Finance, ext 2130, or the travel coordinator, ext 2135."),
        None,
        (10, "Finance Manager"),
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
            + b" /Author " + pdf_string("Finance and Human Resources, Connswater Aero Interiors Ltd")
            + b" /Subject " + pdf_string("Business travel, mileage, subsistence, travel advances and claims")
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
