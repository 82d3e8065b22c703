#!/usr/bin/env python3
"""Build docs/hr/christmas-fund-and-tips.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "christmas-fund-and-tips.pdf")

TITLE = "Staff Christmas Fund and Tips Policy - HR-09"
DATE = "D:20280214100000+12'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Naiqoro Bay Resorts Pte Limited \u00b7 People & Culture and Finance"),
        (16, "STAFF CHRISTMAS FUND AND TIPS POLICY"),
        (12, "Policy HR-09"),
        (9, "Date: 14/02/2028 \u00b7 Effective: 01/03/2028"),
        None,
        (12, "1. Where guests' tips go"),
        (10, "- Tips that guests put in the Staff Christmas Fund boxes at reception, at all three resorts,"),
        (10, "  go into one group fund shared by all sites."),
        (10, "- Tips that guests add to a card payment or a room bill also go into the group fund."),
        (10, "- Cash that a guest hands to you personally for your own service (a dive guide, driver,"),
        (10, "  spa therapist or butler) is yours to keep. Any single cash gift of more than FJD 100"),
        (10, "  is written in the Gift Register with your Head of Department."),
        None,
        (12, "2. Who shares in the fund"),
        (10, "Staff group                          Service on 30 November     Share"),
        (10, "------------------------------------------------------------------------------"),
        (10, "Permanent and fixed-term staff       at least 3 months          Full share"),
        (10, "Casual staff                         at least 60 shifts         Half share"),
        (10, "Staff on maternity or sick leave     as above                   Full share"),
        None,
        (10, "Shares are equal for everyone, whatever their grade, job or resort."),
        None,
        (12, "3. Staff Welfare Committee"),
        (10, "Before the fund is shared, 5% of it goes to the Staff Welfare Committee. The Committee"),
        (10, "uses it to help staff with funeral costs, hospital costs and other hardship. Apply to"),
        (10, "the Committee through your staff representative or People & Culture."),
    ],
    [
        (12, "4. Counting the boxes"),
        (10, "- The boxes are opened and counted every month by two people: a Finance officer and"),
        (10, "  a Staff Welfare Committee representative. Both sign the count sheet."),
        (10, "- The month's total is posted on Talanoa by the 10th of the next month."),
        None,
        (12, "5. Paying the shares"),
        (10, "- Shares are paid with the wages on the second Friday of December, through payroll."),
        (10, "- PAYE is deducted from your share because FRCS treats it as part of your income."),
        (10, "- Staff who leave before 30 November do not receive a share."),
        None,
        (12, "6. Never ask for tips"),
        (10, "Never ask a guest for a tip, suggest an amount or leave a tip envelope in a room."),
        (10, "This is kerekere from guests and is handled under the Standards of Conduct and"),
        (10, "Discipline (HR-05), usually with a first written warning."),
        None,
        (12, "7. Questions"),
        (10, "Payroll, ext 1120, or People & Culture, ext 1100."),
        None,
        (10, "Head of People & Culture \u00b7 Finance Manager"),
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
            + b" /Author " + pdf_string("People & Culture and Finance, Naiqoro Bay Resorts Pte Limited")
            + b" /Subject " + pdf_string("Staff Christmas Fund, guest tips, card tips and the Staff Welfare Committee share")
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
