#!/usr/bin/env python3
"""Build docs/hr/staff-loans-and-advances.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-loans-and-advances.pdf")

TITLE = "Staff Loans and Salary Advances Policy - HR-09 Revision 3"
DATE = "D:20281015100000-04'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Flyingfish Transport Company Limited \u00b7 Human Resources and Payroll"),
        (16, "STAFF LOANS AND SALARY ADVANCES POLICY"),
        (12, "Policy HR-09 \u00b7 Revision 3"),
        (9, "Date: 15/10/2028 \u00b7 Effective: 01/11/2028"),
        None,
        (12, "1. Salary advance"),
        (10, "- Hourly-paid staff: up to 35% of your net pay for one fortnight."),
        (10, "- Salaried staff: up to 35% of one month's net salary."),
        (10, "- Up to 4 advances in a calendar year. Each advance is repaid in full from your next pay."),
        (10, "- Apply in CrewDesk > Money > Salary advance by Monday 12:00 noon. Approved advances"),
        (10, "  are paid into your bank account on the Wednesday of the same week."),
        None,
        (12, "2. Staff loans"),
        (10, "Scheme                  Amount up to     Interest          Repay over        Service needed"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Emergency loan          BBD$5,000        4% a year         18 months         1 year"),
        (10, "Back-to-school loan     BBD$1,500        Interest free     10 fortnights     6 months"),
        (10, "Storm damage loan       BBD$4,000        Interest free     24 months         After probation"),
        None,
        (10, "Interest is charged on the reducing balance. Only permanent staff may borrow."),
        (10, "An emergency loan is for a medical emergency, a funeral, or damage to your home by fire"),
        (10, "or flood. Upload the bills or a letter from the doctor, funeral home or insurer."),
        (10, "Back-to-school loans open on 1 July and close on 15 August each year."),
        (10, "A storm damage loan is open for 90 days after a hurricane or tropical storm that damages"),
        (10, "your home."),
    ],
    [
        (12, "3. Guarantors and limits"),
        (10, "- An emergency loan over BBD$2,500 needs one guarantor who is a permanent employee."),
        (10, "- All loan and advance deductions together may not be more than 30% of your gross pay"),
        (10, "  in any pay period."),
        (10, "- Only one loan of each type at a time. An advance must be repaid before another is paid."),
        None,
        (12, "4. How to apply for a loan"),
        (10, "- Apply in CrewDesk > Money > New loan and upload the bills or letters and your"),
        (10, "  guarantor's signed consent."),
        (10, "- Payroll checks your service and your deductions. The Payroll Officer approves loans"),
        (10, "  up to BBD$2,500 and the HR Manager approves larger loans."),
        (10, "- Loans approved by the 18th of the month are paid with the next pay after that date."),
        None,
        (12, "5. Leaving the company"),
        (10, "Any balance on a loan or advance is recovered from your final pay."),
        None,
        (12, "6. Questions"),
        (10, "Payroll, ext 225, or HR, ext 220."),
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
            + b" /Author " + pdf_string("Human Resources and Payroll, Flyingfish Transport Company Limited")
            + b" /Subject " + pdf_string("Salary advances, emergency, back-to-school and storm damage loans")
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
