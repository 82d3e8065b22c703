#!/usr/bin/env python3
"""Build docs/benefits/403b-plan-summary-2033.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "benefits", "403b-plan-summary-2033.pdf")

TITLE = "403(b) Retirement Savings Plan - Summary of Key Features, Plan Year 2033"
DATE = "D:20321115100000-06'00'"
PAGE_W, PAGE_H = 612, 792  # US Letter in points
LEFT, TOP, BOTTOM = 54, 740, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Huisache Health System \u00b7 Benefits, Human Resources"),
        (16, "403(b) RETIREMENT SAVINGS PLAN"),
        (12, "Summary of Key Features \u00b7 Plan Year 2033"),
        (9, "Effective: 01/01/2033 \u00b7 Recordkeeper: Bluebonnet Retirement Services"),
        (9, "This summary describes the plan as amended for the 2033 plan year. The plan document governs."),
        None,
        (12, "1. Who can save"),
        (10, "- All employees, including PRN employees, may contribute from their first paycheck."),
        (10, "- Contributions may be before tax, Roth (after tax), or both."),
        None,
        (12, "2. Automatic enrollment"),
        (10, "- New employees are enrolled at 4% of pay after 30 days of employment unless they"),
        (10, "  choose another rate or opt out in MyHuisache > Benefits > 403(b)."),
        (10, "- Your rate goes up by 1% every April 1 until it reaches 10%. You can stop the increases."),
        None,
        (12, "3. Employer match"),
        (10, "- Huisache matches 100% of the first 4% of pay you contribute (a match of up to 4% of pay)."),
        (10, "- You are eligible for the match after 1 year of service with at least 1,000 hours worked."),
        (10, "- The match is deposited every pay period, with your own contributions."),
        None,
        (12, "4. Vesting"),
        (10, "Your own contributions are always 100% yours. The employer match vests all at once,"),
        (10, "after 2 years of service:"),
        (10, "Years of service             Vested share of the match"),
        (10, "------------------------------------------------------"),
        (10, "Less than 2 years            0%"),
        (10, "2 years or more              100%"),
    ],
    [
        (12, "5. Investments"),
        (10, "If you do not choose your investments, your account goes into the Bluebonnet target date"),
        (10, "fund closest to the year you turn 65. You can change your investments at any time."),
        None,
        (12, "6. Loans"),
        (10, "Loan amount         Minimum $1,000; up to 50% of your vested balance, no more than $50,000"),
        (10, "Loans at a time     One"),
        (10, "Repayment           By payroll deduction within 5 years (15 years to buy your main home)"),
        (10, "Loan fee            $75.00 per loan, taken from your account"),
        None,
        (12, "7. Hardship withdrawals"),
        (10, "Withdrawals while you are working are allowed only for a hardship that meets IRS rules,"),
        (10, "for example to prevent eviction or to pay medical bills. Apply on the Bluebonnet website."),
        None,
        (12, "8. Changing your contribution"),
        (10, "Change your rate at any time in MyHuisache > Benefits > 403(b). Changes take effect with"),
        (10, "the next pay period."),
        None,
        (12, "9. Questions"),
        (10, "Benefits, ext. 2130, or the Bluebonnet participant website (linked from MyHuisache)."),
        None,
        (10, "Benefits Manager"),
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
            + b" /Author " + pdf_string("Benefits, Human Resources, Huisache Health System")
            + b" /Subject " + pdf_string("403(b) plan: enrollment, employer match, vesting, loans")
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
