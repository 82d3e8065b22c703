#!/usr/bin/env python3
"""Build docs/hr/circular-hr-02-2027-loans-and-advances.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "circular-hr-02-2027-loans-and-advances.pdf")

TITLE = "Circular No. HR/02/2027 - Staff Loans and Festival Advances"
DATE = "D:20270517100000+05'30'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Hansagiri Printers (Pvt) Ltd \u00b7 Human Resources Division"),
        (16, "HUMAN RESOURCES CIRCULAR NO. HR/02/2027"),
        (12, "Staff Loans and Festival Advances"),
        (9, "Date: 17.05.2027 \u00b7 With effect from 01.06.2027"),
        (9, "This circular supersedes Circular No. HR/04/2024."),
        None,
        (12, "1. Festival advance"),
        (10, "You may take one festival advance in a calendar year, for the festival of your choice:"),
        (10, "the Sinhala and Tamil New Year, Ramazan, Hajj, Deepavali, Thai Pongal or Christmas."),
        (10, "- Amount: up to Rs. 40,000 or one month's basic salary, whichever is lower."),
        (10, "- Interest free. Recovered in 8 equal monthly instalments from the month after it is paid."),
        (10, "- Apply in Sahana HR > Loans > Festival advance at least 10 days before the paying date."),
        (10, "- Christmas 2027: apply by 10.12.2027; paid on 17.12.2027."),
        (10, "- Sinhala and Tamil New Year 2028: applications open on 01.03.2028."),
        None,
        (12, "2. Loans"),
        (10, "Scheme              Amount (the lower of)                       Interest      Repay in      Service"),
        (10, "-------------------------------------------------------------------------------------------"),
        (10, "Distress loan       Rs. 300,000 or 3 months' basic salary    4% a year    36 months    2 years"),
        (10, "Motorcycle loan     Rs. 500,000 or the motorcycle's price   6% a year    48 months    3 years"),
        None,
        (10, "Interest is charged on the reducing balance. Only confirmed employees may apply for a loan."),
        (10, "A distress loan is for a medical emergency, a funeral, flood or fire damage to your house,"),
        (10, "or your child's education. Attach the papers: a hospital estimate, a Grama Niladhari"),
        (10, "certificate or a school letter."),
    ],
    [
        (12, "3. Guarantors and limits"),
        (10, "- Distress and motorcycle loans need two confirmed employees as guarantors."),
        (10, "- Only one loan of each type may be outstanding at a time."),
        (10, "- All deductions together (EPF, APIT, loans and advances) must leave you at least 40% of your"),
        (10, "  gross salary each month."),
        None,
        (12, "4. How to apply for a loan"),
        (10, "- Apply in Sahana HR > Loans > New loan and upload the documents and the guarantors' consent."),
        (10, "- HR checks your eligibility; the Finance Manager approves."),
        (10, "- Loans approved by the 20th are paid with that month's salary."),
        None,
        (12, "5. Leaving the company"),
        (10, "Any balance on a loan or advance is recovered from your final dues and, if needed, your gratuity."),
        None,
        (12, "6. Questions"),
        (10, "HR counter, ext 2200, or Payroll, ext 2230."),
        None,
        (10, "Manager - Human Resources"),
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
            + b" /Author " + pdf_string("Human Resources Division, Hansagiri Printers (Pvt) Ltd")
            + b" /Subject " + pdf_string("Festival advance, distress loan and motorcycle loan schemes")
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
