#!/usr/bin/env python3
"""Build docs/safety/ppe-and-cold-room-work.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "safety", "ppe-and-cold-room-work.pdf")

TITLE = "Personal Protective Equipment and Work in Cold Rooms - H&S-02 Revision 5"
DATE = "D:20281016083000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Kalamas Dairy S.A. \u00b7 Health & Safety \u00b7 Eleousa Plant and Aspropyrgos Depot"),
        (16, "PERSONAL PROTECTIVE EQUIPMENT AND WORK IN COLD ROOMS"),
        (12, "H&S-02 \u00b7 Revision 5"),
        (9, "Date: 16/10/2028 \u00b7 Owner: Technikos Asfaleias (Health & Safety Officer), ext 2351"),
        None,
        (12, "1. PPE we issue"),
        (10, "Item                              Who                                 Replaced"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "White safety boots S3             Production, depot                   Every 12 months"),
        (10, "Thermal jacket and trousers       Cold rooms, depot loading           Every 2 years"),
        (10, "Thermal gloves                    Cold rooms                          Every 3 months"),
        (10, "Ear defenders                     Packing hall (over 85 dB)           When damaged"),
        (10, "Face shield, chemical gloves      CIP cleaning, lab                   When damaged"),
        (10, "Hi-vis vest                       Depot yard, tanker drivers          Every year"),
        None,
        (10, "Get PPE from the PPE store at the plant, open 05:45-06:30 and 13:45-14:30. Bring the old"),
        (10, "item back when you get a new one. Depot staff get PPE from the depot office."),
        None,
        (12, "2. Work in the cold rooms"),
        (10, "- Cold rooms CS1 and CS2 and ripening rooms RR1 to RR4 are kept at 2-4 \u00b0C."),
        (10, "- Stay no more than 90 minutes at a time inside, then take a 15-minute break in a warm"),
        (10, "  area such as the kyliki."),
        (10, "- The door emergency release is tested at the start of each vardia and recorded."),
        (10, "- Nobody works alone in a cold room between 22:00 and 06:00."),
        None,
        (12, "3. The ammonia refrigeration plant"),
        (10, "- Only the refrigeration technicians enter the engine room."),
        (10, "- Stage 1 alarm at 25 ppm: the fans start and the technician on duty checks the plant."),
        (10, "- Stage 2 alarm at 150 ppm: everyone leaves by the nearest exit and goes to Assembly"),
        (10, "  Point 2 at the main gate, upwind of the engine room. The shift leader calls 199."),
        (10, "- Escape masks (filter type K) are kept at each engine room door."),
    ],
    [
        (12, "4. CIP chemicals"),
        (10, "Caustic soda and nitric acid are handled only with a face shield, chemical gloves and an"),
        (10, "apron. After a splash in the eye, rinse at the eyewash for at least 15 minutes and tell"),
        (10, "your shift leader."),
        None,
        (12, "5. Hearing"),
        (10, "Everyone who works in the packing hall has a hearing test with the Iatros Ergasias every"),
        (10, "2 years. Ear defenders are worn at all times in the packing hall."),
        None,
        (12, "6. Revision history"),
        (10, "Rev.   Date          Changes"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "3      02/05/2023    Ear defenders and CIP chemicals added"),
        (10, "4      01/03/2026    Ammonia detectors and the PPE table added"),
        (10, "5      16/10/2028    Cold room time limits, stage 2 alarm level, Assembly Point 2, boots"),
        (10, "                     and thermal gloves replaced more often, hearing tests"),
        None,
        (10, "Questions: Technikos Asfaleias, ext 2351, or the plant control room, ext 2100."),
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
            + b" /Author " + pdf_string("Health and Safety, Kalamas Dairy S.A.")
            + b" /Subject " + pdf_string("PPE issue, work in cold rooms, ammonia alarms, CIP chemicals and hearing tests")
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
