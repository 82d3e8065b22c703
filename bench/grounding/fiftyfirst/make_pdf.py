#!/usr/bin/env python3
"""Build docs/buying/herder-advances-and-payments.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "buying", "herder-advances-and-payments.pdf")

TITLE = "Herder Advances and Payments Procedure - BUY-04 Revision 4"
DATE = "D:20300220100000+08'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Khangai Cashmere LLC \u00b7 Raw Materials Department"),
        (16, "HERDER ADVANCES AND PAYMENTS PROCEDURE"),
        (12, "Procedure BUY-04 \u00b7 Revision 4"),
        (9, "Date: 2030.02.20 \u00b7 Effective: 2030.03.01 \u00b7 Owner: Raw Materials Director"),
        (9, "This revision replaces BUY-04 Revision 3 (October 2027)."),
        None,
        (12, "1. Why we pay advances"),
        (10, "Herder families need cash in winter, before Tsagaan Sar, when they have no cashmere to sell."),
        (10, "Khangai pays registered herders an advance against the cashmere they will comb in spring."),
        (10, "The advance carries no interest. It is repaid in cashmere: the station deducts it from the"),
        (10, "herder's spring payments."),
        None,
        (12, "2. Who can get an advance"),
        (10, "- A herder registered in HerderBook who sold at least 20 kg to Khangai in one of the last"),
        (10, "  2 seasons, with at least 30 goats on the latest livestock census certificate."),
        (10, "- A registered herder cooperative that sold at least 500 kg to Khangai in the last season."),
        (10, "- Nobody with an open balance from an earlier season."),
        None,
        (12, "3. How much"),
        (10, "Borrower            Advance up to                     Limit               Approved by"),
        (10, "-------------------------------------------------------------------------------------------"),
        (10, "Herder household    40% of last season's value        MNT 6,000,000       Station Manager up to"),
        (10, "                                                                          MNT 3,000,000; above"),
        (10, "                                                                          that the Raw Materials"),
        (10, "                                                                          Director"),
        (10, "Cooperative         40% of last season's value        MNT 30,000,000      Raw Materials Director;"),
        (10, "                                                                          the Finance Director"),
        (10, "                                                                          above MNT 10,000,000"),
        None,
        (12, "4. When and how"),
        (10, "- Advances are paid between 1 November and 31 January, by bank transfer only."),
        (10, "- The herder shows the civil ID card and the livestock census certificate from the bag"),
        (10, "  governor, and signs the advance agreement on the HerderBook tablet."),
    ],
    [
        (12, "5. Repayment"),
        (10, "- The station deducts the open advance from each spring payment until it is repaid. A herder"),
        (10, "  may also repay in cash at the station or by transfer."),
        (10, "- A balance still open when the herder's station closes is reminded in writing by the Station"),
        (10, "  Manager. A balance still open on 15 July passes to the Finance Director, and the herder gets"),
        (10, "  no new advance until it is cleared."),
        None,
        (12, "6. Spring payments"),
        (10, "- Lots weighed before 14:00 are paid by bank transfer on the same day; later lots on the next"),
        (10, "  working day."),
        (10, "- Cash is paid only to a herder without a bank account, up to MNT 1,500,000 per household"),
        (10, "  per day, counted by two staff."),
        (10, "- The receipt from the scale printer shows the lot number, the weight, the grade, the price,"),
        (10, "  any deduction and the advance deducted."),
        None,
        (12, "7. Records"),
        (10, "Every advance, deduction and repayment is recorded in HerderBook. The Finance Department"),
        (10, "checks the open balances every Monday during the buying season."),
        None,
        (12, "8. Questions"),
        (10, "Raw Materials Director, ext 1301, or the Finance Department, ext 1200."),
        None,
        (10, "G. Batbold"),
        (10, "Raw Materials Director"),
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
            + b" /Author " + pdf_string("Raw Materials Department, Khangai Cashmere LLC")
            + b" /Subject " + pdf_string("Winter advances to herders and payment for spring raw cashmere")
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
