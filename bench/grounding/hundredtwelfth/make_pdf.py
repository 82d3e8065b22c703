#!/usr/bin/env python3
"""Build docs/operaciones/transporte-y-vehiculos.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "operaciones", "transporte-y-vehiculos.pdf")

TITLE = "Transporte de Personal y Uso de Vehiculos - OPS-05 Edicion 3"
DATE = "D:20290212100000-06'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Exportadora Cardamaca, S.A. \u00b7 Jefatura de Transporte"),
        (16, "TRANSPORTE DE PERSONAL Y USO DE VEH\u00cdCULOS"),
        (12, "Pol\u00edtica OPS-05 \u00b7 Edici\u00f3n 3"),
        (9, "Fecha: 12/02/2029 \u00b7 Vigente desde: 01/03/2029"),
        (9, "Sustituye a la pol\u00edtica de transporte de personal del 02/03/2026."),
        None,
        (12, "1. Staff buses (buses de personal)"),
        (10, "The staff buses are free for all Cardamaca staff. Show your carn\u00e9 when you get on."),
        (10, "Route                                             Leaves at                Returns at"),
        (10, "-------------------------------------------------------------------------------------------"),
        (10, "Ruta 1  San Pedro Carch\u00e1 (parque central)      05:15, 13:15, 21:15      14:10, 22:10, 06:10"),
        (10, "Ruta 2  Cob\u00e1n (parque central)                  05:30, 13:30, 21:30      14:10, 22:10, 06:10"),
        (10, "Ruta 3  San Pedro Carch\u00e1 to the fincas          05:00                         14:20 Rubelchaj, 14:45 Chitzab"),
        None,
        (10, "Ruta 1 and Ruta 2 take staff to the Planta Cob\u00e1n for Turnos A, B and C during the cosecha."),
        (10, "Outside the cosecha Ruta 1 leaves at 06:15 and Ruta 2 at 06:30, and both return from the"),
        (10, "plant at 15:40 (Saturday 11:10). Ruta 3 runs all year, Monday to Saturday."),
        (10, "The bus waits no more than 3 minutes at each marked stop."),
        (10, "Staff who live where no route runs receive the transport allowance BA-09."),
        None,
        (12, "2. Pick-ups at the fincas"),
        (10, "- Nobody rides in the bed of a pick-up, on any road. People travel only in the cabin,"),
        (10, "  with seat belts. Costales, tools and le\u00f1a travel in the bed."),
        (10, "- A company pick-up carries only Cardamaca staff on duty. Do not give rides to anyone"),
        (10, "  else, not even family or a neighbour."),
    ],
    [
        (12, "3. Speed limits"),
        (10, "Road                                       Limit"),
        (10, "----------------------------------------------------"),
        (10, "CA-14 and paved roads                      60 km/h"),
        (10, "Finca roads                                30 km/h"),
        (10, "Inside the Planta Cob\u00e1n                    15 km/h"),
        None,
        (12, "4. Drivers and fuel"),
        (10, "- Only staff authorised by the Jefe de Transporte drive company vehicles, with a valid"),
        (10, "  licencia tipo A (buses and trucks) or tipo B (pick-ups)."),
        (10, "- Before the first trip of the day check tyres, lights, brakes, oil and water, and record"),
        (10, "  the check in TurnoYa > Veh\u00edculos."),
        (10, "- Fuel only with a vale de combustible signed by the Jefe de Transporte, at the agreed"),
        (10, "  gas station in Cob\u00e1n."),
        (10, "- No phone in the hand while driving. Calls only hands-free or parked."),
        None,
        (12, "5. Accidents"),
        (10, "1. Stop, switch on the hazard lights and put out the triangles."),
        (10, "2. If someone is hurt, call 110 (PNC) and 122 (Bomberos Voluntarios)."),
        (10, "3. Do not move the vehicle until the PNC arrives, unless it is in danger where it is."),
        (10, "4. Call the Jefe de Transporte, ext 260, at once, and report the accident in"),
        (10, "   MiPlanilla > Incidentes before the end of your turno."),
        None,
        (12, "6. Questions"),
        (10, "Jefe de Transporte, ext 260, Monday to Saturday 05:00-14:00."),
        None,
        (10, "Jefe de Transporte"),
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
            + b" /Author " + pdf_string("Jefatura de Transporte, Exportadora Cardamaca, S.A.")
            + b" /Subject " + pdf_string("Staff buses, pick-ups, speed limits, drivers, fuel and accidents")
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
