#!/usr/bin/env python3
"""Build docs/acopio/aco-01-buying-conditions-2032.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "acopio", "aco-01-buying-conditions-2032.pdf")

TITLE = "ACO-01 Buying Conditions and Prices - Campana de acopio 2032"
DATE = "D:20320222100000-05'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Hilander\u00eda Misti Alpaca S.A.C. \u00b7 Centros de acopio"),
        (16, "ACO-01 BUYING CONDITIONS AND PRICES"),
        (12, "Campa\u00f1a de acopio 2032"),
        (9, "Valid from 01/03/2032 to 31/07/2032 \u00b7 Approved by the Gerente General on 22/02/2032"),
        None,
        (12, "1. Prices per libra (lb), dry and sorted by the buyer"),
        (10, "Grade              Fibre diameter            White          Coloured"),
        (10, "------------------------------------------------------------------------------"),
        (10, "Royal Alpaca       19.0 \u00b5m or finer          S/ 23.00       S/ 19.55"),
        (10, "Baby Alpaca        19.1 to 22.5 \u00b5m           S/ 19.50       S/ 16.58"),
        (10, "Superfine          22.6 to 26.0 \u00b5m           S/ 14.80       S/ 12.58"),
        (10, "Huarizo            26.1 to 29.0 \u00b5m           S/ 9.60        S/ 8.16"),
        (10, "Gruesa             over 29.0 \u00b5m              S/ 5.20        S/ 5.20"),
        None,
        (10, "- Coloured fleece is paid 15% less than white, except Gruesa."),
        (10, "- Skirted fleece (accepted without belly, legs or dung) gets S/ 0.60 more per lb."),
        (10, "- Grades follow the fibre classification standard CAL-PR-02, Revisi\u00f3n 05."),
        None,
        (12, "2. Moisture"),
        (10, "If the moisture meter shows more than 13%, 1% of the weight is deducted for each"),
        (10, "point above 13%."),
        None,
        (12, "3. Payment"),
        (10, "- Producers are paid by bank transfer to their own account at a bank or caja"),
        (10, "  within 48 hours of the purchase."),
        (10, "- A producer who sells less than 50 lb in a day may be paid in cash at the centre,"),
        (10, "  up to S/ 1,500.00."),
        (10, "- Every purchase has its liquidaci\u00f3n de compra printed from SIGA; the producer signs it."),
    ],
    [
        (12, "4. Receiving a lot, step by step"),
        (10, "Step 1. Register the producer in SIGA > Acopio with the DNI and the bank account."),
        (10, "Step 2. Weigh the lot on the centre's scale in front of the producer and show the weight."),
        (10, "Step 3. Check the moisture with the meter at three points of the lot."),
        (10, "Step 4. Sort the fleece by grade and colour at the table, in front of the producer."),
        (10, "Step 5. Take a sample of 100 g for LabHil and seal it with the lot code."),
        (10, "Step 6. Print the liquidaci\u00f3n de compra from SIGA and ask the producer to sign it."),
        None,
        (12, "5. Minimum lot and limits"),
        (10, "- The centres buy lots of 5 lb or more."),
        (10, "- No more than S/ 5,000.00 in cash may stay in the centre's safe overnight."),
        (10, "- Buyers may not buy from their own relatives; another buyer or the jefe de centro does."),
        None,
        (12, "6. Associations"),
        (10, "Lots of 1,000 lb or more from a registered producers' association get S/ 0.30 more"),
        (10, "per lb when they arrive at the centre already sorted by colour."),
        None,
        (12, "7. Questions"),
        (10, "Jefe de Acopio, Sr. Wilber Mamani Coaquira, ext 410 \u00b7 Calidad, ext 240."),
        None,
        (10, "Jefe de Acopio"),
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
            + b" /Author " + pdf_string("Jefatura de Acopio, Hilanderia Misti Alpaca S.A.C.")
            + b" /Subject " + pdf_string("Alpaca fibre buying prices and rules at the centros de acopio")
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
