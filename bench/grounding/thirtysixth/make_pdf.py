#!/usr/bin/env python3
"""Build docs/hr/salary-advance-and-staff-loans.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "salary-advance-and-staff-loans.pdf")

TITLE = "Salary Advance and Staff Loan Scheme - HR-11 Version 3"
DATE = "D:20280115100000+03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Rwenzori Mist Tea Company Limited \u00b7 Human Resources and Payroll"),
        (16, "SALARY ADVANCE AND STAFF LOAN SCHEME"),
        (12, "Policy HR-11 \u00b7 Version 3"),
        (9, "Date: 15/01/2028 \u00b7 Effective: 01/02/2028"),
        None,
        (12, "1. Salary advance"),
        (10, "- Monthly-paid staff: up to 50% of your net monthly pay, up to 3 advances in a financial"),
        (10, "  year (July to June). Each advance is recovered in full from your next salary."),
        (10, "- Daily-rated and piece-rate staff: up to UGX 60,000 in a fortnight, recovered in full from"),
        (10, "  the next fortnightly pay."),
        (10, "- Apply in PeopleDesk > Money > Advance by the 10th of the month. Approved advances are"),
        (10, "  paid by the 15th, to your bank account or registered mobile money number."),
        (10, "- An advance must be repaid before another is paid."),
        None,
        (12, "2. Staff loans"),
        (10, "Scheme                     Up to              Interest          Repay over        Service needed"),
        (10, "---------------------------------------------------------------------------------------------------"),
        (10, "Emergency loan             UGX 3,000,000      10% a year        12 months         1 year"),
        (10, "School fees loan           UGX 1,500,000      Interest free     3 months          6 months"),
        (10, "Iron sheets and building   UGX 6,000,000      8% a year         24 months         3 years"),
        (10, "Motorcycle loan            UGX 4,500,000      8% a year         30 months         2 years"),
        None,
        (10, "Interest is charged on the reducing balance. Only permanent staff may borrow."),
        (10, "An emergency loan is for a medical bill, a funeral, or damage to your home by fire,"),
        (10, "storm or flood. Upload the bills or a letter from the hospital or the LC1 chairperson."),
        (10, "School fees loans open in January, May and August and are paid straight to the school."),
        (10, "For a motorcycle loan the company keeps the log book until the loan is repaid; the"),
        (10, "motorcycle must have comprehensive insurance, and the loan includes two helmets."),
    ],
    [
        (12, "3. Guarantors and limits"),
        (10, "- Any loan over UGX 1,000,000 needs one guarantor who is a permanent employee."),
        (10, "- After all deductions, including NSSF, PAYE and LST, you must be left with at least"),
        (10, "  one third of your gross pay in every pay period."),
        (10, "- Only one loan of each type at a time."),
        None,
        (12, "4. How to apply for a loan"),
        (10, "- Apply in PeopleDesk > Money > New loan and upload the documents and your"),
        (10, "  guarantor's consent."),
        (10, "- Payroll checks your service and your deductions. The Payroll Manager approves loans"),
        (10, "  up to UGX 2,000,000 and the Finance Director approves larger loans."),
        (10, "- Loans approved by the 20th of the month are paid with that month's salary."),
        None,
        (12, "5. Leaving the company"),
        (10, "Any balance on a loan or advance is recovered from your final dues. If the final dues"),
        (10, "are not enough, the balance is deducted from the guarantor's pay."),
        None,
        (12, "6. Questions"),
        (10, "Payroll, ext 130, or the HR Office at your estate, ext 221."),
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
            + b" /Author " + pdf_string("Human Resources and Payroll, Rwenzori Mist Tea Company Limited")
            + b" /Subject " + pdf_string("Salary advances, emergency, school fees, building and motorcycle loans")
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
