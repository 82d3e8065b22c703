#!/usr/bin/env python3
"""Build docs/hr/staff-welfare-benefits.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-welfare-benefits.pdf")

TITLE = "Staff Welfare Benefits - HR-09 Revision 2"
DATE = "D:20270901100000+08'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Tembusu Crest Facility Services Pte. Ltd. \u00b7 Human Resources"),
        (16, "STAFF WELFARE BENEFITS"),
        (12, "Policy HR-09 \u00b7 Revision 2"),
        (9, "Date: 01/09/2027 \u00b7 Effective: 01/10/2027"),
        (9, "This policy replaces the Staff Welfare Scheme issued in March 2025."),
        None,
        (12, "1. Medical care"),
        (10, "- Panel clinics: show your staff card. You pay S$5 a visit and the company pays the rest."),
        (10, "- Polyclinic or any other clinic: the company refunds up to S$40 a visit."),
        (10, "- Outpatient limit: S$600 a year for each employee. Claim in CrestHR > Claims > Medical"),
        (10, "  within 30 days of the visit, with the receipt and the MC or visit note."),
        (10, "- Group hospital and surgical insurance for every employee, covering up to S$60,000 a year."),
        (10, "- Free yearly health screening at a panel clinic for staff aged 45 and above."),
        None,
        (12, "2. Dental care"),
        (10, "After 1 year of service the company pays for scaling, fillings and extractions"),
        (10, "up to S$150 a year. Braces, crowns and implants are not covered."),
        None,
        (12, "3. Family occasions and long service"),
        (10, "Occasion                                     Gift or award                              Who"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Your marriage                                S$200                                      After probation"),
        (10, "Birth or adoption of your child              S$150                                      After probation"),
        (10, "Death of spouse, child or parent             S$300 condolence and a wreath              All staff"),
        (10, "5 years of service                           S$200 in vouchers                          All staff"),
        (10, "10 years of service                          S$500 in vouchers                          All staff"),
        (10, "15 years of service                          S$800 in vouchers and a gold-plated pin    All staff"),
        (10, "20 years of service                          S$1,200 in vouchers and a gold-plated pin  All staff"),
        None,
        (10, "Gifts are paid with your salary after you upload the marriage or birth certificate in CrestHR."),
        (10, "Long service awards are given at the staff dinner in the year you complete the years of service."),
    ],
    [
        (12, "4. Home leave air ticket"),
        (10, "Work permit and S Pass holders: after every 2 years of service the company pays a return"),
        (10, "air ticket to your home country, up to S$600, booked through HR. Apply in CrestHR > Claims"),
        (10, "> Air ticket at least 45 days before you fly."),
        None,
        (12, "5. Courses"),
        (10, "Job-related courses approved by your Site Manager (for example WSQ cleaning, first aid and"),
        (10, "machine courses): the company pays the fee, and your time on the course is paid as"),
        (10, "working time."),
        None,
        (12, "6. Festive occasions"),
        (10, "Arrangements for Chinese New Year, Hari Raya Puasa, Deepavali and Christmas are announced"),
        (10, "in an Operations Notice before each festival."),
        None,
        (12, "7. Questions"),
        (10, "HR Service Counter, ext 2200, or Payroll, ext 2210."),
        None,
        (10, "Head of Human Resources"),
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
            + b" /Author " + pdf_string("Human Resources, Tembusu Crest Facility Services Pte. Ltd.")
            + b" /Subject " + pdf_string("Medical, dental, family occasions, long service and home leave air tickets")
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
