#!/usr/bin/env python3
"""Build docs/hr/salary-advances-and-loans.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "salary-advances-and-loans.pdf")

TITLE = "Paradh\u00ebnie page dhe hua p\u00ebr stafin - HR-09 Edition 4"
DATE = "D:20290110100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Gjethgur Botanicals sh.p.k. \u00b7 Burimet Njer\u00ebzore dhe Pagat / HR and Payroll"),
        (16, "PARADH\u00cbNIE PAGE DHE HUA P\u00cbR STAFIN"),
        (12, "Salary advances and staff loans \u00b7 Policy HR-09 \u00b7 Edition 4"),
        (9, "Data / Date: 10.01.2029 \u00b7 N\u00eb fuqi / Effective: 01.02.2029"),
        None,
        (12, "1. Paradh\u00ebnie page (salary advance)"),
        (10, "- Permanent staff may ask for up to 50% of their net monthly pay as an advance."),
        (10, "- At most one advance every 3 months. It is repaid in full from your next salary."),
        (10, "- Seasonal staff may ask for an advance after their first full month of work, up to 30%"),
        (10, "  of one fortnight's net pay."),
        (10, "- Request it in Portali HR > Paga > Paradh\u00ebnie by the 15th of the month. Approved"),
        (10, "  advances are paid on the 20th (or on the last working day before the 20th)."),
        None,
        (12, "2. Hua p\u00ebr stafin (staff loans)"),
        (10, "Loan                      Up to           Interest        Repaid over     Open"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Winter heating loan       60.000 Lek\u00eb     Interest free   6 months        01.09 - 31.10"),
        (10, "Emergency loan            200.000 Lek\u00eb    3% a year       12 months       All year"),
        (10, "School loan               40.000 Lek\u00eb     Interest free   8 months        15.08 - 30.09"),
        None,
        (10, "The winter heating loan (hua p\u00ebr dru dhe ngrohje) helps you buy firewood or pay for heating"),
        (10, "before the Kor\u00e7\u00eb winter. The school loan is for books, clothes and fees at the start of the"),
        (10, "school year. An emergency loan is for illness, a funeral, or damage to your home by fire,"),
        (10, "flood or earthquake; upload the bills or a letter from the hospital or the insurer."),
        (10, "Only permanent staff who have passed their probation may take a loan."),
    ],
    [
        (12, "3. Guarantor and limits"),
        (10, "- A loan over 100.000 Lek\u00eb needs one guarantor, a permanent employee of Gjethgur."),
        (10, "- All advance and loan deductions together may not be more than 30% of your net pay"),
        (10, "  in any month."),
        (10, "- Only one loan of each type at a time. An advance must be repaid before you ask for"),
        (10, "  another one."),
        None,
        (12, "4. How to apply for a loan"),
        (10, "- Apply in Portali HR > Paga > Hua e re and upload the bills, letters or quote and your"),
        (10, "  guarantor's consent if one is needed."),
        (10, "- Payroll checks your service and your deductions within 5 working days."),
        (10, "- The HR Manager approves loans up to 100.000 Lek\u00eb; larger loans are approved by the"),
        (10, "  General Manager."),
        (10, "- Loans approved by the 20th are paid with that month's salary."),
        None,
        (12, "5. Leaving the company"),
        (10, "Any balance still owed on a loan or an advance is taken from your final pay."),
        None,
        (12, "6. Questions"),
        (10, "Payroll (Pagat), ext 125, or HR, ext 120 (Tiran\u00eb) and ext 320 (Kor\u00e7\u00eb)."),
        None,
        (10, "HR Manager"),
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
            + b" /Author " + pdf_string("Burimet Njer\u00ebzore dhe Pagat, Gjethgur Botanicals sh.p.k.")
            + b" /Subject " + pdf_string("Salary advances, winter heating, emergency and school loans")
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
