#!/usr/bin/env python3
"""Build docs/hr/sulfa-and-loans.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "sulfa-and-loans.pdf")

TITLE = "Sulfa and Staff Loans Policy - HR-08 Rev. C"
DATE = "D:20330918100000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Wadi Natrun Dates & Olives S.A.E. \u00b7 Payroll and Maktab shoon"),
        (16, "SULFA AND STAFF LOANS POLICY"),
        (12, "Code HR-08 \u00b7 Rev. C"),
        (9, "Date: 18/09/2033 \u00b7 Effective: 01/10/2033"),
        (9, "Rev. C replaces Rev. B (February 2030)."),
        None,
        (12, "1. Sulfa (advance on the wage)"),
        (10, "- Permanent and fixed-term staff who have passed probation may ask for a sulfa of"),
        (10, "  up to 50% of the monthly basic wage."),
        (10, "- Up to 3 sulfas in a calendar year. Each sulfa is repaid in full from the next wage."),
        (10, "- Ask in Daftar > Money > Sulfa by the 10th of the month. Approved sulfas are paid"),
        (10, "  into your bank card on the 15th."),
        None,
        (12, "2. Eid sulfa"),
        (10, "- Before Eid al-Fitr and Eid al-Adha you may ask for an Eid sulfa of up to EGP 3,000."),
        (10, "- The Eid sulfa is repaid over 3 months and does not count towards the 3 sulfas a year."),
        None,
        (12, "3. Staff loans"),
        (10, "Loan             Up to         Repaid over     Service needed"),
        (10, "--------------------------------------------------------------"),
        (10, "School loan      EGP 10,000    10 months       1 year"),
        (10, "Marriage loan    EGP 20,000    20 months       2 years"),
        (10, "Medical loan     EGP 15,000    12 months       6 months"),
        None,
        (10, "Loans are interest free. Only one loan of each kind at a time."),
        (10, "School loans open on 1 August and close on 30 September each year."),
        (10, "A medical loan is for treatment the ta'meen does not pay for; upload the doctor's"),
        (10, "report or the hospital's estimate."),
    ],
    [
        (12, "4. Limits and approval"),
        (10, "- All sulfa and loan deductions together may not be more than 25% of the monthly"),
        (10, "  wage."),
        (10, "- The HR Manager approves loans up to EGP 10,000; larger loans need the General Manager."),
        (10, "- Seasonal pickers may not take loans. They may ask the rais for a sulfa of up to"),
        (10, "  5 days' wage once a season, repaid from their final season pay."),
        None,
        (12, "5. How to apply for a loan"),
        (10, "- Apply in Daftar > Money > New loan and upload the papers for the loan (school fees"),
        (10, "  receipt, marriage contract, or doctor's report)."),
        (10, "- Payroll checks your service and your deductions within 5 working days."),
        (10, "- Approved loans are paid into your bank card with the next wage."),
        None,
        (12, "6. Leaving the company"),
        (10, "Any balance on a sulfa or loan is deducted from your final settlement."),
        None,
        (12, "7. Questions"),
        (10, "Payroll, ext 215, or the maktab shoon, ext 211."),
        None,
        (10, "Mr Ayman Tawfik, Payroll"),
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
            + b" /Author " + pdf_string("Payroll and Maktab shoon, Wadi Natrun Dates & Olives S.A.E.")
            + b" /Subject " + pdf_string("Sulfa, Eid sulfa, school, marriage and medical loans")
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
