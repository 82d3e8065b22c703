#!/usr/bin/env python3
"""Build docs/calidad/recepcion-hoja-verde.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "calidad", "recepcion-hoja-verde.pdf")

TITLE = "Recepci\u00f3n de hoja verde en planta - CA-01 Versi\u00f3n 2028"
DATE = "D:20280315100000-03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Yerbatera \u00d1u Por\u00e3 S.A. \u00b7 Calidad \u00b7 Planta Cambyret\u00e1"),
        (16, "RECEPCI\u00d3N DE HOJA VERDE EN PLANTA"),
        (12, "CA-01 \u00b7 Versi\u00f3n 2028"),
        (9, "Vigente desde 01/04/2028 \u00b7 Approved by the Jefa de Calidad, Ing. F\u00e1tima Ben\u00edtez (int. 220)"),
        None,
        (10, "This procedure applies to every truck of hoja verde received at the Planta Cambyret\u00e1, from our"),
        (10, "three yerbales and from outside productores. Calidad checks each load before it is weighed."),
        None,
        (12, "1. Acceptance limits"),
        (10, "Parameter                              Limit                               If not met"),
        (10, "-----------------------------------------------------------------------------------------------"),
        (10, "Time from the cut to the sapecadora    8 hours at most                     Rejected"),
        (10, "Temperature inside the load            40 \u00b0C at most                        Rejected (hoja ardida)"),
        (10, "Palo grueso (stems over 10 mm)         5% at most                          10% discount on the weight"),
        (10, "Foreign matter (soil, stones)          1% at most                          Rejected above 3%"),
        (10, "Hoja mojada                            No free water                       10% discount on the weight"),
        (10, "Agroqu\u00edmicos                           Last application at least 21 days   Rejected without the"),
        (10, "                                       before the cut                      cuaderno de campo"),
        None,
        (12, "2. Sampling"),
        (10, "- Take a sample of 3 kg from 3 points of the load: front, middle and back."),
        (10, "- Measure the temperature with the probe at 30 cm depth in 5 points of the load."),
        (10, "- Write the results in BalanzaKA before the truck goes on the scale."),
    ],
    [
        (12, "3. Waiting, cover and records"),
        (10, "- Every load arrives covered with a lona. A load that arrives uncovered is checked first for"),
        (10, "  temperature."),
        (10, "- Trucks are unloaded in the order they arrive and wait in the playa no more than 2 hours."),
        (10, "  If the wait will be longer, the jefe de turno sends the load straight to the sapecadora."),
        (10, "- BalanzaKA records the truck plate, the lote of origin and the hora de corte written by the"),
        (10, "  capataz on the gu\u00eda de carga."),
        None,
        (12, "4. Rejection"),
        (10, "- Calidad tells the encargado del yerbal or the productor within 30 minutes and writes the"),
        (10, "  reason on the BalanzaKA ticket."),
        (10, "- Rejected leaf leaves the planta on the same truck. It is never mixed with accepted leaf."),
        (10, "- A yerbal or productor with 3 rejected loads in one zafra is visited by Calidad before"),
        (10, "  sending any more leaf."),
        None,
        (12, "5. Questions"),
        (10, "Calidad, int. 220, or the sala de control, int. 230, at night."),
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
            + b" /Author " + pdf_string("Calidad, Yerbatera \u00d1u Por\u00e3 S.A.")
            + b" /Subject " + pdf_string("Acceptance limits, sampling and rejection of hoja verde")
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
