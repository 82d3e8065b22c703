#!/usr/bin/env python3
"""Build docs/hr/salary-advances-and-dora.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "salary-advances-and-dora.pdf")

TITLE = "Salary Advances, Dora and Efapax - Circular HR-2/2034"
DATE = "D:20340818100000+03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Psiloritis Olive Mills S.A. \u00b7 HR office and Payroll"),
        (16, "SALARY ADVANCES, DORA AND EFAPAX"),
        (12, "Circular HR-2/2034"),
        (9, "Date: 18/08/2034 \u00b7 Effective: 01/09/2034"),
        (9, "This circular replaces Circular HR-1/2030."),
        None,
        (12, "1. Salary advance"),
        (10, "- Permanent staff may ask for an advance of up to 40% of their net monthly pay,"),
        (10, "  once in a month and at most 6 times in a calendar year."),
        (10, "- Seasonal staff may ask for an advance after 10 shifts worked in the season."),
        (10, "- Apply in Elaiodiktyo > My pay > Advance by Tuesday 12:00. Advances approved are"),
        (10, "  paid into your bank account on the Thursday of the same week."),
        (10, "- The advance is taken back in full from the next monthly pay."),
        None,
        (12, "2. Dora"),
        (10, "- The Christmas dora is paid by 21 December and the Easter dora by Holy Wednesday,"),
        (10, "  as the law says. In 2035 the Easter dora is paid on Wednesday 25/04/2035."),
        (10, "- Staff with less than a full period receive a share for the days they worked."),
        (10, "- The company adds a harvest gift of 80,00 \u20ac to the Christmas dora of everyone who"),
        (10, "  worked at least 20 shifts in the harvest."),
        None,
        (12, "3. Efapax for long service"),
        (10, "Permanent staff receive a one-off efapax (lump sum) after long service:"),
        (10, "Years of service          Efapax              Paid with"),
        (10, "-------------------------------------------------------------------------"),
        (10, "10 years                  500,00 \u20ac            The pay of the anniversary month"),
        (10, "20 years                  1.000,00 \u20ac          The pay of the anniversary month"),
        (10, "30 years                  1.500,00 \u20ac          The pay of the anniversary month"),
    ],
    [
        (12, "4. Limits"),
        (10, "- Only one advance may be open at a time."),
        (10, "- No advance is paid in the month in which your contract ends."),
        None,
        (12, "5. Leaving the company"),
        (10, "Any advance not yet repaid is taken from your final pay."),
        None,
        (12, "6. Questions"),
        (10, "Payroll, ext 214, or the HR office, ext 210."),
        None,
        (10, "Giorgos Tzanakis, HR Manager"),
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
            + b" /Author " + pdf_string("HR office and Payroll, Psiloritis Olive Mills S.A.")
            + b" /Subject " + pdf_string("Salary advances, Christmas and Easter dora, long-service efapax")
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
