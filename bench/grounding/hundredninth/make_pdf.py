#!/usr/bin/env python3
"""Build docs/hr/politica-vin-angajati.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "politica-vin-angajati.pdf")

TITLE = "Politica privind vinul pentru angajati - HR-09 (2029)"
DATE = "D:20290305110000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
# WinAnsi has no Romanian letters with comma or breve, so the text is written without them (a, s, t).
PAGES = [
    [
        (10, "Vinaria Stejarul Sur S.R.L. \u00b7 Resurse Umane"),
        (16, "POLITICA PRIVIND VINUL PENTRU ANGAJATI"),
        (12, "Staff Wine Allowance and Purchases Policy \u00b7 HR-09"),
        (9, "Aprobat: 05.03.2029 \u00b7 In vigoare din: 01.04.2029"),
        (9, "This policy replaces the Staff Wine Rules (Reguli privind vinul pentru angajati) approved on 12.01.2026."),
        None,
        (12, "1. Monthly wine allowance (cota lunara)"),
        (10, "- Permanent employees aged 18 or over who have finished their probation receive 6 bottles"),
        (10, "  (0,75 l) of our wine every month, of which up to 2 bottles may be spumant."),
        (10, "- The allowance is for the calendar month: bottles not collected by the last working day"),
        (10, "  of the month are lost and are not added to the next month."),
        (10, "- Collect it at the Vinoteca staff counter on Tuesday or Thursday, 15:00-17:00, with your"),
        (10, "  badge, and sign the allowance list."),
        (10, "- Employees on leave of more than 30 days in a row (for example maternity or unpaid leave)"),
        (10, "  receive no allowance for the months they are away."),
        None,
        (12, "2. Staff prices at the Vinoteca"),
        (10, "Product                                Staff discount          Limit per month"),
        (10, "------------------------------------------------------------------------------------"),
        (10, "Still wines (all ranges)               35% off shop price      24 bottles"),
        (10, "Spumant (metoda clasica)               30% off shop price      12 bottles"),
        (10, "Collection wines (Galeria C)           15% off shop price      6 bottles"),
        (10, "Gift boxes and glasses                 10% off shop price      no limit"),
        None,
        (10, "Staff purchases are paid by card at the Vinoteca, or deducted from the next salary if"),
        (10, "you ask for it on the receipt (up to 1.500 lei a month)."),
    ],
    [
        (12, "3. Rules"),
        (10, "- The wine is for you and your family. Selling it, including online, is forbidden and"),
        (10, "  ends your right to the allowance and to staff prices for 12 months, besides any"),
        (10, "  disciplinary sanction."),
        (10, "- Every bottle that leaves the site needs a bon de iesire printed by the Vinoteca. The"),
        (10, "  guard scans its code at Poarta 1."),
        (10, "- Employees under 18 (apprentices, students on practice) receive no wine and may not buy it."),
        (10, "- The allowance is a benefit in kind (avantaj in natura): its value at cost price is shown"),
        (10, "  on your payslip and taxed with your salary."),
        None,
        (12, "4. Holiday gifts"),
        (10, "- Craciun: every employee receives a gift box of 3 bottles in the week before 25 December."),
        (10, "- Ziua Nationala a Vinului: staff who work at our stand receive 2 bottles of spumant."),
        None,
        (12, "5. Questions"),
        (10, "HR Service Desk, int. 210, or the Vinoteca, int. 340."),
        None,
        (10, "Sef Resurse Umane"),
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
            + b" /Author " + pdf_string("Resurse Umane, Vinaria Stejarul Sur S.R.L.")
            + b" /Subject " + pdf_string("Monthly staff wine allowance, staff prices and rules")
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
