#!/usr/bin/env python3
"""Build docs/quininde/acopio-quality-and-price-rules.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "quininde", "acopio-quality-and-price-rules.pdf")

TITLE = "Quinindé Buying Rules - ACO-01 (2032)"
DATE = "D:20320614100000-05'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Cacao Manabí Export S.A. \u00b7 Centro de acopio Quinindé"),
        (16, "BUYING RULES FOR CACAO"),
        (12, "ACO-01 \u00b7 Quinindé buying station"),
        (9, "Date: 14/06/2032 \u00b7 Effective: 01/07/2032"),
        None,
        (12, "1. Opening hours"),
        (10, "- The station buys cacao Monday to Saturday from 07h00 to 16h00."),
        (10, "- Wet cacao (cacao en baba) is received until 14h00 so that it leaves on the 14h30 truck"),
        (10, "  to Calceta."),
        None,
        (12, "2. Quality of dry cacao"),
        (10, "Moisture: at most 8%, measured on every lot with the moisture meter."),
        (10, "Cut test on 100 beans from each lot:"),
        (10, "Defect                        Limit        If above the limit"),
        (10, "----------------------------------------------------------------------"),
        (10, "Mouldy beans                  4%           Lot returned or second grade"),
        (10, "Slaty beans                   10%          Second-grade price"),
        (10, "Insect damaged                3%           Lot returned"),
        (10, "Foreign matter                1%           Deducted by weight"),
        None,
        (10, "Lots outside these limits are returned to the farmer or bought at the second-grade"),
        (10, "price if the farmer agrees. The scale clerk writes the cut test on the BásculaNet ticket."),
    ],
    [
        (12, "3. Prices"),
        (10, "- The price per quintal (100 lb) of dry cacao is posted on the board and in the farmers'"),
        (10, "  WhatsApp group at 07h00 every day."),
        (10, "- Certified organic farms receive a premium of US$ 0.15 per pound."),
        (10, "- Farms in the Nacional fine-aroma programme receive a further US$ 0.20 per pound when"),
        (10, "  the lot passes the cut test with at least 75% well fermented beans."),
        None,
        (12, "4. Payment"),
        (10, "- Payments up to US$ 500.00 are made in cash at the counter."),
        (10, "- Larger payments are made by bank transfer within 48 hours."),
        (10, "- Every payment carries a BásculaNet ticket signed by the farmer."),
        None,
        (12, "5. New farmers"),
        (10, "New farmers bring their cédula and a bank certificate and are given a farm code after a"),
        (10, "visit by a field technician."),
        None,
        (12, "6. Questions"),
        (10, "Station chief, ext. 410."),
        None,
        (10, "Jefe del centro de acopio Quinindé"),
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
            + b" /Author " + pdf_string("Centro de acopio Quinindé, Cacao Manabí Export S.A.")
            + b" /Subject " + pdf_string("Opening hours, quality limits, prices and payment for cacao purchases")
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
