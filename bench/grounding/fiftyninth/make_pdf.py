#!/usr/bin/env python3
"""Build docs/hr/material-assistance-and-advances.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "material-assistance-and-advances.pdf")

TITLE = "Material Assistance and Salary Advances - HR-09 Revision C"
DATE = "D:20310512100000+05'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Tobyl Grain Terminal LLP \u00b7 Accounts department and HR office"),
        (16, "MATERIAL ASSISTANCE AND SALARY ADVANCES"),
        (12, "Policy HR-09 \u00b7 Revision C"),
        (9, "Date: 12.05.2031 \u00b7 Effective: 01.06.2031"),
        (9, "Revision C supersedes Revision B (February 2028)."),
        None,
        (12, "1. Extra salary advance"),
        (10, "- Besides the regular advance on the 20th, you may ask for an extra advance of up to 50%"),
        (10, "  of one month's salary."),
        (10, "- No more than 3 extra advances in a calendar year."),
        (10, "- Apply in Kabinet > Requests > Extra advance by the 10th of the month. Approved"),
        (10, "  advances are paid with the regular advance on the 20th."),
        (10, "- The extra advance is taken back in full from the next balance payment on the 5th."),
        None,
        (12, "2. Material assistance"),
        (10, "Event                                        Amount            Apply within"),
        (10, "--------------------------------------------------------------------------------"),
        (10, "Birth or adoption of a child                 KZT 150 000       6 months"),
        (10, "Your own marriage                            KZT 80 000        6 months"),
        (10, "Death of a spouse, child or parent           KZT 200 000       6 months"),
        (10, "Serious illness or injury (with a hospital   up to KZT 300 000 3 months"),
        (10, "  discharge summary)"),
        (10, "House fire or flood                          up to KZT 500 000 3 months"),
        None,
        (10, "Material assistance is paid once for each event. Upload the certificate or the hospital"),
        (10, "or insurer's letter with your request in Kabinet > Requests > Material assistance."),
    ],
    [
        (12, "3. Coal allowance"),
        (10, "- Staff whose home is heated by coal or wood get a coal allowance of KZT 60 000 once a year."),
        (10, "- Apply by 20 September. The allowance is paid in October, with the balance payment on the 5th."),
        (10, "- One allowance per household when two family members work for the company."),
        None,
        (12, "4. Housing loan"),
        (10, "- Staff with at least 3 years of service may borrow up to KZT 1 500 000 interest free to"),
        (10, "  buy or repair their home."),
        (10, "- The loan is repaid from the salary over 36 months."),
        (10, "- Housing loans are decided by a panel of the Director General, the Chief Accountant and"),
        (10, "  the Head of HR, which meets on the last Thursday of each month."),
        None,
        (12, "5. Limits"),
        (10, "- All deductions for advances and loans together may not be more than 30% of the monthly"),
        (10, "  salary."),
        (10, "- Staff in their probation period may apply for material assistance but not for advances"),
        (10, "  or loans."),
        (10, "- Any balance still owed is recovered from the final pay when you leave."),
        None,
        (12, "6. Questions"),
        (10, "Accounts department, ext 1120, or the HR office, ext 1100."),
        None,
        (10, "Chief Accountant"),
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
            + b" /Author " + pdf_string("Chief Accountant, Tobyl Grain Terminal LLP")
            + b" /Subject " + pdf_string("Extra advances, material assistance, coal allowance, housing loans")
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
