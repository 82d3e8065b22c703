#!/usr/bin/env python3
"""Build docs/rrhh/presentismo-y-premios.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rrhh", "presentismo-y-premios.pdf")

TITLE = "Presentismo y premios - RH-07 Revision 2036"
DATE = "D:20360615100000-03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Cooperativa Arrocera Quebracho del Este \u00b7 Gerencia de RRHH y Liquidaci\u00f3n de Sueldos"),
        (16, "PRESENTISMO Y PREMIOS"),
        (12, "Pol\u00edtica RH-07 \u00b7 Revisi\u00f3n 2036"),
        (9, "Aprobada: 12/06/2036 \u00b7 Vigente desde: 01/07/2036"),
        None,
        (12, "1. Presentismo (monthly attendance bonus)"),
        (10, "- The presentismo is 8% of your nominal pay of the month (for jornaleros, of the"),
        (10, "  jornales of the month). It is paid with the pay of the following month."),
        (10, "- You keep it if in the month you have no falta injustificada and no more than"),
        (10, "  2 llegadas tarde of up to 10 minutes each."),
        (10, "- A llegada tarde of more than 10 minutes, or a third llegada tarde, loses the"),
        (10, "  presentismo of that month."),
        (10, "- These absences do not affect it: licencia anual, the special leave of RH-03,"),
        (10, "  accidente de trabajo (BSE), licencia sindical and donaci\u00f3n de sangre."),
        (10, "- Certificaci\u00f3n m\u00e9dica: up to 2 days in the month pays half the presentismo (4%);"),
        (10, "  more than 2 days in the month, no presentismo that month."),
        None,
        (12, "2. Premios"),
        (10, "Premio                     Amount         Who                             Paid with"),
        (10, "--------------------------------------------------------------------------------------"),
        (10, "Premio de zafra            $U 9.500       Acopio and reception, whole      June pay"),
        (10, "                                          zafra 01/03 to 31/05"),
        (10, "Premio de productividad    $U 6.000       Planta Olimar and parboil,      Month after the"),
        (10, "                           per quarter    plan met at 95% or more         quarter"),
        (10, "Premio de despacho         $U 3.000       Oficina Puerto, every embarque  Following month"),
        (10, "                           per month      documented before the cut-off"),
    ],
    [
        (12, "3. Conditions of the premios"),
        (10, "- Premio de zafra: for permanent staff and zafrales who work from 01/03 to 31/05 (or"),
        (10, "  until the last paddy is received) with no falta injustificada. A certificaci\u00f3n"),
        (10, "  m\u00e9dica of more than 5 days in the zafra pays it in proportion to the days worked."),
        (10, "- Premio de productividad: the quarter's milled tonnes reach 95% of the plan and there"),
        (10, "  is no accidente de trabajo with lost days at Planta Olimar in the quarter."),
        (10, "- Premio de despacho: no embarque is delayed by papers from the Oficina Puerto."),
        (10, "- A suspensi\u00f3n (RH-05, step 3 or higher) in the period loses the premio of that period."),
        None,
        (12, "4. Where to see it"),
        (10, "The presentismo and the premios are shown on their own lines of the recibo in MiLegajo."),
        None,
        (12, "5. Reclamos"),
        (10, "If a presentismo or a premio is missing, write to Liquidaci\u00f3n de Sueldos (int. 215)"),
        (10, "within 30 days of the pay date, with the marcas of Turnero that show your attendance."),
        None,
        (10, "Gerencia de RRHH \u00b7 Liquidaci\u00f3n de Sueldos"),
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
            + b" /Author " + pdf_string("Gerencia de RRHH y Liquidaci\u00f3n de Sueldos, Cooperativa Arrocera Quebracho del Este")
            + b" /Subject " + pdf_string("Presentismo, premio de zafra, premio de productividad y premio de despacho")
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
