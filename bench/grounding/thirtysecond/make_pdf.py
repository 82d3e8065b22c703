#!/usr/bin/env python3
"""Build docs/hr/staff-loans-and-salary-advances.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-loans-and-salary-advances.pdf")

TITLE = "Staff Loans and Salary Advances Policy - HR-09 Version 3"
DATE = "D:20271015100000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Nsansa Mine Services Limited \u00b7 Human Resources and Payroll"),
        (16, "STAFF LOANS AND SALARY ADVANCES POLICY"),
        (12, "Policy HR-09 \u00b7 Version 3"),
        (9, "Date: 15/10/2027 \u00b7 Effective: 01/11/2027"),
        None,
        (12, "1. Salary advance"),
        (10, "- You may ask for an advance of up to 40% of your basic salary for the month."),
        (10, "- Up to 4 advances in a calendar year. Each advance is recovered in full from your"),
        (10, "  next salary."),
        (10, "- Apply in PeopleHub > Money > Salary advance. Advances approved by 12:00 on a"),
        (10, "  Wednesday are paid into your bank account on the Friday of the same week."),
        None,
        (12, "2. Staff loans"),
        (10, "Scheme                  Amount up to     Interest          Repay over        Service needed"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Emergency loan          K15,000          8% a year         12 months         1 year"),
        (10, "School fees loan        K8,000           Interest free     10 months         6 months"),
        (10, "Bicycle loan            K3,500           Interest free     10 months         3 months"),
        None,
        (10, "An emergency loan is for a medical emergency, a death in your close family, or damage to"),
        (10, "your home by fire or storm. Upload the bills or letters."),
        (10, "School fees loans are open from 1 December to 31 January each year. Upload the school's"),
        (10, "fees invoice; the loan is paid straight to the school."),
        (10, "A bicycle loan is paid to an approved dealer in Kitwe, Kalulushi, Chingola or Solwezi."),
        (10, "Interest on the emergency loan is charged on the reducing balance."),
    ],
    [
        (12, "3. Guarantors and limits"),
        (10, "- An emergency loan over K10,000 needs one guarantor who is a permanent employee."),
        (10, "- All loan and advance deductions together may not be more than 30% of your basic salary"),
        (10, "  in any month."),
        (10, "- Only one loan of each type at a time. An advance must be recovered before another is paid."),
        None,
        (12, "4. How to apply for a loan"),
        (10, "- Apply in PeopleHub > Money > New loan and upload the bills, invoice or quotation, and"),
        (10, "  your guarantor's consent if you need one."),
        (10, "- Payroll checks your service and your deductions. The Payroll Manager approves loans"),
        (10, "  up to K10,000 and the Head of Human Resources approves larger loans."),
        (10, "- Loans approved by the 15th of the month are paid with that month's salary."),
        None,
        (12, "5. Who may borrow"),
        (10, "Permanent employees who have finished probation. Fixed-term employees may take salary"),
        (10, "advances but not loans."),
        None,
        (12, "6. Leaving the company"),
        (10, "Any balance on a loan or advance is recovered from your final pay."),
        None,
        (12, "7. Questions"),
        (10, "Payroll, ext 1120, or the HR Service Desk, ext 1100."),
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
            + b" /Author " + pdf_string("Human Resources and Payroll, Nsansa Mine Services Limited")
            + b" /Subject " + pdf_string("Salary advances, emergency, school fees and bicycle loans")
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
