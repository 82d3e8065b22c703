#!/usr/bin/env python3
"""Build docs/hr/working-time-and-rota-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "working-time-and-rota-policy.pdf")

TITLE = "Working Time and Rota Policy - HR-06 Revision 3"
DATE = "D:20300812100000+03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Rukkilill Bakeries AS \u00b7 Human Resources"),
        (16, "WORKING TIME AND ROTA POLICY"),
        (12, "Policy HR-06 \u00b7 Revision 3"),
        (9, "Date: 12.08.2030 \u00b7 Effective: 01.09.2030"),
        (9, "This revision replaces HR-06 Revision 2 (March 2028)."),
        None,
        (12, "1. Summarised working time"),
        (10, "Rukkilill uses summarised working time (summeeritud t\u00f6\u00f6aeg). Your hours are counted over an"),
        (10, "accounting period of 4 months and average out to the hours in your contract:"),
        (10, "January to April, May to August and September to December."),
        None,
        (12, "2. The rota"),
        (10, "- Rotas are made in VahetusPlaan and published at least 14 days before the first shift."),
        (10, "- After that a shift is changed only with your agreement, except in an emergency."),
        (10, "- A shift is at most 12 hours. You have at least 11 hours of rest between two shifts and"),
        (10, "  at least 36 hours of rest in every 7 days."),
        (10, "- A shift of more than 6 hours has a 30-minute unpaid meal break. The bakery night shift"),
        (10, "  also has a 15-minute paid break."),
        None,
        (12, "3. Overtime"),
        (10, "- Overtime must be approved in VahetusPlaan before it is worked. In an emergency the"),
        (10, "  shift leader or caf\u00e9 manager approves it in VahetusPlaan during the same shift."),
        (10, "- You choose in MinuRukki how each overtime hour is compensated: 1.5 hours of time off,"),
        (10, "  or pay at 1.5 times your hourly rate."),
        (10, "- No more than 30 hours of overtime in an accounting period without the HR Manager's approval."),
    ],
    [
        (12, "4. Swapping a shift"),
        (10, "Swap      Rule"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "With      A colleague in the same grade"),
        (10, "When      Requested in VahetusPlaan > Swaps at least 48 hours before the shift"),
        (10, "Who       The shift leader or caf\u00e9 manager approves it in VahetusPlaan"),
        (10, "How many  Up to 4 swaps a month"),
        None,
        (12, "5. Clocking in and out"),
        (10, "- Clock in on the VahetusPlaan kiosk no earlier than 10 minutes before your shift."),
        (10, "- If you forget to clock, request a correction in VahetusPlaan within 3 days."),
        None,
        (12, "6. Shortened working days"),
        (10, "The working day before New Year's Day, Independence Day, Victory Day and Christmas Eve is"),
        (10, "3 hours shorter. In 2030 these days are Saturday 23.02.2030, Saturday 22.06.2030,"),
        (10, "Monday 23.12.2030 and Tuesday 31.12.2030. If the rota cannot be shortened, the 3 hours"),
        (10, "you work beyond the shortened day are paid as overtime."),
        None,
        (12, "7. Night work"),
        (10, "Night work is 22:00 to 06:00; the night premium is on the Pay and premiums page. Everyone"),
        (10, "who works nights regularly has a free health check with the occupational health doctor"),
        (10, "every 2 years."),
        None,
        (12, "8. Questions"),
        (10, "HR, short number 1200, or MinuRukki > Cases."),
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
            + b" /Author " + pdf_string("HR Manager, Rukkilill Bakeries AS")
            + b" /Subject " + pdf_string("Summarised working time, rota, overtime, swaps and shortened working days")
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
