#!/usr/bin/env python3
"""Build docs/hr/salary-advance-and-loan-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "salary-advance-and-loan-policy.pdf")

TITLE = "Salary Advance and Staff Loan Policy - HR/POL/07 (2029)"
DATE = "D:20290115100000+06'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Tashi Yangphel Ferro Alloys Pvt. Ltd. \u00b7 Finance Section, Thimphu"),
        (16, "SALARY ADVANCE AND STAFF LOAN POLICY"),
        (12, "Policy HR/POL/07 \u00b7 2029"),
        (9, "Date: 15/01/2029 \u00b7 Effective: 01/02/2029"),
        (9, "This policy replaces the Salary Advance Rules dated 1st July 2025."),
        None,
        (12, "1. Who may apply"),
        (10, "- Regular staff who have completed 1 year of confirmed service."),
        (10, "- Contract workers are not covered; they may approach their contractor."),
        None,
        (12, "2. Salary advance"),
        (10, "- Up to 50% of your net monthly pay."),
        (10, "- Up to 2 advances in a calendar year, each recovered in full from your next salary."),
        (10, "- Apply in TashiHR > Finance > Advance by the 15th of the month. Approved advances"),
        (10, "  are credited to your bank account by the 20th."),
        None,
        (12, "3. Advances and loans at a glance"),
        (10, "Scheme               Amount up to         Interest           Repaid over                Guarantor"),
        (10, "------------------------------------------------------------------------------------------------"),
        (10, "Salary advance       50% of net pay       None               Next salary                None"),
        (10, "Festival advance     Nu. 15,000           Interest free      6 monthly instalments      None"),
        (10, "Emergency loan       Nu. 1,50,000         4% a year          24 months                  1 above Nu. 75,000"),
        None,
        (10, "The festival advance is for Losar or Dashain, once in a calendar year. Applications open"),
        (10, "30 days before the festival; the advance is recovered from the month after the festival."),
        (10, "An emergency loan is for medical treatment (including a referral to India), a death in"),
        (10, "the family, or damage to your house by fire, flood or landslide. Interest is charged on"),
        (10, "the reducing balance."),
    ],
    [
        (12, "4. How to apply for an emergency loan"),
        (10, "- Apply in TashiHR > Finance > Loan and upload the hospital bills, the referral letter, or the"),
        (10, "  police or gewog report of the damage."),
        (10, "- For a loan above Nu. 75,000, upload your guarantor's consent. The guarantor must be a"),
        (10, "  regular staff member."),
        (10, "- The Finance Section checks your service and your deductions within 3 working days."),
        (10, "- The Finance Manager approves loans up to Nu. 50,000; the Managing Director approves"),
        (10, "  larger loans."),
        (10, "- Approved loans are credited within 5 working days of approval."),
        None,
        (12, "5. Limits"),
        (10, "- All advance and loan deductions together may not be more than 40% of your gross pay"),
        (10, "  in a month."),
        (10, "- Only one emergency loan at a time. A festival advance must be repaid before the next one."),
        None,
        (12, "6. Leaving the company"),
        (10, "Any balance on an advance or loan is recovered from your final settlement."),
        None,
        (12, "7. Questions"),
        (10, "Payroll, ext 2230, or the Finance Section in Thimphu, ext 120."),
        None,
        (10, "Finance Manager"),
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
            + b" /Author " + pdf_string("Finance Section, Tashi Yangphel Ferro Alloys Pvt. Ltd.")
            + b" /Subject " + pdf_string("Salary advances, festival advances and emergency loans")
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
