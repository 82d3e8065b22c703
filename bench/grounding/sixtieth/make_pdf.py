#!/usr/bin/env python3
"""Build docs/hr/staff-furniture-purchase-scheme.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible. WinAnsi has no
Polish letters other than \u00f3, so the text writes Poznan, zl and Kadry i place without them.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-furniture-purchase-scheme.pdf")

TITLE = "Staff Furniture Purchase Scheme - HR-11"
DATE = "D:20320120100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Warta Oak Furniture sp. z o.o. \u00b7 Showroom Poznan and HR and payroll"),
        (16, "STAFF FURNITURE PURCHASE SCHEME"),
        (12, "Policy HR-11"),
        (9, "Date: 20.01.2032 \u00b7 Effective: 01.02.2032"),
        None,
        (12, "1. Who may buy"),
        (10, "- Every employee on a contract of employment (umowa o prace) after 6 months at Warta Oak."),
        (10, "- Furniture is for your own household only. It may not be sold on."),
        None,
        (12, "2. Staff prices"),
        (10, "What you buy                       Staff price                        Limit"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "New furniture, current range      showroom price less 30%            PLN 12 000 a year"),
        (10, "B-grade pieces (II gatunek)       showroom price less 50%            counts in the limit"),
        (10, "Showroom samples                  price set by the showroom manager  counts in the limit"),
        (10, "Offcuts under 40 cm               free, from the green container     none"),
        None,
        (10, "The limit of PLN 12 000 is for each calendar year, counted at the staff price."),
        (10, "B-grade pieces have small knots, colour differences or minor scratches. They are listed in"),
        (10, "Karta Sieradz > Zakupy every Monday at 8:00; the first complete order wins."),
        None,
        (12, "3. How to order"),
        (10, "- Order in Karta Sieradz > Zakupy. Choose the piece, the finish and how you will pay."),
        (10, "- The showroom confirms the price and the date within 5 working days."),
        (10, "- Made-to-order pieces take the normal production time; staff orders are not put first."),
    ],
    [
        (12, "4. Paying"),
        (10, "- By bank transfer before the furniture is released, or"),
        (10, "- by deduction from your pay in up to 10 monthly instalments, with your consent given in"),
        (10, "  Karta Sieradz. The first instalment is taken from the pay for the month of release."),
        None,
        (12, "5. Delivery"),
        (10, "- Collect at the Sieradz gate (Fridays 14:00-15:00) or at the Poznan warehouse, or"),
        (10, "- delivery free of charge within 60 km of Sieradz or Poznan by our own vans on their"),
        (10, "  normal route; further away at PLN 2,00 per km from the 61st km."),
        None,
        (12, "6. Leaving the company"),
        (10, "Any unpaid instalments are deducted from your final pay."),
        None,
        (12, "7. Questions"),
        (10, "Showroom Poznan, ext 500, or Kadry (HR and payroll), ext 215."),
        None,
        (10, "Joanna Lis, showroom manager \u00b7 Agnieszka Kaczmarek, HR Director"),
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
            + b" /Author " + pdf_string("Showroom Poznan and HR and payroll, Warta Oak Furniture sp. z o.o.")
            + b" /Subject " + pdf_string("Staff prices, B-grade furniture, instalments and delivery for staff")
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
