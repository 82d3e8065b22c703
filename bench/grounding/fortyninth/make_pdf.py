#!/usr/bin/env python3
"""Build docs/outgrowers/cane-payment-terms.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "outgrowers", "cane-payment-terms.pdf")

TITLE = "Out-grower Cane Payment Terms - OGS-02, 2030 season"
DATE = "D:20300214100000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Nkhwazi Lakeshore Sugar Limited \u00b7 Nkhwazi Out-grower Scheme"),
        (16, "OUT-GROWER CANE PAYMENT TERMS"),
        (12, "OGS-02 \u00b7 2030 season"),
        (9, "Date: 14/02/2030 \u00b7 Effective: 01/03/2030 \u00b7 Agreed with the Lakeshore Cane Growers' Trust (LCGT)"),
        None,
        (10, "These terms apply to all cane delivered to Nkhwazi Mill by registered out-growers in the 2030 season."),
        (10, "They form part of each grower's cane supply agreement."),
        None,
        (12, "1. Cane price"),
        (10, "- Base price: MK 92,500 per tonne of cane at 11.0% recoverable sucrose (RS)."),
        (10, "- For each 0.1% RS above or below 11.0%, the price goes up or down by MK 800 per tonne."),
        (10, "- RS is measured by the mill laboratory on a core sample from every load. The grower or the"),
        (10, "  LCGT may ask for a re-test within 24 hours of the SMS that gives the result."),
        None,
        (12, "2. Deductions"),
        (10, "Item                           Rate                                   When"),
        (10, "--------------------------------------------------------------------------------------------------"),
        (10, "Haulage by Nkhwazi lorries     MK 95 per tonne per km                 Each delivery"),
        (10, "LCGT levy                      1.5% of the gross cane value           Each payment"),
        (10, "Trash above 5%                 Weight of the extra trash              Each delivery"),
        (10, "Input loan (fertiliser etc.)   As in the grower's loan agreement      Final payment"),
        None,
        (10, "Growers who haul their own cane pay no haulage deduction."),
        None,
        (12, "3. When and how you are paid"),
        (10, "- Interim payment: 60% of the estimated cane value within 14 days after the end of each"),
        (10, "  delivery month."),
        (10, "- Final payment: the balance, after the season's RS reconciliation, by 31st January 2031."),
        (10, "- Payment to a bank account, Airtel Money or TNM Mpamba, in the grower's own name. Mobile money"),
        (10, "  payments are limited to MK 1,500,000 per transaction; larger amounts go to a bank account."),
        (10, "- Every payment is followed by an SMS statement from CaneTrack."),
    ],
    [
        (12, "4. Deliveries"),
        (10, "- Delivery slots are set every week in CaneTrack. Growers receive their slot by SMS."),
        (10, "- Burnt cane must reach Weighbridge 2 within 48 hours of burning."),
        (10, "- Cane delivered 48 to 96 hours after burning is paid with a 10% deduction from its value."),
        (10, "- Cane delivered more than 96 hours after burning is rejected."),
        (10, "- Weighbridge 2 is open from 06:00 to 22:00 hrs every day during the crop."),
        None,
        (12, "5. How to register a harvest"),
        (10, "1. Ask the Field Assistant for your block to book a harvest date at least 7 days ahead."),
        (10, "2. The Field Assistant enters the harvest plan in CaneTrack and checks your fire break."),
        (10, "3. You receive an SMS with your burn date and delivery slot."),
        (10, "4. The burn is done only under a burn permit countersigned by Estate Fire Control."),
        (10, "5. Check that every weighbridge ticket number in your SMS matches the driver's copy."),
        None,
        (12, "6. Disputes"),
        (10, "Raise a dispute about weight, RS or a deduction with the Out-grower Liaison Office within"),
        (10, "14 days of the SMS statement. If it is not settled, the LCGT chairperson and the Out-grower"),
        (10, "Liaison Manager meet to decide it within 30 days."),
        None,
        (12, "7. Contacts"),
        (10, "Out-grower Liaison Office at the mill gate, ext 2400. Weighbridge 2, ext 2410."),
        None,
        (10, "Out-grower Liaison Manager"),
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
            + b" /Author " + pdf_string("Out-grower Liaison Office, Nkhwazi Lakeshore Sugar Limited")
            + b" /Subject " + pdf_string("Cane price, deductions, payments and deliveries for out-growers")
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
