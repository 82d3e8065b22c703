#!/usr/bin/env python3
"""Build docs/hr/salary-advance-request-form.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "salary-advance-request-form.pdf")

TITLE = "Salary Advance Request Form - Form HR-12 rev. 01/2029"
DATE = "D:20290108100000-04'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Form fields are lines with underscores.
PAGES = [
    [
        (10, "Essequibo Gold Rice Milling Inc. \u00b7 Payroll, Head Office, Lot 112 Water Street, Georgetown"),
        (16, "SALARY ADVANCE REQUEST FORM"),
        (12, "Form HR-12 \u00b7 rev. 01/2029"),
        (9, "Date: 08/01/2029 \u00b7 Effective: 15/01/2029"),
        None,
        (12, "Rules - read them before you sign"),
        (10, "1. Permanent staff who have finished their 3-month probation may ask for an advance."),
        (10, "2. You may ask for up to 40% of the net pay you have earned so far in the pay period"),
        (10, "   (monthly staff: in the month), up to a maximum of G$60,000."),
        (10, "3. No more than 3 advances in a calendar year. An advance must be fully repaid before"),
        (10, "   another one is paid."),
        (10, "4. Hand in this form, signed by your shift foreman or supervisor, at the pay office, or scan"),
        (10, "   it to Payroll, by Tuesday 12:00 noon. Approved advances are paid into your bank account"),
        (10, "   on the Thursday of the same week."),
        (10, "5. The advance is taken from your next pay. An advance of more than G$30,000 may be"),
        (10, "   taken over 2 pays if you tick the box below."),
        (10, "6. School-opening advance (1st August to 15th September): up to G$80,000 for staff with"),
        (10, "   children in nursery, primary or secondary school, taken over 4 fortnightly pays"),
        (10, "   (monthly staff: 2 months)."),
        (10, "7. Follow your request in StaffDesk > Pay > Advances."),
        (10, "8. If you leave the company, any balance is taken from your final pay."),
        None,
        (12, "Section A - Employee"),
        (10, "Name: ____________________________________   Employee number: ______________"),
        (10, "Site:  [ ] Anna Regina   [ ] Charity   [ ] Parika   [ ] Head office      Grade: ______"),
        (10, "Crew (mill only): ______     Type:  [ ] Ordinary advance   [ ] School-opening advance"),
        (10, "Amount requested: G$ ______________     Children in school (school-opening only): ____"),
        (10, "Take it back over:  [ ] 1 pay   [ ] 2 pays (over G$30,000 only)   [ ] 4 pays (school-opening)"),
        (10, "Signature: _______________________________     Date: ____/____/________"),
    ],
    [
        (12, "Section B - Shift foreman or supervisor"),
        (10, "I confirm that the employee is at work and has no advance still to repay."),
        (10, "Name: ______________________________   Signature: _____________________   Date: __________"),
        None,
        (12, "Section C - Payroll use only"),
        (10, "Net pay earned to date: G$ ______________     Advances this calendar year: ______"),
        (10, "Amount approved: G$ ______________     Recovered over: ______ pay(s)"),
        (10, "Approved by Payroll Supervisor: _____________________________   Date: __________"),
        (10, "Advances over G$40,000 also need the HR Manager: _________________________________"),
        (10, "Paid to bank on: ____/____/________     Entered in StaffDesk by: ____________________"),
        None,
        (12, "Questions"),
        (10, "Payroll, ext 1130. The pay offices at Anna Regina, Charity and Parika keep blank forms."),
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
            + b" /Author " + pdf_string("Payroll, Essequibo Gold Rice Milling Inc.")
            + b" /Subject " + pdf_string("Salary advance and school-opening advance request form and rules")
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
