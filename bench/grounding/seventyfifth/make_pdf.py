#!/usr/bin/env python3
"""Build docs/fleet/fleet-driver-handbook.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "fleet", "fleet-driver-handbook.pdf")

TITLE = "Fleet Driver Handbook - Edition January 2035"
DATE = "D:20350115100000+04'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Kldeuli Springs JSC \u00b7 Fleet and Transport"),
        (16, "FLEET DRIVER HANDBOOK"),
        (12, "Edition: January 2035"),
        (9, "Issued: 15.01.2035 \u00b7 Effective: 01.02.2035 \u00b7 Owner: Fleet and Transport Manager"),
        (9, "This edition replaces the March 2032 edition."),
        None,
        (12, "1. Before every trip"),
        (10, "- Blow into the breathalyser at the gate before every trip. The result must be 0.00."),
        (10, "- Do the pre-trip check in the FleetTrack app: 18 points, from tyres and lights to the"),
        (10, "  straps, the fire extinguisher, the first aid kit and the warning triangle."),
        (10, "- A truck that fails a point does not leave. Report it to dispatch and the workshop."),
        (10, "- Insert your tachograph driver card before the wheels turn."),
        None,
        (12, "2. Driving and rest"),
        (10, "- Drive no more than 9 hours in a day."),
        (10, "- Take a 45-minute break after 4 hours 30 minutes of driving."),
        (10, "- Have at least 11 hours of rest between two working days."),
        (10, "- Phone calls hands-free only, and no calls at all while reversing or coupling."),
        None,
        (10, "Speed limits for company trucks        Loaded        Empty"),
        (10, "------------------------------------------------------------------"),
        (10, "Tbilisi - Khashuri highway             80 km/h       90 km/h"),
        (10, "Borjomi - Akhaltsikhe - Aspindza        60 km/h       70 km/h"),
        (10, "Plant access road                      30 km/h       30 km/h"),
        (10, "Plant yard and Tbilisi Depot yard      10 km/h       10 km/h"),
        None,
        (10, "Winter: carry snow chains from 1 November to 31 March, and fit them when the sign"),
        (10, "at the bottom of the plant access road says CHAINS ON."),
    ],
    [
        (12, "3. Loads"),
        (10, "- No more than 26 pallets on a 40 t trailer; 10 pallets on a 7.5 t truck."),
        (10, "- Two straps on every row of pallets. Glass pallets go at the front, against the headboard."),
        (10, "- Check the straps again after the first 20 km and after the Borjomi gorge."),
        None,
        (12, "4. Tachograph and FleetTrack"),
        (10, "- Your driver card is downloaded every 28 days at the plant or the Tbilisi Depot."),
        (10, "- The truck's tachograph is downloaded every 90 days by the workshop."),
        (10, "- Keep FleetTrack on during the whole trip; dispatch sees your position and your stops."),
        None,
        (12, "5. If you have an accident"),
        (10, "1. Stop, put on the hazard lights and place the warning triangle."),
        (10, "2. Call 112 if anyone is hurt, and for the Patrol Police."),
        (10, "3. Press SOS in FleetTrack, or call dispatch on the fleet radio, channel 2."),
        (10, "4. Take photos of both vehicles, the road, and the other driver's licence and insurance."),
        (10, "   Do not admit fault and do not sign anything except the police report."),
        (10, "5. Fill in the accident report in FleetTrack within 24 hours."),
        None,
        (12, "6. Fines"),
        (10, "Patrol Police fines for speeding, phone use or parking are paid by the driver. The company"),
        (10, "pays fines caused by a defect on the truck that the driver had reported."),
        None,
        (12, "7. Questions"),
        (10, "Fleet dispatch, ext 650, or the Fleet and Transport Manager, ext 651."),
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
            + b" /Author " + pdf_string("Fleet and Transport, Kldeuli Springs JSC")
            + b" /Subject " + pdf_string("Driving hours, speed limits, loads, tachographs and accidents")
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
