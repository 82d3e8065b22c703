#!/usr/bin/env python3
"""Build docs/hr/staff-transport-and-housing-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-transport-and-housing-policy.pdf")

TITLE = "Staff Transport and Housing Policy - HR-09 2031 edition"
DATE = "D:20301208100000-06'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Hummingbird Valley Citrus Limited \u00b7 Human Resources"),
        (16, "STAFF TRANSPORT AND HOUSING POLICY"),
        (12, "Policy HR-09 \u00b7 2031 edition"),
        (9, "Date: 08/12/2030 \u00b7 Effective: 01/01/2031"),
        (9, "This edition replaces the 2028 edition of the Staff Transport and Housing Rules."),
        None,
        (12, "1. Staff buses"),
        (10, "Route                         Leaves at                         Returns"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Route 1 Dangriga - Plant      5:00 a.m., 1:00 p.m., 9:00 p.m.   6:15 a.m., 2:15 p.m., 10:15 p.m."),
        (10, "Route 2 Hope Creek - Plant    5:10 a.m., 1:10 p.m., 9:10 p.m.   6:15 a.m., 2:15 p.m., 10:15 p.m."),
        (10, "Crew bus Dangriga - Steadfast 5:45 a.m.                          3:15 p.m. from Steadfast"),
        (10, "Crew bus Middlesex bunkhouse  5:40 a.m.                          after the last bin trailer"),
        None,
        (10, "The staff buses and crew buses are free for staff and pickers. Show your ID badge"),
        (10, "to the driver. The Route 1 bus leaves from the Dangriga bus terminal."),
        None,
        (12, "2. Transport allowance"),
        (10, "Staff who live where no staff bus runs receive a transport allowance of BZ$4.00 for"),
        (10, "each day worked, paid with the normal pay."),
        None,
        (12, "3. Pickers' transport"),
        (10, "Pickers travel between the bunkhouse, the muster points and the rows only in the"),
        (10, "crew buses, seated. Nobody rides in the back of a pickup, on a bin trailer or on the"),
        (10, "flatbed of a truck."),
    ],
    [
        (12, "4. Middlesex bunkhouse (galera)"),
        (10, "- 12 rooms, no more than 4 persons to a room."),
        (10, "- Rent: BZ$15.00 a week, deducted from the weekly pay. Water and light are included."),
        (10, "- Quiet hours: 10:00 p.m. to 5:00 a.m."),
        (10, "- Visitors: in the common area only, until 8:00 p.m."),
        (10, "- No alcohol. No cooking in the rooms; use the shared kitchen."),
        (10, "- A key deposit of BZ$10.00 is refunded when you hand back your key."),
        (10, "- The warden inspects the rooms every Wednesday."),
        None,
        (12, "5. Family units"),
        (10, "Six family units at Middlesex are for permanent grove staff with families. Rent is"),
        (10, "BZ$60.00 a month. The Grove Operations Manager keeps the waiting list and offers the"),
        (10, "next free unit to the person who has waited longest."),
        None,
        (12, "6. Leaving"),
        (10, "When you leave the company or the crop ends, clear your room within 3 days of your"),
        (10, "last working day and hand back your key to the warden."),
        None,
        (12, "7. Questions"),
        (10, "HR, Dangriga Office, ext 401, or the Grove Operations Manager, ext 300."),
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
            + b" /Author " + pdf_string("Human Resources, Hummingbird Valley Citrus Limited")
            + b" /Subject " + pdf_string("Staff buses, transport allowance, bunkhouse and family units")
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
