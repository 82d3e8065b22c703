#!/usr/bin/env python3
"""Build docs/fleet/fleet-and-driver-rules.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "fleet", "fleet-and-driver-rules.pdf")

TITLE = "Fleet and Driver Rules - FL-02"
DATE = "D:20290205101500-04'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Pampa Qhana Superfoods S.A. \u00b7 Jefatura de Flota"),
        (16, "FLEET AND DRIVER RULES"),
        (12, "FL-02 \u00b7 Reglamento de Flota y Choferes"),
        (9, "Date: 05/02/2029 \u00b7 Effective: 15/02/2029"),
        (9, "These rules replace the Driver Rules issued on 03/08/2026."),
        None,
        (12, "1. Before every trip"),
        (10, "- Breath test (alcoholimetro) at the porteria before every trip. The only accepted result is 0.0 g/l."),
        (10, "- Do the pre-trip checklist in FlotaGPS: tyres, brakes, lights, fire extinguisher, first-aid kit."),
        (10, "- Salar and unpaved trips also carry 2 spare tyres, 10 litres of drinking water, a blanket"),
        (10, "  and the satellite phone."),
        (10, "- Carry your licencia de conducir (category C), the SOAT of the year and the truck's papers;"),
        (10, "  for Chile also the MIC/DTA and the export file from the El Alto office."),
        None,
        (12, "2. Speed limits"),
        (10, "Road                                   Loaded truck        Pick-up or empty truck"),
        (10, "---------------------------------------------------------------------------------"),
        (10, "Paved highway                          80 km/h             90 km/h"),
        (10, "Unpaved roads and salar tracks         40 km/h             50 km/h"),
        (10, "Inside the plant and the stations      10 km/h             10 km/h"),
        None,
        (12, "3. Driving time"),
        (10, "- Drive at most 4 hours without a break, then rest for at least 30 minutes."),
        (10, "- At most 9 hours of driving a day, and at least 10 hours of rest between two driving days."),
        (10, "- No driving on salar tracks or unpaved roads between 19:00 and 06:00."),
        (10, "- Rainy season: the crossing of the Salar de Uyuni is closed to company vehicles from"),
        (10, "  1 December to 31 March. Use the edge road through Salinas de Garci Mendoza."),
    ],
    [
        (12, "4. On the road"),
        (10, "- No phone while driving, not even hands-free. Stop in a safe place to call."),
        (10, "- FlotaGPS shows your position by itself. On salar routes also report on radio channel 5"),
        (10, "  every 2 hours."),
        (10, "- No passengers except staff on the trip list."),
        (10, "- Fuel only at YPFB stations with the company fuel card, and keep the factura."),
        (10, "- Load at most 500 sacks of 46 kg (23 t) on a truck, with the tarpaulin tied down."),
        None,
        (12, "5. Trips to Arica"),
        (10, "- Route: Challapata - Oruro - Patacamaya - Tambo Quemado - Chungara - Arica."),
        (10, "- Do not leave the plant before 04:00. Two drivers go on every Arica trip."),
        (10, "- The viatico for drivers is in the allowances table (viaticos and allowances)."),
        None,
        (12, "6. Accidents and breakdowns"),
        (10, "- Make the place safe, put the triangles 50 m behind the truck and help the injured."),
        (10, "- Call the police (110) and the Jefe de Flota (int. 260)."),
        (10, "- Report the accident or breakdown in FlotaGPS within 2 hours."),
        (10, "- Do not move the truck until the police allow it, except to prevent another accident."),
        None,
        (12, "7. Sanctions"),
        (10, "Driving more than 10 km/h above a limit, as recorded by FlotaGPS, brings a memorandum."),
        (10, "A positive breath test means you are suspended from driving and the Reglamento Interno applies."),
        None,
        (10, "Jefe de Flota"),
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
            + b" /Author " + pdf_string("Jefatura de Flota, Pampa Qhana Superfoods S.A.")
            + b" /Subject " + pdf_string("Speed limits, driving time, salar routes, Arica trips and accidents")
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
