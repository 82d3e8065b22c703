#!/usr/bin/env python3
"""Build docs/hr/staff-loans-and-advances.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-loans-and-advances.pdf")

TITLE = "Staff Loans and Advances Policy - HR-07 (2025)"
DATE = "D:20250512103000+05'30'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Awadhpath Coachlines Pvt. Ltd. \u00b7 HR Department and Accounts & Payroll"),
        (16, "STAFF LOANS AND ADVANCES POLICY"),
        (12, "Policy HR-07 \u00b7 2025"),
        (9, "Date: 12/05/2025 \u00b7 Effective: 01/06/2025"),
        None,
        (12, "1. Who may apply"),
        (10, "Confirmed employees, after probation. Trainees, employees on probation and contract staff may"),
        (10, "not borrow."),
        None,
        (12, "2. What you can get"),
        (10, "Scheme              Up to                   Interest      Recovered over            Service needed"),
        (10, "--------------------------------------------------------------------------------------------"),
        (10, "Salary advance      50% of net pay earned   None          The same month's salary   Confirmed"),
        (10, "Festival advance    Rs. 15,000              None          10 monthly instalments    Confirmed"),
        (10, "Medical advance     Rs. 50,000              None          12 monthly instalments    Confirmed"),
        (10, "Emergency loan      Rs. 1,00,000            6% a year     24 months                 2 years"),
        None,
        (12, "3. Rules for each scheme"),
        (10, "- Salary advance: once a month, up to 50% of the net pay earned so far in that month. Apply"),
        (10, "  between the 10th and the 20th; it is paid within 2 working days and recovered from that"),
        (10, "  month's salary."),
        (10, "- Festival advance: once in a financial year, interest free, for Holi, Id-ul-Fitr, Id-ul-Zuha,"),
        (10, "  Raksha Bandhan, Dussehra, Diwali, Chhath Puja or Christmas. Apply at least 21 days before the"),
        (10, "  festival. For Diwali 2026 (08/11/2026), apply by 18/10/2026."),
        (10, "- Medical advance: for you, your spouse, your children or your dependent parents, against the"),
        (10, "  hospital's written estimate. Upload the final bills within 30 days of discharge."),
        (10, "- Emergency loan: for a death or a marriage in the family, or damage to your home by fire or"),
        (10, "  flood. Interest is charged on the reducing balance."),
    ],
    [
        (12, "4. Guarantors and limits"),
        (10, "- A loan or advance over Rs. 40,000 needs one confirmed employee as guarantor."),
        (10, "- All loan and advance deductions together may not be more than 40% of your gross monthly"),
        (10, "  pay."),
        (10, "- Only one advance or loan of each kind at a time."),
        None,
        (12, "5. How to apply"),
        (10, "- Apply in the Saathi app > Loans. Upload the estimate, the invitation card or other papers."),
        (10, "  Your guarantor gives consent in his or her own Saathi app."),
        (10, "- Payroll checks your service and your deductions. The Accounts & Payroll Manager approves"),
        (10, "  up to Rs. 50,000; the Managing Director approves larger amounts."),
        (10, "- Festival and medical advances approved by the 20th of a month are paid within 2 working days."),
        None,
        (12, "6. Leaving the company"),
        (10, "Any balance still owed is recovered from your full and final settlement."),
        None,
        (12, "7. Questions"),
        (10, "Payroll, ext 1300, or the HR Helpdesk, ext 1200."),
        None,
        (10, "Accounts & Payroll Manager"),
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
            + b" /Author " + pdf_string("HR Department and Accounts & Payroll, Awadhpath Coachlines Pvt. Ltd.")
            + b" /Subject " + pdf_string("Salary, festival and medical advances and emergency loans")
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
