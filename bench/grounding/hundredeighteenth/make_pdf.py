#!/usr/bin/env python3
"""Build docs/export/export-spec.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "export", "export-spec.pdf")

TITLE = "Export Product and Packing Specification - QS-07 Edition 3"
DATE = "D:20290215100000+03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Pushcha Timber & Board JSC \u00b7 Export Department and Quality Lab"),
        (16, "EXPORT PRODUCT AND PACKING SPECIFICATION"),
        (12, "QS-07 \u00b7 Edition 3"),
        (9, "Issued 15 February 2029 \u00b7 valid from 1 March 2029"),
        (9, "For buyers in Germany and Poland. Prices are on the current export price list."),
        None,
        (12, "1. Products"),
        (10, "- Raw particle board to EN 312, type P2, emission class E1, 2800 x 2070 mm, 16, 18 and 22 mm."),
        (10, "- Laminated particle board, 16 and 18 mm, decors from the current decor card."),
        (10, "- Pine sawn timber, kiln-dried (KD), grade AB, dried to the kiln drying standard QS-04."),
        None,
        (12, "2. Tolerances and properties"),
        (10, "Property                                 Requirement"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Thickness (sanded board)            \u00b1 0.3 mm"),
        (10, "Length and width                         \u00b1 5 mm"),
        (10, "Board moisture content                5-13 %"),
        (10, "Density, 16-18 mm                       at least 620 kg/m\u00b3"),
        (10, "Formaldehyde emission                E1 (E0.5 on request, laminated board only)"),
        (10, "Sawn timber moisture content      16 % \u00b1 2 %"),
        None,
        (12, "3. Packing"),
        (10, "- Board packs stand on four heat-treated bearers (ISPM 15 marked), PE film on top and sides."),
        (10, "- 4 steel straps per pack, with edge protectors under every strap."),
        (10, "- Pack height not more than 1,100 mm."),
        (10, "- Each pack carries a label with the order number, the batch number and the buyer's article code."),
        (10, "- Sawn timber bundles are strapped three times and covered with a hood."),
    ],
    [
        (12, "4. Lead times"),
        (10, "- Raw board: 10 working days from the confirmed order."),
        (10, "- Laminated board: 15 working days from the confirmed order."),
        (10, "- Sawn timber: 10 working days; 5 working days from stock."),
        None,
        (12, "5. Loading"),
        (10, "- FCA Kamianiec plant, Monday to Friday, 08:00-16:30. No loading on Belarusian public holidays."),
        (10, "- Not more than 24 t per truck. The driver checks the load securing before leaving the plant."),
        None,
        (12, "6. Claims"),
        (10, "- Visible transport damage must be noted on the CMR at unloading."),
        (10, "- Quality claims in writing within 14 days of delivery, with photos of the pack labels."),
        (10, "- The Quality Manager answers a claim within 5 working days."),
        (10, "- Boards that have been cut, edged or installed can no longer be claimed for thickness or size."),
        None,
        (12, "7. Contacts"),
        (10, "Export desk, ext 140 \u00b7 Quality Manager, ext 240"),
        None,
        (10, "Head of Export"),
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
            + b" /Author " + pdf_string("Export Department, Pushcha Timber & Board JSC")
            + b" /Subject " + pdf_string("Export product tolerances, packing, lead times, loading and claims")
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
