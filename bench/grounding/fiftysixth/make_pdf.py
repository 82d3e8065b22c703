#!/usr/bin/env python3
"""Build docs/buyers/sample-terms-2030.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "buyers", "sample-terms-2030.pdf")

TITLE = "Sample Development and Pricing Terms 2030 - SBF-S-01 Issue 5"
DATE = "D:20291202100000+07'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "S\u00f4ng B\u00e9 Footwear Co., Ltd. \u00b7 Sales & Buyer Office \u00b7 Ho Chi Minh City"),
        (16, "SAMPLE DEVELOPMENT AND PRICING TERMS 2030"),
        (12, "SBF-S-01 \u00b7 Issue 5"),
        (9, "Date: 02/12/2029 \u00b7 Effective: 01/01/2030 \u00b7 For buyers and their agents"),
        None,
        (12, "1. Sample prices and lead times"),
        (10, "Sample type                  Price per pair     Lead time     Notes"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Proto sample                 USD 45.00          21 days       First pair of a new design"),
        (10, "Fit / wear-test sample       USD 32.00          18 days       Up to 6 pairs per size"),
        (10, "Salesman sample (SMS)        USD 28.00          30 days       At least 12 pairs per style"),
        (10, "Size set                     Free               25 days       1 pair per size, ordered styles"),
        (10, "Pre-production (PP) sample   Free               14 days       2 pairs per colourway"),
        (10, "Shipment sample              Free               With bulk     1 pair per size per order"),
        None,
        (10, "Lead times are calendar days from the day we receive the complete tech pack, the lasts"),
        (10, "and all materials. Sample charges are credited back when the style is ordered in bulk"),
        (10, "for 3,000 pairs or more. Changes to a sample after it has been approved are charged at"),
        (10, "USD 12.00 per pair."),
        (10, "No samples are made during the Tet break, 30/01/2030 to 10/02/2030; lead times pause"),
        (10, "for those days."),
        None,
        (12, "2. Shipping samples"),
        (10, "Samples go by courier at cost, plus a handling charge of USD 5.00 per parcel. If you give"),
        (10, "us your own courier account number, only the handling charge is invoiced."),
    ],
    [
        (12, "3. Bulk orders"),
        (10, "- Minimum order: 1,200 pairs per colourway per style; 600 pairs for a repeat colourway."),
        (10, "- Bulk lead time: 75 days from the approval of the PP sample and the confirmation of"),
        (10, "  materials."),
        (10, "- Prices are FOB C\u00e1t L\u00e1i port, Ho Chi Minh City, in USD."),
        (10, "- Payment: 30% deposit by T/T with the order; 70% by T/T against a copy of the bill"),
        (10, "  of lading."),
        (10, "- Quotations are valid for 60 days from their date."),
        None,
        (12, "4. Testing"),
        (10, "- Bond, flex and colour fastness tests are done in our own laboratory at no charge."),
        (10, "- Tests at a third-party laboratory asked for by the buyer are invoiced at cost."),
        None,
        (12, "5. Factory visits"),
        (10, "Please book visits through your merchandiser at least 5 working days ahead. The visitor"),
        (10, "guide VG-01 explains what to expect at the factory."),
        None,
        (12, "6. Contact"),
        (10, "Sales Director, Sales & Buyer Office, ext 8801, sales@songbefootwear.vn"),
        None,
        (10, "Sales Director"),
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
            + b" /Author " + pdf_string("Sales & Buyer Office, Song Be Footwear Co., Ltd.")
            + b" /Subject " + pdf_string("Sample prices, lead times, shipping and bulk order terms for buyers")
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
