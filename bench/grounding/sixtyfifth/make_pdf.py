#!/usr/bin/env python3
"""Build docs/hr/uniform-and-footwear-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "uniform-and-footwear-policy.pdf")

TITLE = "Uniforms and Safety Footwear Policy - RH-08 Rev. D"
DATE = "D:20331127100000-05'00'"
PAGE_W, PAGE_H = 612, 792  # US Letter in points
LEFT, TOP, BOTTOM = 56, 740, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "\u00c9rabli\u00e8re Coop\u00e9rative Beauce-Appalaches \u00b7 Ressources humaines"),
        (16, "UNIFORMS AND SAFETY FOOTWEAR POLICY"),
        (12, "Policy RH-08 \u00b7 Rev. D"),
        (9, "Issued: 2033-11-27 \u00b7 In force: 2034-01-01"),
        (9, "Rev. D replaces Rev. C of this policy."),
        None,
        (12, "1. What the Coop gives you"),
        (10, "Item                          Permanent staff            Seasonal workers"),
        (10, "--------------------------------------------------------------------------------"),
        (10, "Work shirts                   5 at hiring, 2 a year      2 for the season"),
        (10, "Work pants                    3 at hiring, 1 a year      Not supplied"),
        (10, "Safety boots                  175,00 $ every 12 months   Voucher of 100,00 $"),
        (10, "Prescription safety glasses   250,00 $ every 24 months   Not supplied"),
        (10, "Winter jacket (Thetford)      1 every 3 years            Loaned for the season"),
        None,
        (10, "Shirts and pants are washed by the Coop: leave them in the laundry bin by Wednesday"),
        (10, "evening and collect them on Friday from the uniform room."),
        None,
        (12, "2. Safety boots"),
        (10, "- Boots must have a steel or composite toe and a puncture-resistant sole (green triangle)."),
        (10, "- Buy them at any store and claim the amount in Portail Coop > Remboursements with"),
        (10, "  the receipt, within 60 days of the purchase."),
        (10, "- Seasonal workers use the voucher at Chaussures Lambert, Saint-Georges, or at"),
        (10, "  Sports Frontenac, Thetford Mines."),
    ],
    [
        (12, "3. Protective equipment at the filling station"),
        (10, "- Heat-resistant gloves and a face shield, supplied at the line; replaced when worn."),
        (10, "- Hairnet and beard net, at the entrance to the bottling room."),
        None,
        (12, "4. Protective equipment at Thetford Mines"),
        (10, "- Hard hat, high-visibility vest and safety glasses, supplied on your first day."),
        (10, "- Hearing protection near the barrel washer."),
        None,
        (12, "5. When you leave the Coop"),
        (10, "Return your shirts, pants, jacket and badge to HR on your last day. Items not returned"),
        (10, "are not deducted from your pay."),
        None,
        (12, "6. Questions"),
        (10, "Ressources humaines, ext. 2201, or the SST coordinator, ext. 3120."),
        None,
        (10, "Directrice des ressources humaines"),
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
            + b" /Author " + pdf_string("Ressources humaines, Érablière Coopérative Beauce-Appalaches")
            + b" /Subject " + pdf_string("Uniforms, safety footwear, safety glasses and protective equipment")
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
