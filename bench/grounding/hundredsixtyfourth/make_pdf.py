#!/usr/bin/env python3
"""Build docs/benefits/retirement-plan-highlights-2034.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "benefits", "retirement-plan-highlights-2034.pdf")

TITLE = "Retirement Plan Highlights 2034 - Tamarack Commons 401(k) Plan"
DATE = "D:20331204100000-06'00'"
PAGE_W, PAGE_H = 612, 792  # US Letter in points
LEFT, TOP, BOTTOM = 60, 740, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Tamarack Commons Food Co-op \u00b7 Benefits"),
        (16, "RETIREMENT PLAN HIGHLIGHTS 2034"),
        (12, "Tamarack Commons 401(k) Plan"),
        (9, "Plan year January 1 - December 31, 2034 \u00b7 Issued 12/04/2033"),
        None,
        (12, "1. Who can join"),
        (10, "- You can join at age 18 after 3 months of employment, whatever hours you work."),
        (10, "- You enter the plan on the first day of the month after you meet both rules."),
        None,
        (12, "2. Automatic enrollment"),
        (10, "- New participants are enrolled at 4% of pay unless they choose another amount or opt out"),
        (10, "  within 30 days."),
        (10, "- Automatic enrollees go up by 1% each January, up to 8% of pay. You can stop the"),
        (10, "  increase at any time."),
        None,
        (12, "3. Co-op match"),
        (10, "The co-op matches 100% of the first 3% of pay you contribute, plus 50% of the next 2%."),
        (10, "The most the co-op puts in is 4% of your pay. The match is paid every paycheck."),
        None,
        (10, "You contribute          Co-op match          Total going in"),
        (10, "----------------------------------------------------------"),
        (10, "1% of pay               1% of pay            2% of pay"),
        (10, "3% of pay               3% of pay            6% of pay"),
        (10, "4% of pay               3.5% of pay          7.5% of pay"),
        (10, "5% of pay               4% of pay            9% of pay"),
        (10, "8% of pay               4% of pay            12% of pay"),
        None,
        (12, "4. Vesting"),
        (10, "Your own contributions are always 100% yours. The co-op match vests over 3 years:"),
        (10, "33% after 1 year of service, 67% after 2 years and 100% after 3 years."),
    ],
    [
        (12, "5. Changing your contribution"),
        (10, "- Change it any pay period in PeopleDesk > Benefits > 401(k)."),
        (10, "- Changes made by 12:00 noon on the Monday before payday apply to that Friday's paycheck."),
        (10, "- You can choose pre-tax, Roth, or both."),
        None,
        (12, "6. Loans and withdrawals"),
        (10, "- One loan at a time, of at least $1,000.00, up to half of your vested balance."),
        (10, "- Loans are repaid by payroll deduction over up to 5 years."),
        (10, "- Hardship withdrawals follow the IRS rules; ask Prairie Trust."),
        None,
        (12, "7. Your account"),
        (10, "Prairie Trust Retirement Services keeps the plan's records. See your balance and"),
        (10, "investments on the Prairie Trust website, or call the number on your quarterly statement."),
        None,
        (12, "8. What changed from the old plan summary"),
        (10, "Eligibility, automatic enrollment, the match, vesting and contribution changes are new"),
        (10, "from January 1, 2034. The first paycheck with the new match was January 13, 2034."),
        None,
        (12, "9. Questions"),
        (10, "Beth Anderson, Benefits & Leave Specialist, ext. 1260, or Payroll, ext. 1250."),
        None,
        (9, "This is a summary. The plan document and the Summary Plan Description govern."),
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
            + b" /Author " + pdf_string("Benefits, Tamarack Commons Food Co-op")
            + b" /Subject " + pdf_string("401(k) eligibility, automatic enrollment, match, vesting and loans")
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
