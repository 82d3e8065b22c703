#!/usr/bin/env python3
"""Build docs/hr/staff-advances-and-loans.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-advances-and-loans.pdf")

TITLE = "Staff Advances and Loans Policy - HR-07"
DATE = "D:20280310100000+03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Gacanka Logistics & Export Ltd \u00b7 Human Resources and Finance"),
        (16, "STAFF ADVANCES AND LOANS POLICY"),
        (12, "Policy HR-07"),
        (9, "Issued: 10/03/2028 \u00b7 Effective: 01/04/2028 \u00b7 Owner: HR Manager and Finance Manager"),
        None,
        (12, "1. Salary advance (monthly staff)"),
        (10, "- You may ask for up to 40% of one month's net salary."),
        (10, "- Up to 3 advances in a calendar year. Each advance is recovered in full from your next salary."),
        (10, "- Apply in StaffDesk > Money > Salary advance by the 10th of the month. Approved advances"),
        (10, "  are paid by ZAAD or to your bank account within 3 working days."),
        None,
        (12, "2. Weekly advance (daily-rated staff)"),
        (10, "- Up to USD 20 a week against the days you have already worked that week."),
        (10, "- Ask your shift leader before 12:00; it is paid by ZAAD the same day and taken from"),
        (10, "  your Thursday pay."),
        None,
        (12, "3. Eid advance"),
        (10, "- In the 3 weeks before Eid al-Fitr and Eid al-Adha, monthly staff may ask for an Eid"),
        (10, "  advance of up to 50% of your net monthly salary, repaid over 2 months."),
        (10, "- An Eid advance does not count towards the 3 salary advances in a year."),
        None,
        (12, "4. Staff loans"),
        (10, "Loan                  Up to          Repay over     Service needed"),
        (10, "---------------------------------------------------------------------"),
        (10, "Emergency loan        USD 1,200      12 months      1 year"),
        (10, "School fees loan      USD 400        10 months      6 months"),
        (10, "Home repair loan      USD 2,000      24 months      3 years"),
        None,
        (10, "All staff loans are free of interest and fees. Only staff on a monthly contract may borrow."),
        (10, "An emergency loan is for a medical emergency, a funeral, or damage to your home by fire"),
        (10, "or flood. Upload the bills or a letter from the hospital or the local authority."),
        (10, "School fees loans open on 1 August and close on 15 September each year."),
    ],
    [
        (12, "5. Guarantors and limits"),
        (10, "- A loan above USD 600 needs one guarantor: a permanent employee with at least 2 years"),
        (10, "  of service."),
        (10, "- All advance and loan deductions together may not be more than 30% of your gross pay"),
        (10, "  in any month."),
        (10, "- Only one loan of each type at a time. A salary advance must be repaid before another"),
        (10, "  is paid."),
        None,
        (12, "6. How to apply for a loan"),
        (10, "- Apply in StaffDesk > Money > New loan and upload the bills or letters and your"),
        (10, "  guarantor's consent."),
        (10, "- Payroll checks your service and your deductions. The Payroll Officer approves loans"),
        (10, "  up to USD 500, the Finance Manager approves loans above USD 500, and loans above"),
        (10, "  USD 1,500 also need the Managing Director."),
        (10, "- Loans approved by the 20th of the month are paid with that month's salary."),
        None,
        (12, "7. Leaving the company"),
        (10, "Any balance on a loan or advance is recovered from your final pay."),
        None,
        (12, "8. Questions"),
        (10, "Payroll, ext 215, or HR, ext 210."),
        None,
        (10, "HR Manager \u00b7 Finance Manager"),
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
            + b" /Author " + pdf_string("Human Resources and Finance, Gacanka Logistics & Export Ltd")
            + b" /Subject " + pdf_string("Salary advances, weekly and Eid advances, emergency, school fees and home repair loans")
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
