#!/usr/bin/env python3
"""Build docs/project/field-allowance-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "project", "field-allowance-policy.pdf")

TITLE = "ZORP Field Allowance and Travel Policy - ZORP-02 Revision 3"
DATE = "D:20290514100000+05'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Zarafshon Dried Fruit & Textiles LLC \u00b7 Zarafshan Orchard Resilience Project (ZORP)"),
        (16, "FIELD ALLOWANCE AND TRAVEL POLICY"),
        (12, "ZORP-02 \u00b7 Revision 3"),
        (9, "Date: 14.05.2029 \u00b7 Effective: 01.06.2029"),
        (9, "This revision replaces the Field Allowance Rules issued on 15 March 2027."),
        None,
        (12, "1. Scope"),
        (10, "This policy applies to ZORP staff and to Zarafshon staff seconded to the project when they"),
        (10, "travel for project work away from the duty station, Panjakent. Company business trips outside"),
        (10, "the project follow the company's business travel regulation."),
        None,
        (12, "2. Daily subsistence allowance (DSA)"),
        (10, "The DSA covers lodging, meals and local transport for each night spent away from Panjakent."),
        None,
        (10, "Destination                            DSA"),
        (10, "------------------------------------------------------------------"),
        (10, "Ayni district                          USD 25 per night"),
        (10, "Kuhistoni Mastchoh district            USD 28 per night"),
        (10, "Khujand                                USD 35 per night"),
        (10, "Dushanbe                               USD 40 per night"),
        (10, "Day trip over 6 hours, no overnight    USD 8 per day (meals only)"),
        None,
        (10, "No DSA is paid for trips inside Panjakent district."),
        (10, "When a workshop or host provides lunch or dinner, the DSA for that day is reduced by 15%"),
        (10, "for each meal provided."),
        (10, "DSA is paid in somoni (TJS) at the National Bank of Tajikistan rate on the day of payment."),
        (10, "Up to 75% of the expected DSA may be paid in advance before the trip."),
    ],
    [
        (12, "3. How to claim"),
        (10, "- Fill in the Travel Claim Form (TCF) and attach the signed field attendance sheet and"),
        (10, "  the hotel receipts."),
        (10, "- Submit it to the Finance Officer within 5 working days after you return."),
        (10, "- The Project Manager approves the claim; the Finance Officer pays the balance within"),
        (10, "  7 working days of approval."),
        (10, "- Claims submitted late are paid only with the Project Manager's written approval."),
        None,
        (12, "4. Vehicles and roads"),
        (10, "- Use project vehicles only. Private vehicles used for project work are not reimbursed."),
        (10, "- Project vehicles do not drive through the Anzob tunnel between 18:00 and 6:00."),
        (10, "- No field trips to orchards above 2,000 m from 1 December to 28 February."),
        (10, "- Drivers record every trip in the vehicle logbook, with the odometer readings."),
        None,
        (12, "5. Approval of trips"),
        (10, "Trips are approved in advance by the Project Manager. Trips longer than 5 nights, and all"),
        (10, "trips outside Tajikistan, also need the written approval of the Green Valleys Fund's"),
        (10, "country representative."),
        None,
        (12, "6. Questions"),
        (10, "Finance Officer, ext 403, or the Project Manager, ext 401."),
        None,
        (10, "Project Manager, ZORP"),
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
            + b" /Author " + pdf_string("ZORP Project Manager, Zarafshon Dried Fruit & Textiles LLC")
            + b" /Subject " + pdf_string("Daily subsistence allowance, travel claims and project vehicles")
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
