#!/usr/bin/env python3
"""Build docs/hr/liukuma-flexitime-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "liukuma-flexitime-policy.pdf")

TITLE = "Liukuma (flexitime) policy - HR-08"
DATE = "D:20321201100000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Kallavesi Hirsitalot Oy \u00b7 HR"),
        (16, "LIUKUMA - FLEXITIME POLICY FOR OFFICE STAFF"),
        (12, "Policy HR-08"),
        (9, "Date: 1.12.2032 \u00b7 Effective: 1.1.2033"),
        None,
        (10, "Applies to office and sales staff at Kuopio head office and the Vantaa sales office, and to"),
        (10, "foremen on day work. It does not apply to staff who work in vuoros."),
        None,
        (12, "1. Working day"),
        (10, "- The regular working day is 7 h 30 min, with a 30-minute unpaid lunch break."),
        (10, "- Flexible start 7.00-9.00 and flexible finish 14.00-18.00."),
        (10, "- Core time, when everyone must be at work or reachable: 9.00-14.00."),
        None,
        (12, "2. Liukuma balance (saldo)"),
        (10, "Period          Balance allowed              What happens to the rest"),
        (10, "--------------------------------------------------------------------------"),
        (10, "End of month    from -10 to +40 hours          Hours above +40 are lost"),
        (10, "                                             unless overtime was ordered"),
        (10, "31 March        from -10 to +20 hours          The rest over +20 hours is"),
        (10, "                                             moved to saved leave"),
        None,
        (10, "Record your hours in Hirsinetti > Ty\u00f6aika from your laptop or phone, or at the time clock."),
        (10, "Forgotten entries are corrected by you and approved by your manager within 7 days."),
    ],
    [
        (12, "3. Saldovapaa (days off from the balance)"),
        (10, "- Up to 3 days a month, agreed with your manager in Hirsinetti at least 2 working days ahead."),
        (10, "- Saldovapaa may be joined to annual leave, but not to the common summer break."),
        None,
        (12, "4. Remote work"),
        (10, "- Up to 2 days a week, agreed with your manager. Core time applies on remote days too."),
        (10, "- The company does not pay for home internet or furniture."),
        None,
        (12, "5. Travel time"),
        (10, "Travel outside the working day is not added to the balance, except when you drive a company"),
        (10, "van with goods or customers."),
        None,
        (12, "6. Questions"),
        (10, "HR, ext 2100, or the HR manager, ext 2101."),
        None,
        (10, "HR manager"),
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
            + b" /Author " + pdf_string("HR, Kallavesi Hirsitalot Oy")
            + b" /Subject " + pdf_string("Liukuma: working day, balance, saldovapaa and remote work")
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
