#!/usr/bin/env python3
"""Build docs/hr/staff-loans-advances-and-school-fees.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-loans-advances-and-school-fees.pdf")

TITLE = "Staff Loans, Advances and School Fees Policy - HR-07 Revision 3"
DATE = "D:20271114100000+10'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Kumul Ridge Coffee Limited \u00b7 Human Resources and Finance"),
        (16, "STAFF LOANS, ADVANCES AND SCHOOL FEES POLICY"),
        (12, "Policy HR-07 \u00b7 Revision 3"),
        (9, "Date: 14/11/2027 \u00b7 Effective: 01/01/2028"),
        (9, "This revision replaces Revision 2 (March 2025)."),
        None,
        (12, "1. Salary advance"),
        (10, "- Up to 40% of your net fortnightly pay, repaid in full from your next pay."),
        (10, "- Up to 3 advances in a calendar year, after you have finished probation."),
        (10, "- Apply in PeoplePoint > Money > Salary advance. Advances approved by Friday 12 noon"),
        (10, "  are paid into your bank account on the following Monday."),
        None,
        (12, "2. Staff loans"),
        (10, "Scheme               Up to        Interest         Repay over        Service needed"),
        (10, "-------------------------------------------------------------------------------------"),
        (10, "School fee loan      K3,000       Interest free    13 fortnights     6 months"),
        (10, "Emergency loan       K5,000       5% a year        26 fortnights     12 months"),
        None,
        (10, "Only permanent staff may borrow. Interest is charged on the reducing balance."),
        (10, "A school fee loan pays school, college or university fees for your children or other"),
        (10, "dependants. The limit of K3,000 is for the calendar year, and the money is paid straight"),
        (10, "to the school's bank account, never to you in cash."),
        (10, "School fee loans open from 1 December to 31 January for Term 1, and from 1 June to"),
        (10, "15 July for Term 3, if your total for the year stays within the limit."),
        (10, "An emergency loan is for a funeral, a medical emergency in your family, or a fire or"),
        (10, "flood that damages your home."),
    ],
    [
        (12, "3. How to apply for a school fee loan"),
        (10, "Step 1. Get the fee invoice from the school, showing the school's bank account."),
        (10, "Step 2. Apply in PeoplePoint > Money > School fee loan. Upload the invoice and proof that"),
        (10, "the student is your child or dependant (birth certificate, baptism card or a letter"),
        (10, "from your ward councillor)."),
        (10, "Step 3. HR checks your service and your deductions and answers within 5 working days."),
        (10, "Step 4. Finance pays the school directly and you get a copy of the payment advice."),
        None,
        (12, "4. Guarantors and limits"),
        (10, "- An emergency loan over K2,500 needs one guarantor who is a permanent employee."),
        (10, "- All loan and advance deductions together may not be more than 30% of your gross pay"),
        (10, "  in any fortnight."),
        (10, "- Only one loan of each type at a time."),
        (10, "- The HR Manager approves loans up to K3,000 and the Finance Manager approves larger loans."),
        None,
        (12, "5. Leaving the company"),
        (10, "Any balance on a loan or advance is recovered from your final pay."),
        None,
        (12, "6. Questions"),
        (10, "HR, ext 110, or the Payroll Officer, ext 120."),
        None,
        (10, "HR Manager and Finance Manager"),
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
            + b" /Author " + pdf_string("Human Resources and Finance, Kumul Ridge Coffee Limited")
            + b" /Subject " + pdf_string("Salary advances, school fee loans and emergency loans")
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
