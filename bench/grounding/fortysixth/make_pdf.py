#!/usr/bin/env python3
"""Build docs/hr/claim-form-f12.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "claim-form-f12.pdf")

TITLE = "Claim Form F-12 - Taxi fare, overtime meals, subsistence and mileage - Revision 2"
DATE = "D:20290226100000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

BLANK_ROW = (10, "______   ______________   ______________________________________   ______   ____________")

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Benguela Reef Fishing (Pty) Ltd \u00b7 Payroll \u00b7 Plot 31, Fifteenth Road, Walvis Bay"),
        (16, "CLAIM FORM F-12"),
        (12, "Taxi fare, overtime meals, subsistence and own-vehicle mileage"),
        (9, "Form F-12 \u00b7 Revision 2 \u00b7 01/03/2029 \u00b7 Amounts: see the Shore Allowances table (HR-12)"),
        None,
        (12, "Section A - Your details"),
        (10, "Full name: ______________________________      Employee number: ______________"),
        (10, "Section, line or vessel: ____________________      Supervisor: ____________________"),
        None,
        (12, "Section B - What you are claiming"),
        (10, "Code     Date             Details (reason, from - to)                Km       Amount N$"),
        (10, "------------------------------------------------------------------------------------------"),
        BLANK_ROW,
        BLANK_ROW,
        BLANK_ROW,
        BLANK_ROW,
        BLANK_ROW,
        (10, "Total claimed: N$ ______________"),
        None,
        (12, "Section C - What to attach"),
        (10, "- SA-05 overtime meal: the overtime slip signed by your supervisor, showing at least"),
        (10, "  2 hours of overtime straight after your shift."),
        (10, "- SA-08 or SA-09 taxi fare: the overtime slip showing that you finished after the last"),
        (10, "  staff bus. No taxi receipt is needed; the fare is the flat amount in the table."),
        (10, "- SA-11 subsistence: the travel request approved by your department manager."),
        (10, "- SA-12 own vehicle: the logbook page with the odometer reading at the start and the end"),
        (10, "  of every trip."),
    ],
    [
        (12, "Section D - Rules"),
        (10, "1. Hand in this form within 30 days of the date of the claim, at the Payroll window or in the"),
        (10, "   claims box at the HR office. Late claims are not paid."),
        (10, "2. Your supervisor signs first, then your department manager. A form with claims of more"),
        (10, "   than N$2 000.00 in total also needs the Financial Manager's signature."),
        (10, "3. Monthly staff and crew: forms that reach Payroll by the 15th are paid with that month's pay."),
        (10, "   Fortnightly staff: forms that reach Payroll by Monday 12:00 are paid on the Friday pay day"),
        (10, "   of the same week."),
        (10, "4. Use one form a month. Start a second form only when the first one is full."),
        (10, "5. A false claim is dishonesty and is dealt with under HR-06 Discipline and Grievance."),
        None,
        (12, "Section E - Declaration and signatures"),
        (10, "I declare that the claims above are true and that I have not claimed them before."),
        None,
        (10, "Employee: __________________________          Date: ______________"),
        (10, "Supervisor: ________________________          Date: ______________"),
        (10, "Department manager: ________________          Date: ______________"),
        (10, "Financial Manager (over N$2 000.00): ______________    Date: ______________"),
        None,
        (12, "For Payroll use"),
        (10, "Received: ______________   Captured by: ______________   Pay period: ______________"),
        None,
        (9, "Questions: Payroll, ext 4120. Forms are also on ReefNet > HR > Forms."),
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
            + b" /Author " + pdf_string("Payroll, Benguela Reef Fishing (Pty) Ltd")
            + b" /Subject " + pdf_string("Claims for taxi fare, overtime meals, subsistence and own-vehicle mileage")
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
