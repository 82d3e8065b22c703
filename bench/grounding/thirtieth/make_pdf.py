#!/usr/bin/env python3
"""Build docs/hr/salary-advance-and-loans.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "salary-advance-and-loans.pdf")

TITLE = "Salary Advance and Employee Loan Policy - HR-07 Version 3"
DATE = "D:20280115103000+05'30'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Tezraah Logistics Private Limited \u00b7 Human Resources and Payroll"),
        (16, "SALARY ADVANCE AND EMPLOYEE LOAN POLICY"),
        (12, "Policy HR-07 \u00b7 Version 3"),
        (9, "Date: 15-01-2028 \u00b7 Effective: 01-02-2028"),
        (9, "This version replaces Version 2 (April 2026)."),
        None,
        (12, "1. Who can apply"),
        (10, "Employees on the company rolls who have completed 3 months of service. Contract and"),
        (10, "agency staff cannot apply under this policy."),
        None,
        (12, "2. Salary advance"),
        (10, "- Up to 50% of the net salary earned in the month so far (days worked till the date of request)."),
        (10, "- Up to 2 salary advances in a financial year (April to March)."),
        (10, "- Apply in MyRaah > Pay > Salary advance between the 10th and the 20th of the month."),
        (10, "- The advance is paid to your bank account within 3 working days of approval."),
        (10, "- It is recovered from the same month's salary."),
        None,
        (12, "3. Loans"),
        (10, "Loan                  Amount up to      Interest          Repay in        Service needed"),
        (10, "----------------------------------------------------------------------------------------"),
        (10, "Emergency loan        Rs. 1,50,000      Interest free     12 EMIs         1 year"),
        (10, "Two-wheeler loan      INR 60,000        6% a year         24 EMIs         6 months"),
        None,
        (10, "An emergency loan is for a medical emergency of the employee or a family member, a funeral,"),
        (10, "or damage to the home by flood or fire. Upload the hospital estimate, bills or other proof."),
        (10, "The two-wheeler loan is only for delivery associates buying a two-wheeler, petrol or electric,"),
        (10, "for deliveries. The RC must be in the employee's own name; a copy is uploaded within 30 days."),
    ],
    [
        (12, "4. Limits"),
        (10, "- All EMIs and advances together may not be more than 30% of the net salary of any month."),
        (10, "- Only one loan of each type at a time. An advance must be recovered before another is paid."),
        None,
        (12, "5. How to apply for a loan"),
        (10, "- Apply in MyRaah > Pay > Loans and upload the proof."),
        (10, "- Your FC Head or hub manager recommends the request in MyRaah within 2 working days."),
        (10, "- The Payroll Manager approves loans up to Rs. 50,000; the CHRO approves larger loans."),
        (10, "- Loans approved by the 20th of the month are paid within 5 working days; the first EMI is"),
        (10, "  deducted from the next month's salary."),
        None,
        (12, "6. Leaving the company"),
        (10, "Any balance on a loan or advance is recovered from the full and final settlement. If the"),
        (10, "settlement is not enough, the balance is recovered from the gratuity as the law allows."),
        None,
        (12, "7. Questions"),
        (10, "Payroll, ext 1120, or the HR Service Desk, ext 1100."),
        None,
        (10, "Chief Human Resources Officer"),
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
            + b" /Author " + pdf_string("Human Resources and Payroll, Tezraah Logistics Private Limited")
            + b" /Subject " + pdf_string("Salary advance, emergency loan and two-wheeler loan")
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
