#!/usr/bin/env python3
"""Build docs/purchasing/wool-buying-2029.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "purchasing", "wool-buying-2029.pdf")

TITLE = "Wool Buying Rules, 2029 season - WB-01"
DATE = "D:20290515100000+06'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Ak Bulut Kiyiz LLC \u00b7 Wool Buying \u00b7 Naryn plant and Karakol warehouse"),
        (16, "WOOL BUYING RULES, 2029 SEASON"),
        (12, "WB-01 \u00b7 approved by the Director General"),
        (9, "Date: 15.05.2029 \u00b7 Valid: 01.06.2029 - 30.09.2029"),
        (9, "For wool buyers, the zavsklad at each buying point and the drivers of the wool truck."),
        None,
        (12, "1. Buying points"),
        (10, "- Naryn plant, gate 2 weighbridge: Monday to Saturday 08:00-18:00."),
        (10, "- Karakol warehouse: Tuesday, Thursday and Saturday 09:00-16:00."),
        (10, "- Mobile buying in the districts: on dates set by the wool buying manager, with the wool truck."),
        None,
        (12, "2. Prices per kg of raw (unwashed) wool"),
        (10, "Wool                              1st grade      2nd grade"),
        (10, "------------------------------------------------------------"),
        (10, "Fine wool (tonkorunnaya)          KGS 95         KGS 66"),
        (10, "Semi-fine wool                    KGS 70         KGS 49"),
        (10, "Coarse wool (for shyrdak, koshma) KGS 38         KGS 27"),
        (10, "Lamb wool, first shearing         KGS 55         KGS 38"),
        (10, "Camel wool (tebe jun)             KGS 160        KGS 110"),
        None,
        (10, "2nd grade: short or weak staple, more than 10% burrs and dirt, or mixed colours in one bag."),
        (10, "Black and brown coarse wool is bought at the 1st grade price when it is sorted by colour."),
        None,
        (12, "3. Moisture and rubbish"),
        (10, "- Every lot is checked with the moisture meter. If it shows more than 15%, the weight is"),
        (10, "  reduced by the points above 15% (at 19% the weight is reduced by 4%)."),
        (10, "- Dung locks, paint marks and belly wool with burrs are sorted out and not paid."),
        (10, "- Wet or mouldy wool is not bought at all."),
        None,
        (12, "4. Weighing and receipts"),
        (10, "Step 1. Weigh every bag on the certified scales in front of the supplier."),
        (10, "Step 2. Enter the lot in JunBook at once: supplier, wool type, grade, moisture, weight."),
        (10, "Step 3. Print the JunBook receipt; both you and the supplier sign it. The supplier keeps one copy."),
        (10, "Step 4. Tag each bag with the lot number and take it to the wool store."),
    ],
    [
        (12, "5. Paying suppliers"),
        (10, "- Cash: up to KGS 50,000 per supplier per day, against the signed JunBook receipt."),
        (10, "- Above KGS 50,000: by bank transfer within 5 banking days of the purchase."),
        (10, "- Advance (predoplata) for regular chabans: up to 30% of the expected delivery, only for"),
        (10, "  suppliers who sold to us in each of the last 2 seasons, approved by the wool buying manager."),
        None,
        (12, "6. Collecting wool"),
        (10, "The company truck collects from the ayil or the jailoo when the lot is at least 500 kg."),
        (10, "Smaller lots are brought to a buying point by the supplier."),
        None,
        (12, "7. Cash safety"),
        (10, "- A buyer carries no more than KGS 300,000 at a time. The rest stays in the kassa or the safe."),
        (10, "- With more than KGS 150,000, two company people travel together."),
        (10, "- Never leave cash or a JunBook tablet in the truck overnight."),
        None,
        (12, "8. Rules for buyers"),
        (10, "- Do not buy from yourself or from your relatives. Another buyer or the zavsklad does it."),
        (10, "- Do not promise any price for the next season."),
        (10, "- Premiya: 0.50 som for each kg bought above your monthly plan (see the pay rules)."),
        None,
        (12, "9. Questions"),
        (10, "Wool buying manager, ext 140; JunBook problems: IT Helpdesk, ext 180."),
        None,
        (10, "Wool buying manager"),
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
            + b" /Author " + pdf_string("Wool Buying, Ak Bulut Kiyiz LLC")
            + b" /Subject " + pdf_string("Wool prices, deductions, weighing and payment to suppliers, 2029 season")
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
