#!/usr/bin/env python3
"""Build docs/hr/staff-loans-and-advances.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-loans-and-advances.pdf")

TITLE = "Staff Loans and Salary Advances Policy - HR-09 (2030)"
DATE = "D:20300114100000+00'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Bantaba Nuts & Oils Limited \u00b7 Human Resources"),
        (16, "STAFF LOANS AND SALARY ADVANCES POLICY"),
        (12, "Policy HR-09 \u00b7 2030"),
        (9, "Date: 14/01/2030 \u00b7 Effective: 01/02/2030"),
        (9, "This policy replaces the Staff Loans and Salary Advance Scheme of 2026."),
        None,
        (12, "1. Salary advance (permanent staff)"),
        (10, "- Up to 50% of one month's net salary."),
        (10, "- Up to 4 advances in a calendar year. Each advance is repaid in full from that month's salary."),
        (10, "- Apply in StaffPoint > Money > Salary advance by the 12th of the month. The advance is paid"),
        (10, "  on the 15th, or on the last working day before it when the 15th is not a working day."),
        None,
        (12, "2. Mid-week advance (seasonal workers)"),
        (10, "Seasonal shellers, peelers and graders may take one mid-week advance of up to D400 on"),
        (10, "Wednesday at the pay window, from 12 noon to 2.00pm, against kilos already weighed that"),
        (10, "week. It is taken off the Saturday pay. Bring your kilo card."),
        None,
        (12, "3. Staff loans"),
        (10, "Loan                 Up to         Charge             Repay over      Service needed"),
        (10, "--------------------------------------------------------------------------------------"),
        (10, "Emergency loan       D40,000       2% admin fee       12 months       1 year"),
        (10, "Tobaski loan         D15,000       Interest free      6 months        6 months"),
        (10, "School fees loan     D20,000       Interest free      10 months       6 months"),
        None,
        (10, "An emergency loan is for a medical emergency, a funeral, or a house damaged by fire,"),
        (10, "wind or flood. Upload the bills or a letter from the hospital, the imam or the alkalo."),
        (10, "The Tobaski loan opens 8 weeks before Tobaski and closes 2 weeks before it."),
        (10, "The school fees loan is open from 1 August to 30 September each year."),
    ],
    [
        (12, "4. Guarantors and limits"),
        (10, "- A loan over D20,000 needs one guarantor who is a permanent employee with at least"),
        (10, "  2 years of service."),
        (10, "- All loan and advance deductions together may not be more than 40% of your gross pay"),
        (10, "  in any month."),
        (10, "- You may have one loan of each type at the same time."),
        None,
        (12, "5. How to apply for a loan"),
        (10, "- Apply in StaffPoint > Money > New loan and upload the bills or letters and your"),
        (10, "  guarantor's consent."),
        (10, "- Payroll checks your service and your deductions. The HR Manager approves loans up to"),
        (10, "  D20,000 and the Managing Director approves larger loans."),
        (10, "- Loans approved by the 20th of the month are paid with that month's salary."),
        None,
        (12, "6. Leaving the company"),
        (10, "Any balance on a loan or advance is recovered from your final pay."),
        None,
        (12, "7. Questions"),
        (10, "Payroll Officer, ext 131, or the HR office, ext 120."),
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
            + b" /Author " + pdf_string("Human Resources, Bantaba Nuts & Oils Limited")
            + b" /Subject " + pdf_string("Salary advances, mid-week advances, emergency, Tobaski and school fees loans")
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
