#!/usr/bin/env python3
"""Build docs/hr/loan-and-advance-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "loan-and-advance-policy.pdf")

TITLE = "Loan and Advance Policy - HR-08 Version 3"
DATE = "D:20271206110000+05'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Chenab Kinara Textiles (Pvt.) Limited \u00b7 HR & Admin and Payroll & Accounts"),
        (16, "LOAN AND ADVANCE POLICY"),
        (12, "Policy HR-08 \u00b7 Version 3"),
        (9, "Date: 06/12/2027 \u00b7 Effective: 01/01/2028 \u00b7 Approved by: Director Operations"),
        None,
        (12, "1. Salary advance"),
        (10, "- Workers and staff may take an advance of up to 40% of the gross wages of the month."),
        (10, "- Up to 4 advances in a calendar year. No advance in the first 3 months of service."),
        (10, "- Request it in Mera Portal > Money > Salary advance between the 10th and the 18th of the month."),
        (10, "- The advance is paid into your bank account on the 21st (or the next working day) and"),
        (10, "  is deducted in full from the wages of the same month."),
        None,
        (12, "2. Interest-free loans"),
        (10, "Loan                        Up to                           Repay in               Service needed"),
        (10, "----------------------------------------------------------------------------------------------"),
        (10, "General loan                3 months' gross wages,          12 monthly instalments  1 year"),
        (10, "                            at most PKR 150,000 (1.5 lakh)"),
        (10, "Marriage loan               PKR 100,000 (1 lakh)            12 monthly instalments  2 years"),
        (10, "Medical emergency loan      PKR 200,000 (2 lakh)            18 monthly instalments  6 months"),
        None,
        (10, "No interest or service charge is taken on any loan or advance."),
        (10, "A marriage loan is for your own marriage or the marriage of your son, daughter or sister."),
        (10, "A medical emergency loan is for the treatment of yourself, your spouse, your children or"),
        (10, "your parents, against a hospital estimate or bill."),
        None,
        (12, "3. Limits"),
        (10, "- All advance and loan deductions together may not be more than one-third of your gross"),
        (10, "  wages in any month."),
        (10, "- Only one loan at a time, except that a medical emergency loan may be taken while another"),
        (10, "  loan is running."),
        (10, "- A loan above PKR 75,000 needs a guarantor who is a permanent employee."),
    ],
    [
        (12, "4. How to apply for a loan"),
        (10, "Step 1. Apply in Mera Portal > Money > New loan and upload the hospital estimate, the"),
        (10, "        wedding card or other proof."),
        (10, "Step 2. Your line in-charge or section head recommends it in Mera Portal within 3 working days."),
        (10, "Step 3. HR checks your service and your guarantor; Payroll checks your deductions."),
        (10, "Step 4. The Manager Payroll & Accounts approves loans up to PKR 100,000 and the GM HR & Admin"),
        (10, "        approves larger loans."),
        (10, "Step 5. The loan is credited to your bank account within 10 working days of approval."),
        None,
        (12, "5. Leaving the company"),
        (10, "Any balance on a loan or advance is recovered from your final settlement."),
        None,
        (12, "6. Questions"),
        (10, "Payroll & Accounts, ext 1120, or the HR Help Desk, ext 1100."),
        None,
        (10, "Manager Payroll & Accounts"),
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
            + b" /Author " + pdf_string("HR & Admin and Payroll & Accounts, Chenab Kinara Textiles (Pvt.) Limited")
            + b" /Subject " + pdf_string("Salary advances, general, marriage and medical emergency loans")
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
