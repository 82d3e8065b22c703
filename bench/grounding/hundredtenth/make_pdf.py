#!/usr/bin/env python3
"""Build docs/hr/pay-advances-and-loans.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "pay-advances-and-loans.pdf")

TITLE = "Pay Advances and Staff Loans - HR-09 (2028)"
DATE = "D:20280814100000+04'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "VACOA COAST HOTELS & CATERING LTD"),
        (16, "PAY ADVANCES AND STAFF LOANS"),
        (12, "Avances sur salaire et pr\u00eats au personnel"),
        (9, "Ref. HR-09 \u00b7 Issued by Payroll on 14/08/2028 \u00b7 Applies from 01/09/2028"),
        (9, "Replaces: Staff Loans Circular HR/C/2025/03 (12 March 2025)."),
        None,
        (12, "A. Pay advance (avance sur salaire)"),
        (10, "Up to 50% of your net monthly salary may be drawn before pay day, at most twice in a"),
        (10, "calendar year. Request it in MyVC > Money > Pay advance between the 1st and the 10th of"),
        (10, "the month; the money is paid on the 15th (or the working day before) and the whole advance"),
        (10, "comes off that month's salary. Example: net salary Rs 25,000.00, advance up to Rs 12,500.00."),
        None,
        (12, "B. Loan schemes"),
        (10, "Scheme                        Up to            Interest          Repay over      Service needed"),
        (10, "-----------------------------------------------------------------------------------------------"),
        (10, "Personal loan                 Rs 80,000        4% a year         24 months       12 months"),
        (10, "Rentr\u00e9e scolaire loan         Rs 25,000        Interest free     10 months       6 months"),
        (10, "Motorcycle loan               Rs 90,000        3% a year         36 months       2 years"),
        (10, "Cyclone and flood loan        Rs 100,000       Interest free     24 months       After probation"),
        None,
        (10, "- Personal loans: for medical bills, a funeral, house repairs or a wedding."),
        (10, "- Rentr\u00e9e scolaire loans pay school fees, books and uniforms for the school year that"),
        (10, "  starts in January. Requests are taken from 1 November to 15 December."),
        (10, "- Motorcycle loans are for staff with no navette route near home. The motorcycle stays"),
        (10, "  registered in the company's name until the last repayment."),
        (10, "- Cyclone and flood loans: request within 60 days of the warning that damaged your home,"),
        (10, "  with photos and a quote."),
    ],
    [
        (12, "C. Limits"),
        (10, "- Personal loans above Rs 40,000 need a guarantor from the permanent staff."),
        (10, "- After all loan and advance deductions, your take-home pay must stay at or above half of"),
        (10, "  your basic salary."),
        (10, "- One loan per scheme at a time; a new pay advance only when the last one is cleared."),
        (10, "- Loans are for permanent staff who have passed probation."),
        None,
        (12, "D. How a loan is decided"),
        (10, "1. Fill in the loan request in MyVC > Money > Loans and attach the quote, bills or school list."),
        (10, "2. The loan committee (Head of Human Resources, Finance Director and an elected staff"),
        (10, "   representative) meets on the first Tuesday of each month and decides every request."),
        (10, "3. Approved loans are paid into your account on the Friday after the committee meets."),
        None,
        (12, "E. Leaving"),
        (10, "If you leave, Payroll takes what you still owe from your final pay and your end-of-year bonus."),
        None,
        (12, "F. Contact"),
        (10, "Payroll, ext 215 \u00b7 HR Service Centre, ext 210."),
        (10, "En cas de doute, parlez-en \u00e0 Payroll avant de signer."),
        None,
        (10, "Payroll Manager"),
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
            + b" /Author " + pdf_string("Payroll and Human Resources, Vacoa Coast Hotels & Catering Ltd")
            + b" /Subject " + pdf_string("Pay advances; personal, rentree scolaire, motorcycle and cyclone and flood loans")
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
