#!/usr/bin/env python3
"""Build docs/prirucnik/pravilnik-o-radnom-vremenu.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "prirucnik", "pravilnik-o-radnom-vremenu.pdf")

TITLE = "Pravilnik o radnom vremenu, smenama i prekovremenom radu - HR-05/2029"
DATE = "D:20281214100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
# WinAnsi has no c-acute, c-caron or d-stroke, so the text uses only the Serbian letters it has (s-caron, z-caron).
PAGES = [
    [
        (10, "Crvena Padina d.o.o. \u00b7 Kadrovska slu\u017eba"),
        (16, "PRAVILNIK O RADNOM VREMENU,"),
        (16, "SMENAMA I PREKOVREMENOM RADU"),
        (12, "Broj: HR-05/2029"),
        (9, "Datum: 14.12.2028. \u00b7 Va\u017ei od: 01.01.2029."),
        (9, "Working time, shifts and overtime rules for all permanent staff of the plant and the office."),
        None,
        (12, "1. Radna nedelja / Working week"),
        (10, "- Full time is 40 hours a week. The Beograd office works Monday to Friday (see its site guide)."),
        (10, "- The plant works in shifts on a roster in SmenaPlan, published by Thursday 12:00 for the"),
        (10, "  next week."),
        (10, "- Everyone has at least 12 hours of rest between two shifts and at least 24 hours of rest"),
        (10, "  in a row each week."),
        None,
        (12, "2. Smene / Shifts"),
        (10, "Smena        U sezoni (15.06.-15.08.)     Van sezone        Pauza"),
        (10, "---------------------------------------------------------------------------"),
        (10, "I smena      06:00-14:00                  07:00-15:00       30 min"),
        (10, "II smena     14:00-22:00                  15:00-23:00       30 min"),
        (10, "III smena    22:00-06:00                  -                 30 min"),
        None,
        (10, "The pauza of 30 minutes counts as working time. Nobody works more than 5 night shifts"),
        (10, "(III smena) in a row; after them come at least 2 days off."),
        None,
        (12, "3. Prekovremeni rad / Overtime"),
        (10, "- Overtime is worked only when the \u0161ef smene orders it in SmenaPlan before the work"),
        (10, "  starts. Hours without an order in SmenaPlan are not paid as overtime."),
        (10, "- No more than 4 hours a day and 8 hours a week."),
        (10, "- Overtime is paid with a 30% increase on the hourly base pay or, if you ask for it,"),
        (10, "  taken as slobodni sati (time off), hour for hour, within 60 days."),
    ],
    [
        (12, "4. Preraspodela radnog vremena / Season hours"),
        (10, "During the berba (15.06.-15.08.) working time is redistributed: up to 48 hours a week,"),
        (10, "balanced by shorter weeks from November to February. The roster in SmenaPlan shows"),
        (10, "your balance of hours."),
        None,
        (12, "5. Evidencija / Clocking"),
        (10, "- Clock in and out with your radna kartica at the reader at Kapija 1."),
        (10, "- If you forget, ask for a correction in SmenaPlan > Moje vreme within 48 hours;"),
        (10, "  the \u0161ef smene confirms the time."),
        (10, "- Three late arrivals in one calendar month lead to a written opomena (warning)."),
        None,
        (12, "6. Night work"),
        (10, "In the plant, work between 22:00 and 06:00 is paid with a 30% increase; the rates for"),
        (10, "the office are on the page Zarade i dodaci 2029."),
        None,
        (12, "7. Pitanja / Questions"),
        (10, "Kadrovska slu\u017eba, lokal 120, kadrovska@crvenapadina.rs"),
        None,
        (10, "Rukovodilac Kadrovske slu\u017ebe"),
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
            + b" /Author " + pdf_string("Kadrovska sluzba, Crvena Padina d.o.o.")
            + b" /Subject " + pdf_string("Working time, shifts, overtime and season hours")
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
