#!/usr/bin/env python3
"""Build docs/sales/business-travel-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "sales", "business-travel-policy.pdf")

TITLE = "Business Travel and Trade Show Policy - SAL-02 Version 3.0"
DATE = "D:20280905100000+08'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Tianlu Precision Industrial Co., Ltd. \u00b7 Finance and the Taipei Sales Office"),
        (16, "BUSINESS TRAVEL AND TRADE SHOW POLICY"),
        (12, "Policy SAL-02 \u00b7 Version 3.0"),
        (9, "Issued: 2028/09/05 \u00b7 Effective: 2028/10/01 \u00b7 Owner: Finance (ext 1150)"),
        None,
        (12, "1. Approval and booking"),
        (10, "- Every business trip needs a travel request in eFlow approved by your manager. Trips abroad"),
        (10, "  are also approved by the Sales Director."),
        (10, "- Book flights and hotels through the company's travel agent at least 14 days before departure."),
        (10, "- Flights are in economy class. Premium economy may be booked when the scheduled flight time"),
        (10, "  is over 8 hours. Business class is for the General Manager only."),
        (10, "- In Taiwan, take the High Speed Rail (standard car). Using your own car is paid at NT$5 per km"),
        (10, "  plus tolls."),
        None,
        (12, "2. Hotels and meals"),
        (10, "- Hotel limits and meal allowances for each city are in the travel per diem table on HeronNet."),
        (10, "- When a customer or a trade show package pays for a meal, reduce that day's meal allowance by"),
        (10, "  30% for a lunch and 40% for a dinner."),
        (10, "- Hotel costs above the limit are paid by you unless the Sales Director approved them first."),
        None,
        (12, "3. Trade shows"),
        (10, "- Booth duty days are working days."),
        (10, "- For each weekend day or Taiwan public holiday spent on booth duty or travelling to or from the"),
        (10, "  show, you get 1 compensatory day off (buxiu), to be taken within 6 months."),
        (10, "- Trade show allowance: NT$1,000 per booth day, on top of the meal allowance."),
        (10, "- Excess baggage for samples is paid with the airline's receipt."),
        (10, "- Mobile roaming: a data pass of up to NT$1,000 per trip."),
    ],
    [
        (12, "4. Travel advance and claims"),
        (10, "- A travel advance of up to 70% of the estimated cost may be asked for in eFlow at least"),
        (10, "  5 working days before departure."),
        (10, "- Claim your expenses in eFlow within 30 days after you return, with the receipts. Late claims"),
        (10, "  need the Sales Director's approval; claims made more than 90 days after the trip are not paid."),
        (10, "- Receipts from Taiwan must be uniform invoices (fapiao) with Tianlu's company tax ID number"),
        (10, "  on them. An invoice without the tax ID number is not accepted."),
        (10, "- Foreign currency is converted at the rate on your company card statement, or for cash at"),
        (10, "  the bank's selling rate on the day you changed the money."),
        None,
        (12, "5. Safety and insurance"),
        (10, "- Every approved trip is covered by the company's travel insurance. Carry the insurance card"),
        (10, "  from the Finance office."),
        (10, "- Enter your hotel and flights in the eFlow travel request so that we can reach you."),
        (10, "- In an emergency abroad, call the local emergency number first, then your manager."),
        None,
        (12, "6. Questions"),
        (10, "Finance, ext 1150, or the Taipei office administrator, ext 3100."),
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
            + b" /Author " + pdf_string("Finance, Tianlu Precision Industrial Co., Ltd.")
            + b" /Subject " + pdf_string("Business travel, per diem, trade shows, advances and claims")
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
