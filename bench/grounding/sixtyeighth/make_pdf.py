#!/usr/bin/env python3
"""Build docs/hr/salary-advance-and-loans.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "salary-advance-and-loans.pdf")

TITLE = "Salary Advance and Staff Loans - HR-09 Revision 4"
DATE = "D:20351202100000+03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Sidama Highland Coffee PLC \u00b7 Payroll and Human Resources"),
        (16, "SALARY ADVANCE AND STAFF LOANS"),
        (12, "Policy HR-09 \u00b7 Revision 4"),
        (9, "Date: 02/12/2035 (Hidar 22, 2028 E.C.) \u00b7 Effective: 01/01/2036"),
        (9, "This revision replaces Revision 3 (June 2033)."),
        None,
        (12, "1. Salary advance"),
        (10, "- Permanent staff may ask for an advance of up to 35% of one month's net salary."),
        (10, "- Up to 2 advances in a leave year, for example before Fasika or Meskel."),
        (10, "- Each advance is repaid in full from the next salary."),
        (10, "- Apply in BunaPay > Money > Advance by the 15th of the month. Advances approved"),
        (10, "  by your manager are paid on the 20th."),
        None,
        (12, "2. Staff loans"),
        (10, "Loan                      Up to           Interest       Repay over     Service needed"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Emergency loan            ETB 60,000      None           12 months      1 year"),
        (10, "Housing materials loan    ETB 150,000     4% a year      36 months      2 years"),
        (10, "School fees loan          ETB 25,000      None           10 months      6 months"),
        None,
        (10, "An emergency loan is for medical treatment, a funeral or damage to your home. Upload the"),
        (10, "bills or a letter from the health centre, the idir or the kebele."),
        (10, "A housing materials loan is for roof sheets, cement, doors and windows for your own home."),
        (10, "Upload the supplier's pro forma. Interest is charged on the reducing balance."),
        (10, "School fees loans are open from 1 Nehase to 30 Meskerem (about 7 August to 10 October)."),
    ],
    [
        (12, "3. Limits"),
        (10, "- Only one loan of each type at a time."),
        (10, "- Deductions for all loans and advances together may not take more than one third of"),
        (10, "  your net salary."),
        (10, "- Loans over ETB 50,000 need the Finance Manager's approval; loans over ETB 100,000 also"),
        (10, "  need the General Manager's approval."),
        None,
        (12, "4. How to apply for a loan"),
        (10, "- Apply in BunaPay > Money > New loan and upload the bills, letter or pro forma."),
        (10, "- Payroll checks your service and your deductions within 5 working days."),
        (10, "- Loans approved by the 20th are paid with that month's salary on the 28th."),
        None,
        (12, "5. Leaving the company"),
        (10, "Any balance is recovered from your final pay. Your idir payout is not touched."),
        None,
        (12, "6. Questions"),
        (10, "Payroll, ext 125, or the HR desk, ext 120."),
        None,
        (10, "Payroll Officer"),
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
            + b" /Author " + pdf_string("Payroll, Sidama Highland Coffee PLC")
            + b" /Subject " + pdf_string("Salary advances, emergency, housing materials and school fees loans")
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
