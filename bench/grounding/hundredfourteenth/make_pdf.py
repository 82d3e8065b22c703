#!/usr/bin/env python3
"""Build docs/hr/school-fees-grant-and-family-support.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "school-fees-grant-and-family-support.pdf")

TITLE = "School Fees Grant and Family Support Policy - HR-07 Version 3"
DATE = "D:20280718100000+03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Tall el Zeitoun S.A.L. \u00b7 Human Resources"),
        (16, "SCHOOL FEES GRANT AND FAMILY SUPPORT POLICY"),
        (12, "Allocation scolaire et aides familiales \u00b7 Policy HR-07 \u00b7 Version 3"),
        (9, "Date: 18/07/2028 \u00b7 Effective: 01/09/2028 (school year 2028-2029)"),
        None,
        (12, "1. Who can apply"),
        (10, "- Permanent employees with at least 1 year of service on 1 September of the school year."),
        (10, "- When both parents work for the company, only one of them applies for each child."),
        None,
        (12, "2. School fees grant"),
        (10, "The grant is paid for each child, for up to 3 children, and is never more than the fees"),
        (10, "actually paid to the school or university."),
        (10, "Type of school                                   Grant per child and school year"),
        (10, "------------------------------------------------------------------------------------"),
        (10, "Private school (KG1 to Terminale)         up to $600"),
        (10, "Public school                                    up to $250"),
        (10, "University or technical institute          up to $800"),
        (10, "  (child under 25)"),
        (10, "Specialised school (special needs)       up to $900"),
        None,
        (12, "3. How to apply"),
        (10, "- Apply in Portail RH > Famille > Allocation scolaire by 31 October."),
        (10, "- Upload the school's receipt (re\u00e7u) or a certificate of enrolment (attestation de scolarit\u00e9)."),
        (10, "- HR checks your application within 10 working days and shows the amount in Portail RH."),
    ],
    [
        (12, "4. Payment"),
        (10, "- The first half of the grant is paid with the November salary."),
        (10, "- The second half is paid with the February salary, once you have uploaded the receipt"),
        (10, "  for the second term's fees by 31 January."),
        (10, "- The grant is paid in US dollars (fresh dollars) with the salary."),
        None,
        (12, "5. Family support"),
        (10, "- Birth of a child: a gift of $150."),
        (10, "- Marriage of an employee: a gift of $200."),
        (10, "- Death of an employee: $1,000 to the family, on top of any amount due under the Labour Law"),
        (10, "  and the NSSF."),
        None,
        (12, "6. NSSF family allowances"),
        (10, "The NSSF family allowances (allocations familiales) are separate from this policy. They are"),
        (10, "paid through the payroll once HR has registered your spouse and children with the NSSF."),
        (10, "Give HR the family civil status extract when your family changes."),
        None,
        (12, "7. Questions"),
        (10, "HR, ext 210 or 211."),
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
            + b" /Author " + pdf_string("Human Resources, Tall el Zeitoun S.A.L.")
            + b" /Subject " + pdf_string("School fees grant, birth and marriage gifts, NSSF family allowances")
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
