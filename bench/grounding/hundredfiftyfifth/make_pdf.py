#!/usr/bin/env python3
"""Build docs/rh/avances-et-prets.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rh", "avances-et-prets.pdf")

TITLE = "Salary Advances and Staff Loans Policy - HR-09 Version 3"
DATE = "D:20310120100000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Laiterie Sannine SAL \u00b7 Payroll and Human Resources"),
        (16, "SALARY ADVANCES AND STAFF LOANS POLICY"),
        (12, "Policy HR-09 \u00b7 Version 3"),
        (9, "Date: 20/01/2031 \u00b7 Effective: 01/02/2031 \u00b7 Owner: Payroll manager"),
        None,
        (12, "1. Salary advance"),
        (10, "- Any employee may ask for an advance of up to 40% of the monthly base salary."),
        (10, "- Up to 3 advances in a calendar year."),
        (10, "- Apply in MonEspace > Paie > Avance by the 10th of the month. The advance is paid"),
        (10, "  on the 15th and deducted in full from the salary of the same month."),
        (10, "- Advances are paid in USD to your fresh dollar account."),
        None,
        (12, "2. Staff loans"),
        (10, "Scheme                  Amount up to     Interest          Repay over        Service needed"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Emergency loan          USD 2,000        Interest free     12 months         1 year"),
        (10, "School fees loan        USD 1,200        Interest free     10 months         6 months"),
        (10, "Solar power loan        USD 3,000        3% a year         24 months         2 years"),
        None,
        (10, "An emergency loan is for a hospital bill, a funeral, or damage to your home by fire,"),
        (10, "flood or storm. Upload the bills or a letter from the hospital or funeral home."),
        (10, "School fees loans are open from 1 August to 30 September each year and are paid"),
        (10, "directly to the school."),
        (10, "A solar power loan buys panels, batteries or an inverter for your home, from a"),
        (10, "supplier's quote. Interest is charged on the reducing balance."),
    ],
    [
        (12, "3. Who may borrow, guarantors and limits"),
        (10, "- Only staff on a permanent contract (CDI) who have finished the probation period."),
        (10, "- A loan over USD 1,500 needs one guarantor, a colleague on a permanent contract."),
        (10, "- All loan and advance deductions together may not be more than 30% of the monthly"),
        (10, "  base salary."),
        (10, "- Only one loan of each scheme at a time. An advance must be repaid before another"),
        (10, "  is paid."),
        None,
        (12, "4. How to apply for a loan"),
        (10, "- Apply in MonEspace > Paie > Nouveau pr\u00eat and upload the bills, the quote or the"),
        (10, "  school's invoice, and your guarantor's consent."),
        (10, "- Payroll checks your service and your deductions. The Payroll manager approves loans"),
        (10, "  up to USD 1,000, the Head of HR up to USD 2,500 and the Chief Executive above that."),
        (10, "- Loans approved by the 20th of the month are paid with that month's salary."),
        None,
        (12, "5. Leaving the company"),
        (10, "Any balance on a loan or advance is recovered from your final pay."),
        None,
        (12, "6. Questions"),
        (10, "Payroll, ext 130, or Georges Saad\u00e9, Payroll manager, ext 131."),
        None,
        (10, "Payroll manager"),
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
            + b" /Author " + pdf_string("Payroll and Human Resources, Laiterie Sannine SAL")
            + b" /Subject " + pdf_string("Salary advances, emergency, school fees and solar power loans")
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
