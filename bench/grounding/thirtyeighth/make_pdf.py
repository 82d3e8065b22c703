#!/usr/bin/env python3
"""Build docs/hr/provident-fund-and-gratuity-rules.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "provident-fund-and-gratuity-rules.pdf")

TITLE = "Provident Fund and Gratuity Rules - HR/PF/2028-04 Revision 4"
DATE = "D:20280612110000+06'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Meghna Ridge Pharmaceuticals Ltd \u00b7 Accounts & Finance and HR & Admin"),
        (16, "PROVIDENT FUND AND GRATUITY RULES"),
        (12, "Ref: HR/PF/2028-04 \u00b7 Revision 4"),
        (9, "Approved by the Board of Trustees on 12.06.2028 \u00b7 Effective: 01.07.2028"),
        (9, "Supersedes: HR/PF/2026-01"),
        None,
        (12, "1. Membership"),
        (10, "Every permanent employee becomes a member of the Meghna Ridge Employees' Provident Fund"),
        (10, "from the first month after confirmation in service (after the 6-month probation)."),
        (10, "Membership is compulsory. Field force, plant and office staff are treated alike."),
        None,
        (12, "2. Contributions"),
        (10, "- Member: 10% of basic salary every month, deducted from salary."),
        (10, "- Company: an equal 10% of basic salary every month."),
        (10, "- Profit is credited on 31 December at the rate declared by the Board of Trustees after"),
        (10, "  the audit. The rate declared for 2027 was 9.25%."),
        None,
        (12, "3. Company contribution on leaving"),
        (10, "Membership completed          Share of company contribution and its profit paid"),
        (10, "--------------------------------------------------------------------------------"),
        (10, "Less than 3 years             Nil"),
        (10, "3 years to less than 5 years  50%"),
        (10, "5 years or more               100%"),
        None,
        (10, "The member's own contribution and its profit are always paid in full."),
        None,
        (12, "4. Loan from the fund"),
        (10, "- Members with at least 2 years of membership may take one loan at a time."),
        (10, "- Amount: up to 80% of the member's own contribution with profit."),
        (10, "- Interest: 6% a year on the reducing balance, credited back to the member's account."),
        (10, "- Repayment: up to 36 monthly instalments, deducted from salary."),
        (10, "- Apply on Form PF-5 to Accounts. Two trustees approve; loans approved by the 15th are paid"),
        (10, "  by the 20th of the same month."),
    ],
    [
        (12, "5. Gratuity"),
        (10, "Permanent employees who leave after at least 5 years of continuous service get gratuity at:"),
        (10, "- 5 to 10 years: one month's last basic salary for every completed year of service;"),
        (10, "- more than 10 years: one and a half months' last basic salary for every completed year."),
        (10, "Gratuity is not paid to an employee dismissed for misconduct involving theft or fraud."),
        None,
        (12, "6. Nominee"),
        (10, "Nominate one or more persons for your PF and gratuity on Form PF-2 when you join the fund."),
        (10, "You may change the nominee at any time through the HR Service Desk."),
        None,
        (12, "7. Final settlement"),
        (10, "PF and gratuity are paid by bank transfer within 30 days of separation, after clearance."),
        (10, "On the death of a member, the whole balance, including the company contribution, is paid"),
        (10, "to the nominee."),
        None,
        (12, "8. Statements"),
        (10, "Your PF balance is shown in RidgeHR (PF Statement). The yearly statement for the year"),
        (10, "to 31 December is put in RidgeHR by 31 March."),
        None,
        (12, "9. Board of Trustees"),
        (10, "The fund is managed by a Board of Trustees of five members chaired by the Chief Financial"),
        (10, "Officer, with two members elected by the members every 3 years."),
        None,
        (12, "10. Questions"),
        (10, "Accounts (Payroll), ext 122, or the HR Service Desk, ext 115."),
        None,
        (10, "Chief Financial Officer"),
        (10, "Chairman, Board of Trustees"),
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
            + b" /Author " + pdf_string("Accounts & Finance and HR & Admin, Meghna Ridge Pharmaceuticals Ltd")
            + b" /Subject " + pdf_string("Provident fund membership, contributions, loans, gratuity and final settlement")
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
