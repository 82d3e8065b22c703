#!/usr/bin/env python3
"""Build docs/hr/overtime-standby-and-night-sailing.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "overtime-standby-and-night-sailing.pdf")

TITLE = "Overtime, Standby and Night Sailing Pay - HR-09 Revision 4"
DATE = "D:20281016100000+04'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Zil Lanmer Marine Ltd \u00b7 Payroll"),
        (16, "OVERTIME, STANDBY AND NIGHT SAILING PAY"),
        (12, "Policy HR-09 \u00b7 Revision 4"),
        (9, "Date: 16/10/2028 \u00b7 Effective: 01/11/2028"),
        None,
        (12, "1. Overtime"),
        (10, "- Hours worked over the rostered 45 hours a week are overtime."),
        (10, "- Overtime is approved in advance in ShipRota > Overtime by the Duty Master or your manager."),
        (10, "- No more than 60 hours of overtime in a calendar month."),
        None,
        (10, "Day worked                    Rate"),
        (10, "----------------------------------------------------------"),
        (10, "Monday to Saturday            1.5 x basic hourly rate"),
        (10, "Sunday                        2 x basic hourly rate"),
        (10, "Public holiday                2 x basic hourly rate"),
        (10, "Christmas Day                 2.5 x basic hourly rate"),
        None,
        (12, "2. Standby and call-out"),
        (10, "- Crew and shipyard staff on standby at home are paid SCR 300.00 a night."),
        (10, "- If you are called out, you are paid for at least 3 hours at the overtime rate."),
        (10, "- You must be able to reach the vessel or the yard within 45 minutes of a call."),
        (10, "- Standby is rostered in ShipRota; nobody is on standby more than 2 weekends a month."),
    ],
    [
        (12, "3. Hours of rest (crew)"),
        (10, "- No more than 14 hours of duty in any 24 hours."),
        (10, "- At least 10 hours of rest between two shifts, and one full day off in every 7 days."),
        (10, "- The Duty Master checks the hours in ShipRota before each sailing and changes the crew"),
        (10, "  if anyone would go over the limit."),
        None,
        (12, "4. Night sailing"),
        (10, "Night sailing allowance is paid for any sailing after 19:00, at the amount in the Crew"),
        (10, "Allowances Table 2029 (AL-02)."),
        None,
        (12, "5. Payment"),
        (10, "Overtime and standby worked from the 1st to the 15th are paid with that month's salary;"),
        (10, "hours worked after the 15th are paid with the next month's salary."),
        None,
        (12, "6. Questions"),
        (10, "Payroll, ext 5120, or the Payroll Manager, ext 5121."),
        None,
        (10, "Payroll Manager"),
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
            + b" /Author " + pdf_string("Payroll, Zil Lanmer Marine Ltd")
            + b" /Subject " + pdf_string("Overtime, standby, hours of rest and night sailing pay")
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
