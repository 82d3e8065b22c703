#!/usr/bin/env python3
"""Build docs/smjestaj/pravila-smjestaja-2037.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible. WinAnsi has
no c-caron, c-acute or d-stroke, so the text is written without Croatian diacritics, as the yard's old export did.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "smjestaj", "pravila-smjestaja-2037.pdf")

TITLE = "Pravila radnickog smjestaja - sezona 2037"
DATE = "D:20370209101500+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Skver Galebica d.o.o. \u00b7 Kadrovska sluzba \u00b7 Koordinatorica smjestaja i sezonaca"),
        (16, "PRAVILA RADNICKOG SMJESTAJA - SEZONA 2037."),
        (12, "Kuca Dvor, Put Gradine 14, 22203 Rogoznica"),
        (9, "Datum: 09.02.2037. \u00b7 Vrijedi od: 01.03.2037."),
        (9, "These rules replace the rules and answers of the 2036 season."),
        None,
        (12, "1. Tko stanuje u Kuci Dvor"),
        (10, "- Sezonci of Skver Galebica d.o.o. who live more than 30 km from the yard."),
        (10, "- 12 rooms with 2 beds. Rooms are given by Ana Saric (ext 145) in the order of the signed ugovor."),
        (10, "- Nobody who is not a Galebica worker may sleep in the house."),
        None,
        (12, "2. Troskovi"),
        (10, "Stavka                          Iznos             Kako se placa"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Soba (po mjesecu)               \u20ac 90,00           taken from the pay"),
        (10, "Polog                           \u20ac 100,00          taken from the first pay, back with the last pay"),
        (10, "Novi kljuc i brava              \u20ac 25,00           taken from the pay"),
        (10, "Struja, voda, internet          included          -"),
        None,
        (10, "For a month that is not full, the room is paid by days (1/30 of the monthly amount per day)."),
        (10, "The polog is paid back if the room, the furniture and the keys are in order at the check-out."),
        None,
        (12, "3. Dolazak i odlazak"),
        (10, "- Check-in on the day of arrival from 15:00."),
        (10, "- On the last day the room must be empty and the key at Ana Saric or at the porta by 10:00."),
        (10, "- Bring your own towels. Bed linen is given and changed every 2 weeks."),
    ],
    [
        (12, "4. Kombi do brodogradilista"),
        (10, "Smjena                              Polazak iz Kuce Dvor     Natrag s porte"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "1. smjena (06:00 - 14:00)           05:20                    14:15"),
        (10, "2. smjena (14:00 - 22:00)           13:20                    22:15"),
        (10, "Ljetno radno vrijeme (05:00)        04:20                    13:15"),
        None,
        (10, "The kombi waits 2 minutes, not more. Who misses it comes to the yard at his own cost."),
        None,
        (12, "5. Kucni red"),
        (10, "- Nocni mir (quiet hours) from 22:00 to 06:00, also on the terrace."),
        (10, "- Visitors until 20:00, only in the common room."),
        (10, "- Smoking only on the terrace. No cooking in the rooms; the common kitchen is open until 22:00."),
        (10, "- Ana Saric checks the rooms every Friday after 15:00. The kitchen and the bathrooms are"),
        (10, "  cleaned by a cleaning firm twice a week."),
        (10, "- No alcohol before a smjena: in the yard the limit is 0,0 promila."),
        None,
        (12, "6. Kvarovi i hitno"),
        (10, "Tell Ana Saric (ext 145). After 16:00 and at the weekend call the porta, ext 100."),
        (10, "Fire or injury: 112, then the porta."),
        None,
        (12, "7. Krsenje pravila"),
        (10, "The first time a written warning; the second time the room is taken away within 3 days."),
        (10, "Damage in the room is paid by who made it; the polog is used first."),
        None,
        (10, "Ana Saric, koordinatorica smjestaja i sezonaca"),
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
            + b" /Author " + pdf_string("Kadrovska sluzba, Skver Galebica d.o.o.")
            + b" /Subject " + pdf_string("Radnicki smjestaj Kuca Dvor, sezona 2037")
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
