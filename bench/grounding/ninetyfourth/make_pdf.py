#!/usr/bin/env python3
"""Build docs/hr/socialny-fond-sf01.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "socialny-fond-sf01.pdf")

TITLE = "Social Fund Rules - SF-01 Revizia 3"
DATE = "D:20290215100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Vr\u00e1tna Automotive Components, a.s. \u00b7 Personálne oddelenie"),
        (16, "SOCIAL FUND RULES (ZÁSADY SOCIÁLNEHO FONDU)"),
        (12, "Smernica SF-01 \u00b7 Revízia 3"),
        (9, "Date: 15. 2. 2029 \u00b7 Valid from: 1. 3. 2029 \u00b7 Agreed with the odborová organizácia"),
        None,
        (12, "1. The fund"),
        (10, "The sociálny fond is created from 1.5 % of the gross wage bill of VAC. Money not used in"),
        (10, "a year stays in the fund for the next year."),
        None,
        (12, "2. What the fund pays"),
        (10, "Item                                         Amount          Condition"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Meal subsidy (jedalen)                       EUR 0.60        per meal taken in the jedalen"),
        (10, "Own wedding                                  EUR 150         once"),
        (10, "Birth or adoption of a child                 EUR 200         per child"),
        (10, "Work anniversary - 10 years                  EUR 100"),
        (10, "Work anniversary - 15 years                  EUR 150"),
        (10, "Work anniversary - 20 years, every 5 years   EUR 200"),
        (10, "50th birthday                                EUR 150"),
        (10, "First retirement (odchod do dôchodku)        EUR 300         at least 5 years at VAC"),
        (10, "Death of the employee's spouse or child      EUR 300"),
        (10, "Death of the employee (to the family)        EUR 500"),
        (10, "Sport and culture events of the odbory       up to EUR 40    per employee a year"),
        None,
        (10, "The meal subsidy is not paid to employees who chose the financial contribution for meals"),
        (10, "instead of the jedalen."),
    ],
    [
        (12, "3. Who can receive it"),
        (10, "Employees after the skúšobná doba (3 months) who are employed on the day of the event."),
        (10, "Part-time employees receive the full amount. When both parents work at VAC, the gift for"),
        (10, "the birth of a child is paid to each of them."),
        None,
        (12, "4. How to apply"),
        (10, "- Apply in MôjVAC > Žiadosti > Sociálny fond within 60 days of the event."),
        (10, "- Upload a copy of the document: sobášny list, rodný list or úmrtný list."),
        (10, "- Requests approved by the 20th of the month are paid with that month's mzda."),
        (10, "- Work anniversaries and the 50th birthday are paid automatically; no request is needed."),
        None,
        (12, "5. Decisions"),
        (10, "A committee of 2 members of the personálne oddelenie and 2 members of the odborová"),
        (10, "organizácia meets on the first Tuesday of each month and decides on requests that do not"),
        (10, "fit the table, for example help after a fire or flood at an employee's home."),
        None,
        (12, "6. Questions"),
        (10, "Personálne oddelenie, ext 210."),
        None,
        (10, "Personálne oddelenie \u00b7 odborová organizácia"),
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
            + b" /Author " + pdf_string("Personalne oddelenie, Vratna Automotive Components, a.s.")
            + b" /Subject " + pdf_string("Social fund: meal subsidy, gifts, anniversaries, support")
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
