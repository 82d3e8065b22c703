#!/usr/bin/env python3
"""Build docs/seguridad/estandar-de-buceo.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "seguridad", "estandar-de-buceo.pdf")

TITLE = "Diving Operations Standard - SOP-BUC-01 Revision 3"
DATE = "D:20300220100000-03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Canelo Austral Salmon S.A. \u00b7 Prevenci\u00f3n de Riesgos \u00b7 Operaciones Mar"),
        (16, "DIVING OPERATIONS STANDARD"),
        (12, "SOP-BUC-01 \u00b7 Revision 3"),
        (9, "Date: 20-02-2030 \u00b7 Effective: 01-03-2030"),
        (9, "This revision replaces SOP-BUC-01 Revision 2 (March 2027)."),
        None,
        (12, "1. Who may dive"),
        (10, "- Holders of a valid diver licence (matr\u00edcula de buzo) from the Autoridad Mar\u00edtima for the"),
        (10, "  work to be done."),
        (10, "- With a company dive medical (examen m\u00e9dico de buceo) done in the last 12 months."),
        (10, "- After the induction given by the Jefe de Buceo, H\u00e9ctor Nahuelp\u00e1n Vera (anexo 340)."),
        None,
        (12, "2. The dive team"),
        (10, "Every dive has a team of at least 3 people: the diver, a standby diver (buzo de reserva)"),
        (10, "dressed and ready at the surface, and a tender who keeps the line, the communications and"),
        (10, "the time. Nobody dives alone and nobody dives from a boat without a tender."),
        None,
        (12, "3. Limits"),
        (10, "Limit                              Value"),
        (10, "------------------------------------------------------------------------------"),
        (10, "Routine work depth                 Up to 20 m"),
        (10, "Work from 20 m to 30 m             Written approval of the Jefe de Buceo"),
        (10, "Dives per diver per day            No more than 3"),
        (10, "Time in the water per day          No more than 120 minutes in all"),
        (10, "Wind                               No diving with wind over 20 knots"),
        (10, "Waves                              No diving with waves over 1,5 m"),
        (10, "Alert stage                        No diving at the red stage"),
        None,
        (12, "4. Before each dive"),
        (10, "- Check the regulator, hose, harness and communications and record the check in AcuaReg."),
        (10, "- The compressor's air is tested every 6 months by an approved laboratory. Do not use a"),
        (10, "  compressor whose test label is out of date."),
    ],
    [
        (12, "5. After diving"),
        (10, "- Record every dive in AcuaReg before you leave the centro: cage, depth, time in the water."),
        (10, "- Do not fly or cross the cordillera for 24 hours after your last dive."),
        (10, "- Do not dive within 12 hours of drinking alcohol."),
        None,
        (12, "6. Emergencies"),
        (10, "1. Stop the work and bring the diver to the surface, using the standby diver if needed."),
        (10, "2. Give first aid and 100% oxygen from the kit kept on every pont\u00f3n."),
        (10, "3. Call the COM on anexo 300 or VHF channel 72; the COM calls the Armada on 137."),
        (10, "4. The COM arranges the evacuation to the hyperbaric chamber in Puerto Montt and tells"),
        (10, "   the Jefe de Buceo."),
        None,
        (12, "7. Personal diving gear"),
        (10, "Each diver may claim up to CLP 120,000 a year for personal items (mask, fins, gloves,"),
        (10, "undersuit) in MiCanelo > Reembolsos, with the receipt."),
        None,
        (12, "8. Pay"),
        (10, "The bono de buceo is shown on the Rumbo page \"Bonos y horas extra\". A diver whose dive"),
        (10, "medical is out of date may not dive and is not paid the bono de buceo."),
        None,
        (10, "Jefe de Prevenci\u00f3n de Riesgos \u00b7 Jefe de Buceo"),
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
            + b" /Author " + pdf_string("Prevenci\u00f3n de Riesgos y Operaciones Mar, Canelo Austral Salmon S.A.")
            + b" /Subject " + pdf_string("Diving at the centros de cultivo: team, limits, records and emergencies")
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
