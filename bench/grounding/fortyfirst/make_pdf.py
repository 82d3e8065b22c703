#!/usr/bin/env python3
"""Build docs/hr/retirement-and-benefits-summary.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "retirement-and-benefits-summary.pdf")

TITLE = "Retirement and Benefits Summary - BEN-01 Revision 3"
DATE = "D:20270913100000-06'00'"
PAGE_W, PAGE_H = 612, 792  # US Letter in points
LEFT, TOP, BOTTOM = 56, 740, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Kestrel Pass Resorts, Inc. \u00b7 Human Resources"),
        (16, "RETIREMENT AND BENEFITS SUMMARY"),
        (12, "Policy BEN-01 \u00b7 Revision 3"),
        (9, "Date: 09/13/2027 \u00b7 Effective: 10/01/2027"),
        (9, "This revision replaces Revision 2 (effective 10/01/2025)."),
        None,
        (12, "1. Who this covers"),
        (10, "Sections 2 to 4 cover year-round employees scheduled for 30 or more hours a week."),
        (10, "Section 5 covers seasonal employees. The plan documents decide if anything here is unclear."),
        None,
        (12, "2. 401(k) Retirement Savings Plan"),
        (10, "- Year-round employees join on the first of the month after 60 days of employment."),
        (10, "  Seasonal employees join after working 1,000 hours in a 12-month period."),
        (10, "- New members are enrolled automatically at 4% of pay unless they choose otherwise on the"),
        (10, "  plan website within 30 days. You can save pre-tax, Roth, or both."),
        (10, "- Kestrel Pass matches 100% of the first 4% of pay that you contribute."),
        (10, "- The match vests at 25% for each year of service and is fully vested after 4 years."),
        (10, "  Your own contributions are always 100% vested."),
        (10, "- One plan loan at a time, minimum $1,000."),
        None,
        (12, "3. Medical plan"),
        (10, "- Coverage starts on the first of the month after 30 days of employment."),
        (10, "  The plan year runs from 10/01 to 09/30."),
        (10, "- Your premium is taken from each biweekly pay; Kestrel Pass pays the rest."),
        None,
        (10, "Coverage                              Biweekly employee premium"),
        (10, "-------------------------------------------------------------------"),
        (10, "Employee only                         $38.00"),
        (10, "Employee + spouse or partner          $172.00"),
        (10, "Employee + child(ren)                 $128.00"),
        (10, "Family                                $246.00"),
        None,
        (10, "- Deductible: $1,500 per person, $3,000 per family. Dental is included at no extra premium."),
    ],
    [
        (12, "4. Other benefits"),
        (10, "- Life insurance of 1 times annual pay (at least $25,000), at no cost to you."),
        (10, "- Long-term disability insurance after 1 year of service."),
        None,
        (12, "5. Seasonal employees"),
        (10, "- Seasonal Wellness Plan: visits to the Base Clinic for illness are free, and telehealth"),
        (10, "  visits cost $0."),
        (10, "- Seasonal employees who average 30 or more hours a week over their first 3 months are"),
        (10, "  offered the medical plan from the first of the following month."),
        (10, "- J-1 participants are covered by their sponsor's insurance instead (see the J-1 guide)."),
        None,
        (12, "6. Employee Assistance Program"),
        (10, "All employees and the people they live with can use the Employee Assistance Program:"),
        (10, "6 free counseling sessions per issue, a 24-hour phone line and financial and legal advice."),
        (10, "It is confidential; Kestrel Pass sees no names."),
        None,
        (12, "7. How to enroll"),
        (10, "- Enroll in the medical plan in TrailHR > Benefits within 30 days of becoming eligible."),
        (10, "- Change your 401(k) contribution on the plan website at any time; changes take effect"),
        (10, "  with the next pay that is at least 10 days away."),
        None,
        (12, "8. Questions"),
        (10, "HR Service Desk, ext. 2100."),
        None,
        (10, "Human Resources"),
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
            + b" /Author " + pdf_string("Human Resources, Kestrel Pass Resorts, Inc.")
            + b" /Subject " + pdf_string("401(k) plan, medical plan, seasonal wellness plan and employee assistance")
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
