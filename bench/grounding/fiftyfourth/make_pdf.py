#!/usr/bin/env python3
"""Build docs/hr/salary-advances-and-loans.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "salary-advances-and-loans.pdf")

TITLE = "Salary Advances and Staff Loans - HR-09 (2030 edition)"
DATE = "D:20300514100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Atlas Bleu Conserveries S.A. \u00b7 Direction des ressources humaines \u00b7 Payroll"),
        (16, "SALARY ADVANCES AND STAFF LOANS"),
        (12, "Policy HR-09 \u00b7 2030 edition"),
        (9, "Date: 14/05/2030 \u00b7 Effective: 01/06/2030"),
        None,
        (12, "1. Salary advance (avance sur quinzaine)"),
        (10, "- Hourly staff: up to 40% of the net pay earned so far in the quinzaine."),
        (10, "- Monthly staff: up to 40% of one month's net salary."),
        (10, "- Up to 6 advances in a calendar year. Each advance is taken back in full from your next pay."),
        (10, "- Apply in MonEspace > Argent > Avance. Requests made by Monday 12h00 are paid by bank"),
        (10, "  transfer on the Wednesday of the same week."),
        (10, "- Seasonal staff may ask for salary advances from their second quinzaine of the season."),
        None,
        (12, "2. Loans"),
        (10, "Scheme                    Up to               Repaid over        Who may ask"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "A\u00efd al-Adha advance       3 000 DH            6 quinzaines       All staff (see 2.1)"),
        (10, "Rentr\u00e9e scolaire loan     1 500 DH a child    10 quinzaines      Permanent staff"),
        (10, "                          (up to 3 children)"),
        (10, "Social loan               15 000 DH           12 months          Permanent staff, 1 year's service"),
        None,
        (10, "2.1 The A\u00efd al-Adha advance is interest free. Requests open 45 days before A\u00efd al-Adha"),
        (10, "    and close 10 days before it. Seasonal staff may ask if their contract runs until the"),
        (10, "    last repayment."),
        (10, "2.2 The rentr\u00e9e scolaire loan is interest free. Requests are taken from 1 August to"),
        (10, "    15 September."),
        (10, "2.3 The social loan is for a medical emergency, a funeral, or damage to your home by fire"),
        (10, "    or flood. It is interest free and no file fee is charged. Monthly staff repay it over"),
        (10, "    12 months and hourly staff over 24 quinzaines."),
    ],
    [
        (12, "3. Guarantors and limits"),
        (10, "- A social loan above 8 000 DH needs one guarantor who is a permanent employee."),
        (10, "- All advance and loan repayments together may not be more than 30% of your net pay"),
        (10, "  in any pay period."),
        (10, "- Only one loan of each type at a time. An advance must be repaid before another is paid."),
        None,
        (12, "4. How to apply for a loan"),
        (10, "- Apply in MonEspace > Argent > Nouveau pr\u00eat and upload the supporting papers: medical"),
        (10, "  bills, a death certificate, or a letter from the insurer or the commune."),
        (10, "- Payroll checks your service and your deductions. The Payroll Manager approves loans up"),
        (10, "  to 5 000 DH and the DRH approves larger loans. You have an answer within 5 working days."),
        (10, "- Approved loans are paid by bank transfer with the next pay."),
        None,
        (12, "5. Leaving Atlas Bleu"),
        (10, "Any amount still owed is taken from your solde de tout compte (final settlement)."),
        None,
        (12, "6. Questions"),
        (10, "Payroll, ext 220, or the HR desk, ext 210."),
        None,
        (10, "Youssef Ait Lahcen, Payroll Manager \u00b7 Naima El Idrissi, DRH"),
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
            + b" /Author " + pdf_string("Direction des ressources humaines and Payroll, Atlas Bleu Conserveries S.A.")
            + b" /Subject " + pdf_string("Salary advances, Aid al-Adha advance, rentree scolaire and social loans")
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
