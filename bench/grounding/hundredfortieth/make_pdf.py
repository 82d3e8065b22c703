#!/usr/bin/env python3
"""Build docs/hr/staff-housing-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-housing-policy.pdf")

TITLE = "Staff Housing Policy - HR-06 (2029)"
DATE = "D:20290610090000+11'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Namele Reef Resorts Limited \u00b7 Human Resources \u00b7 Staff village, Tukutuku Point"),
        (16, "STAFF HOUSING POLICY"),
        (12, "Policy HR-06 \u00b7 2029"),
        (9, "Date: 10/06/2029 \u00b7 Effective: 01/07/2029"),
        (9, "These rules replace the staff housing rules of February 2026."),
        None,
        (12, "1. Rooms and rent"),
        (10, "Room type               Who                                   Rent deducted from pay"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Shared room (2 beds)    Single staff                          4 000 VUV a fortnight"),
        (10, "Single room             Supervisors, instructors, skippers    6 000 VUV a fortnight"),
        (10, "Family unit             Staff with a spouse and children      8 500 VUV a fortnight"),
        None,
        (10, "A key and bond of 5 000 VUV is paid when you move in. It is returned when you leave the"),
        (10, "room clean and give back the key to the Housing Officer."),
        None,
        (12, "2. Power and water"),
        (10, "- Each room has a prepaid power meter. The company adds 1 500 VUV of credit every fortnight;"),
        (10, "  you buy any extra credit yourself."),
        (10, "- Rainwater from the tanks is for drinking and cooking. The laundry uses the bore water."),
        None,
        (12, "3. Visitors"),
        (10, "- Visitors sign the book at the village gate and leave by 22:00."),
        (10, "- A family member may stay overnight for up to 3 nights, registered with the Housing Officer."),
        (10, "- Visitors may not use the staff laundry or the nakamal."),
    ],
    [
        (12, "4. Quiet and safety"),
        (10, "- Quiet hours are from 22:00 to 06:00. The nakamal closes at 22:00."),
        (10, "- No cooking on open fires inside the rooms; use the shared kitchen huts."),
        (10, "- Report any damage or leak in MiStaf > Housing the same day."),
        (10, "- The Housing Officer inspects every room once a month, with 24 hours' notice."),
        None,
        (12, "5. Leaving the company"),
        (10, "When your job ends you leave the room within 14 days. Anything left behind after that"),
        (10, "is kept for one month."),
        None,
        (12, "6. Cyclones"),
        (10, "During a Red alert everyone in the village goes to the shelter in the concrete laundry block."),
        (10, "The Housing Officer checks every room and the water tanks before 1 November each year."),
        None,
        (12, "7. Questions"),
        (10, "Housing Officer, ext 240, or HR, ext 210."),
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
            + b" /Author " + pdf_string("Human Resources, Namele Reef Resorts Limited")
            + b" /Subject " + pdf_string("Staff village rooms, rent, power, visitors and leaving")
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
