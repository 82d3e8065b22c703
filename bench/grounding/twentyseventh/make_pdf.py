#!/usr/bin/env python3
"""Build docs/hr/tuition-concession-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "tuition-concession-policy.pdf")

TITLE = "Staff Children's Tuition Concession Policy - HR-09 Revision 3"
DATE = "D:20270802100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Iroko Crest Schools Limited \u00b7 Bursary and Human Resources"),
        (16, "STAFF CHILDREN'S TUITION CONCESSION POLICY"),
        (12, "Policy HR-09 \u00b7 Revision 3"),
        (9, "Date: 02/08/2027 \u00b7 Effective: 01/09/2027 (first term, 2027/2028 session)"),
        (9, "This revision replaces Revision 2 (June 2025)."),
        None,
        (12, "1. Who qualifies"),
        (10, "- Permanent staff, teaching and support, who have completed 1 year of service after"),
        (10, "  being confirmed in their appointment."),
        (10, "- Contract staff and NYSC corps members do not qualify."),
        (10, "- Staff children sit the same entrance examination as other applicants. The concession"),
        (10, "  does not guarantee a place."),
        None,
        (12, "2. The concession"),
        (10, "Child               Tuition fee      Boarding fee      Campuses"),
        (10, "---------------------------------------------------------------------------"),
        (10, "First child         50%              25%               Lekki, Abuja, Ibadan"),
        (10, "Second child        40%              25%               Lekki, Abuja, Ibadan"),
        (10, "Third child         30%              25%               Lekki, Abuja, Ibadan"),
        None,
        (10, "The concession is for up to 3 children at a time, counted from the oldest child in our"),
        (10, "schools. Boarding is at Lekki and Abuja only."),
        None,
        (12, "3. What is not covered"),
        (10, "WAEC, NECO and JAMB registration fees, uniforms, books, the school bus fee, excursions"),
        (10, "and the PTA levy are paid in full. If any of them is still unpaid 30 days after"),
        (10, "resumption, the concession for that term is withdrawn."),
    ],
    [
        (12, "4. How to apply"),
        (10, "- Apply in StaffDesk > Tuition concession by the end of the second week of each term."),
        (10, "- Upload the child's admission letter the first time you apply for that child."),
        (10, "- The Bursar confirms within 5 working days and the concession is shown on the fee invoice."),
        None,
        (12, "5. When both parents work here"),
        (10, "The concession is given once for each child, through the parent with the longer service."),
        None,
        (12, "6. Leaving Iroko Crest"),
        (10, "If you leave, the concession continues to the end of the term in which your employment"),
        (10, "ends. It stops if you are dismissed for gross misconduct."),
        None,
        (12, "7. Questions"),
        (10, "The Bursary, ext 1120, or the HR Desk, ext 1100."),
        None,
        (10, "Group Bursar"),
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
            + b" /Author " + pdf_string("Bursary and Human Resources, Iroko Crest Schools Limited")
            + b" /Subject " + pdf_string("Tuition and boarding fee concessions for staff children")
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
