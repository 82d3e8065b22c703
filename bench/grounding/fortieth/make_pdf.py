#!/usr/bin/env python3
"""Build docs/hr/uniform-and-travel-concessions.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "uniform-and-travel-concessions.pdf")

TITLE = "Uniform and Staff Travel Concessions Policy - HR-09 Issue 3"
DATE = "D:20271204100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Qawsalla Coaches & Buses Ltd \u00b7 Human Resources"),
        (16, "UNIFORM AND STAFF TRAVEL CONCESSIONS POLICY"),
        (12, "Policy HR-09 \u00b7 Issue 3"),
        (9, "Date: 04/12/2027 \u00b7 Effective: 01/01/2028"),
        None,
        (12, "1. Uniform"),
        (10, "- Wear the full company uniform on every duty, and keep it clean and pressed."),
        (10, "- Summer uniform (navy polo shirt, no tie) is worn from 1 May to 31 October."),
        (10, "- Winter uniform (white shirt, company tie, V-neck jumper or fleece jacket) is worn"),
        (10, "  from 1 November to 30 April."),
        (10, "- Drivers may wear the company's navy tailored shorts with the summer uniform."),
        (10, "- Footwear: plain black closed shoes (drivers and office) or S3 safety boots (workshop)."),
        (10, "- Shoe allowance for drivers and office staff: \u20ac60.00 a year, paid with the April salary."),
        (10, "- The items issued and how often they are replaced are in the uniform and PPE issue table."),
        None,
        (12, "2. Staff ID card"),
        (10, "- Wear or carry your staff ID card on duty and show it when asked."),
        (10, "- Report a lost or stolen card to HR at once. A replacement card costs \u20ac10.00, deducted"),
        (10, "  from your next salary with your consent. There is no charge if the card was stolen and"),
        (10, "  you give HR the police report number."),
        None,
        (12, "3. Staff travel"),
        (10, "Who                                         South Line          Airport Express"),
        (10, "------------------------------------------------------------------------------"),
        (10, "Employee (with staff ID)                    Free                Free"),
        (10, "Spouse or partner                           Full fare           Half fare"),
        (10, "Children under 18                           Full fare           Half fare"),
        (10, "Retired staff (15 years' service or more)   Free                Half fare"),
        None,
        (10, "Family members show the family travel card issued by HR (one per person, free of charge)."),
        (10, "Staff travel is not valid on coach hire or tours."),
    ],
    [
        (12, "4. Staff coach hire"),
        (10, "- Staff get 20% off the coach hire rates for a private family event: a wedding, holy"),
        (10, "  communion, confirmation, baptism or a significant birthday."),
        (10, "- Up to 2 bookings per employee in a calendar year, after probation."),
        (10, "- Book through Coach Hire Sales (ext 250) at least 14 days before the event."),
        (10, "- Not available on Saturdays from May to October, when the coaches are fully booked."),
        (10, "- The driver is paid as for a normal coach hire duty; staff may not drive their own booking."),
        None,
        (12, "5. Leaving the company"),
        (10, "Return every uniform item, your staff ID card and the family travel cards within 7 days"),
        (10, "of your last working day. The cost of items not returned may be deducted from your final"),
        (10, "pay with your consent."),
        None,
        (12, "6. Questions"),
        (10, "HR, ext 210, or Pjazza > HR requests."),
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
            + b" /Author " + pdf_string("Human Resources, Qawsalla Coaches & Buses Ltd")
            + b" /Subject " + pdf_string("Uniform, staff ID, staff travel and staff coach hire concessions")
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
