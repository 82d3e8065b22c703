#!/usr/bin/env python3
"""Build docs/sales/owner-service-rates-2030.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "sales", "owner-service-rates-2030.pdf")

TITLE = "Field Service and Touch-up Rates for Shipowners - SAL-03 (2030)"
DATE = "D:20300614100000+09'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Taehwa Marine Coatings Co., Ltd. \u00b7 Seoul Sales Office \u00b7 Technical Service"),
        (16, "FIELD SERVICE AND TOUCH-UP RATES FOR SHIPOWNERS"),
        (12, "SAL-03 \u00b7 Rates for 2030"),
        (9, "Issued: 2030.06.14 \u00b7 Effective: 2030.07.01 until further notice"),
        (9, "Prices in US dollars (USD) and Korean won (KRW). VAT at 10% is added to invoices in Korea."),
        None,
        (12, "1. Attendance and crews"),
        (10, "Service                                      USD            KRW                Unit"),
        (10, "--------------------------------------------------------------------------------------------"),
        (10, "Technical service engineer (NACE/FROSIO)     USD 650        KRW 880,000        per day"),
        (10, "Touch-up crew (banjang and 4 painters)       USD 2,900      KRW 3,950,000      per day"),
        (10, "Blasting crew (banjang and 3 blasters)       USD 3,300      KRW 4,480,000      per day"),
        (10, "Crew overtime                                USD 480        KRW 650,000        per crew hour"),
        (10, "DFT survey report with photographs           USD 350        KRW 475,000        per report"),
        None,
        (10, "A day is 8 working hours between 07:30 and 17:30 on board or in the dock. Saturday work is"),
        (10, "charged at +25% and work on Sundays and Korean public holidays at +50%. The minimum charge"),
        (10, "is 1 day for each attendance."),
        None,
        (12, "2. Travel and materials"),
        (10, "- Ships in Ulsan, Busan or Geoje: no travel charge."),
        (10, "- Other ports in Korea: travel and lodging at actual cost plus 10% handling."),
        (10, "- Ports outside Korea: air fares, visas and lodging at actual cost plus 10% handling, and each"),
        (10, "  travel day charged at half the day rate."),
        (10, "- Paint and thinner used for touch-up are invoiced at the current export price list."),
    ],
    [
        (12, "3. Booking and cancellation"),
        (10, "- Book with the Seoul Sales Office at least 3 working days before the attendance, giving the"),
        (10, "  ship's name, IMO number, port, berth and the agent's contact."),
        (10, "- Cancelled less than 48 hours before the attendance: 50% of the booked charge."),
        (10, "- Cancelled less than 24 hours before, or our crew refused access to the ship: 100%."),
        None,
        (12, "4. Payment"),
        (10, "- Invoices in USD or KRW, as the purchase order says."),
        (10, "- Payment within 30 days of the invoice date by bank transfer."),
        (10, "- Late payment: interest at 1% a month on the amount overdue."),
        None,
        (12, "5. Safety on board"),
        (10, "- Our crews follow Taehwa's safety rules and the ship's permit to work system."),
        (10, "- Nobody from Taehwa enters a tank without the ship's enclosed space permit and our own gas test."),
        (10, "- Hot work near fresh paint is stopped until the paint is dry and the area gas-free."),
        None,
        (12, "6. Contact"),
        (10, "Seoul Sales Office, 9F, 21 Mapo-daero, Mapo-gu, Seoul (09:00 to 18:00 KST, Monday to Friday)."),
        (10, "Attendance requests outside office hours: the duty technical service engineer, via the sales"),
        (10, "office's e-mail, answered by 08:00 KST the next morning."),
        None,
        (10, "Seoul Sales Manager"),
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
            + b" /Author " + pdf_string("Seoul Sales Office, Taehwa Marine Coatings Co., Ltd.")
            + b" /Subject " + pdf_string("Technical service engineer, touch-up and blasting crew rates for shipowners")
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
