#!/usr/bin/env python3
"""Build docs/hr/staff-advances-and-loans.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-advances-and-loans.pdf")

TITLE = "Staff Advances and Loans Policy - HR-09 (2029)"
DATE = "D:20290603100000+13'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Lau Niu Coconut Products Limited \u00b7 Human Resources and Payroll"),
        (16, "STAFF ADVANCES AND LOANS POLICY"),
        (12, "Policy HR-09 \u00b7 2029"),
        (9, "Date: 03/06/2029 \u00b7 Effective: 01/07/2029"),
        None,
        (12, "1. Pay advance"),
        (10, "- Hourly-paid staff: up to 30% of one fortnight's net pay."),
        (10, "- Salaried staff: up to 30% of one month's net salary."),
        (10, "- Up to 4 advances in a calendar year. Each advance is repaid in full from your next pay."),
        (10, "- Apply in Tagata > Money > Pay advance by Monday 12 noon. Approved advances are paid"),
        (10, "  into your bank account on the Tuesday of the same week."),
        None,
        (12, "2. Staff loans"),
        (10, "Loan                    Up to            Interest          Repay over        Service needed"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Family obligations      WST 2,000.00     Interest free     20 fortnights     12 months"),
        (10, "School fees             WST 1,200.00     Interest free     12 fortnights     6 months"),
        (10, "Medical                 WST 1,500.00     Interest free     16 fortnights     6 months"),
        (10, "Cyclone house repair    WST 3,000.00     5% a year         26 fortnights     After probation"),
        None,
        (10, "A family obligations loan is for a funeral, a wedding or a saofa'i in your aiga, or your"),
        (10, "family's share of a church opening. Attach a letter from your faifeau or matai."),
        (10, "A medical loan is for hospital, doctor or pharmacy bills for you, your spouse or your children."),
        (10, "School fees loans open on 1 December and close on 31 January."),
        (10, "A cyclone house repair loan is open for 90 days after a cyclone that damages your home."),
        (10, "Interest on the cyclone loan is charged on the reducing balance."),
    ],
    [
        (12, "3. Guarantors and limits"),
        (10, "- A loan over WST 1,500.00 needs one guarantor who is a permanent employee."),
        (10, "- All advance and loan deductions together may not be more than 25% of your gross pay"),
        (10, "  in any pay."),
        (10, "- Only one loan of each type at a time. An advance must be repaid before another is paid."),
        None,
        (12, "4. How to apply for a loan"),
        (10, "- Apply in Tagata > Money > New loan and upload the quotes, bills or letter, and your"),
        (10, "  guarantor's consent when one is needed."),
        (10, "- Payroll checks your service and your deductions. The Payroll Officer approves loans"),
        (10, "  up to WST 1,000.00, the HR Manager up to WST 2,000.00 and the Finance Manager above that."),
        (10, "- Loans approved by the 15th of the month are paid with the next wages or salary."),
        None,
        (12, "5. Leaving the company"),
        (10, "Any balance on a loan or advance is recovered from your final pay."),
        None,
        (12, "6. Questions"),
        (10, "Payroll, ext 1120, or the HR Office, ext 1100."),
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
            + b" /Author " + pdf_string("Human Resources and Payroll, Lau Niu Coconut Products Limited")
            + b" /Subject " + pdf_string("Pay advances, family obligations, school fees, medical and cyclone loans")
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
