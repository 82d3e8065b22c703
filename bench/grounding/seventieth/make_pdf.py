#!/usr/bin/env python3
"""Build docs/stane/shepherds-terms-2031.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible. WinAnsi has
no s-comma, t-comma or a-breve, so the Romanian words are written without them, as an old office PC would print them.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "stane", "shepherds-terms-2031.pdf")

TITLE = "Shepherds' Terms - Summer Season 2031 - ST-2031"
DATE = "D:20310303080000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Lactate Piatra Mare S.R.L. \u00b7 Stâne \u00b7 Human Resources"),
        (16, "SHEPHERDS' TERMS - SUMMER SEASON 2031"),
        (12, "Ref. ST-2031"),
        (9, "Date: 03.03.2031 \u00b7 In force from: 01.03.2031 \u00b7 Owner: Sheepfolds (stâne) coordinator"),
        (9, "These terms replace the terms for the 2030 season."),
        None,
        (10, "For the baci, shepherds (ciobani) and helpers at Stâna Gaura, Stâna Ciubotea and Stâna Pietricica."),
        None,
        (12, "1. Season and contract"),
        (10, "- The 2031 season runs from 15.05.2031 to 30.09.2031."),
        (10, "- Each shepherd signs a fixed-term CIM for the season at the Rasnov office (05.05 - 09.05.2031)."),
        (10, "  HR registers it in REVISAL before the first day at the stâna."),
        (10, "- The medicina muncii check and the bear safety and first aid course come before signing."),
        None,
        (12, "2. Pay"),
        (10, "Job                              Gross pay per month      Paid"),
        (10, "--------------------------------------------------------------------------------"),
        (10, "Baci                             RON 6.200                12th of the next month"),
        (10, "Cioban (shepherd)                RON 4.900                12th of the next month"),
        (10, "Ajutor de cioban (helper)        RON 4.300                12th of the next month"),
        None,
        (10, "- End-of-season bonus: 1.500 lei for everyone who works the whole season, paid with the"),
        (10, "  salary for September."),
        (10, "- Cas quality bonus for the baci: 300 lei for each month in which no batch of cas from"),
        (10, "  the stâna is refused at the handover point."),
        (10, "- Boots and rain cape: 400 lei for the season (rates table ECH-02)."),
        None,
        (12, "3. Days off"),
        (10, "- Each shepherd has 4 days off a month, taken as 2 days in a row every 2 weeks."),
        (10, "- The baci agrees the rota with the coordinator; a relief shepherd covers each day off."),
        (10, "- The van takes you down and back up from the handover point on the van route."),
    ],
    [
        (12, "4. Food and lodging"),
        (10, "- The company buys the food supplies and the van brings them every Tuesday and Friday,"),
        (10, "  worth 35,00 lei per person per day (rates table STA-01). No cash is paid instead."),
        (10, "- You sleep in the stâna hut. The company provides mattresses, blankets, gas bottles and"),
        (10, "  drinking water cans; each baci gets 50 lei of phone credit a month on the company SIM."),
        None,
        (12, "5. Milking and cas"),
        (10, "- Milking is three times a day until 30 June (05:00, 12:00 and 19:00) and twice a day"),
        (10, "  from 1 July (05:00 and 18:00)."),
        (10, "- The baci makes the cas within 1 hour of milking, in the stâna's cheese room, and keeps it in"),
        (10, "  the cooling box at 10 C or less until the handover to the van the same evening."),
        (10, "- Every day's cas carries a label with the stâna, the date and the milking."),
        None,
        (12, "6. Flock, dogs and wild animals"),
        (10, "- Report the sheep count to the coordinator every evening at 20:00 on radio channel 7."),
        (10, "- Report a bear or wolf attack by radio within 2 hours. Photograph the dead or injured"),
        (10, "  animals and do not move them until the coordinator or the forest ranger has seen them."),
        (10, "- Keep the dogs with the flock at night. Never leave food or waste outside the hut."),
        None,
        (12, "7. Safety"),
        (10, "- Every stâna has a first aid kit, two radios and a satellite emergency beacon."),
        (10, "- In a thunderstorm nobody stays on the ridges with the flock; bring it down to the tree line."),
        (10, "- In an emergency call 112 (mountain rescue is called through 112), then the coordinator."),
        None,
        (12, "8. Questions"),
        (10, "Sheepfolds coordinator, ext 190, or radio channel 7. HR, ext 110."),
        None,
        (10, "Sheepfolds (stâne) coordinator"),
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
            + b" /Author " + pdf_string("Human Resources and the Sheepfolds coordinator, Lactate Piatra Mare S.R.L.")
            + b" /Subject " + pdf_string("Pay, days off, food and safety for the baci, shepherds and helpers, season 2031")
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
