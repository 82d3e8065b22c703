#!/usr/bin/env python3
"""Build docs/hr/staff-purchase-scheme.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible. WinAnsi has no
Lithuanian letters, so the text is written without them (Rieve, Riese, Ukmerge), as the HR system prints it.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-purchase-scheme.pdf")

TITLE = "Staff Furniture Purchase Scheme - HR-08"
DATE = "D:20281210100000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "UAB Rieve \u00b7 Personalo skyrius (HR)"),
        (16, "STAFF FURNITURE PURCHASE SCHEME"),
        (12, "Darbuotoju pirkimu tvarka \u00b7 HR-08"),
        (9, "Valid from 2029-01-01 \u00b7 Approved 2028-12-10 by the Head of HR"),
        None,
        (12, "1. Who can buy"),
        (10, "- Employees with a darbo sutartis who have passed the 3-month probation (bandomasis"),
        (10, "  laikotarpis). Agency staff cannot buy."),
        (10, "- Your spouse or partner and the children who live with you may buy under your limit."),
        None,
        (12, "2. Discounts"),
        (10, "What                                   Discount"),
        (10, "-------------------------------------------------------------------------------"),
        (10, "Catalogue furniture (any Rieve model)  30% off the catalogue price"),
        (10, "Seconds at the staff outlets           up to 60% below the catalogue price"),
        (10, "Showroom display items                 price agreed with the showroom manager"),
        None,
        (10, "Seconds are sold as they are and cannot be returned."),
        None,
        (12, "3. Yearly limit"),
        (10, "Purchases with the staff discount are limited to 2 000 \u20ac per calendar year, counted at"),
        (10, "the discounted price. Seconds do not count towards the limit."),
        (10, "Example: a solid-oak dining table at 1 786,43 \u20ac in the catalogue costs you 1 250,50 \u20ac."),
        None,
        (12, "4. How to order"),
        (10, "- Order in ManoRieve > Pirkimai > Naujas uzsakymas. Orders are confirmed within"),
        (10, "  3 working days and made with the next production run of the model."),
        (10, "- Seconds are bought at the outlet itself; pay there by card."),
    ],
    [
        (12, "5. Payment"),
        (10, "Pay at the showroom till, or by deduction from your darbo uzmokestis in up to 6 monthly"),
        (10, "instalments of at least 50 \u20ac each. Deductions are made only with your written consent."),
        None,
        (12, "6. Staff outlets"),
        (10, "- Kaunas factory, next to Gate 2: Tuesday and Thursday 15:00-18:00."),
        (10, "- Ukmerge plant, by the main gate: the first Friday of each month 12:00-15:00."),
        None,
        (12, "7. Collection and delivery"),
        (10, "Collect your order free at the pick-up desk of the Riese warehouse (Gate 8), or order"),
        (10, "delivery anywhere in Lithuania for 25 \u20ac per order."),
        None,
        (12, "8. Resale"),
        (10, "Furniture bought under this scheme is for you and your household. It may not be resold"),
        (10, "within 12 months of purchase."),
        None,
        (12, "9. Questions"),
        (10, "Personalo skyrius, ext 1107."),
        None,
        (10, "Personalo vadove (Head of HR)"),
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
            + b" /Author " + pdf_string("Personalo skyrius (HR), UAB Rieve")
            + b" /Subject " + pdf_string("Staff discount, seconds, limits, instalments and outlets")
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
