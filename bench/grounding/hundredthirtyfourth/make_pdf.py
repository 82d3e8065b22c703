#!/usr/bin/env python3
"""Build docs/transporte/reglamento-transporte-obrero.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "transporte", "reglamento-transporte-obrero.pdf")

TITLE = "Reglamento del transporte obrero - TR-01 Edicion 2031"
DATE = "D:20310217100000-05'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Empresa Mixta Sotavento del Caribe, S.A. \u00b7 Hotel Sotavento Varadero \u00b7 Transporte"),
        (16, "REGLAMENTO DEL TRANSPORTE OBRERO"),
        (12, "TR-01 \u00b7 Edición 2031"),
        (9, "Fecha: 17/02/2031 \u00b7 Vigente desde: 01/03/2031"),
        None,
        (12, "1. Quién puede viajar"),
        (10, "- Los trabajadores del hotel y de la Oficina Comercial con su credencial vigente."),
        (10, "- Los estudiantes en práctica, con la carta de Recursos Humanos."),
        (10, "- No viajan familiares ni acompañantes."),
        None,
        (12, "2. Aporte mensual y espera en las paradas"),
        (10, "Ruta                        Aporte mensual      Espera en la parada      Se descuenta"),
        (10, "----------------------------------------------------------------------------------------"),
        (10, "Ruta 1 Matanzas             150,00 CUP          hasta 5 minutos          Con la liquidación"),
        (10, "Ruta 2 Cárdenas             150,00 CUP          hasta 5 minutos          Con la liquidación"),
        (10, "Ruta 3 Cárdenas             80,00 CUP           hasta 5 minutos          Con la liquidación"),
        (10, "Ómnibus de madrugada        Sin aporte          hasta 3 minutos          -"),
        None,
        (10, "El ómnibus no espera más del tiempo indicado. Quien falte 3 veces en un mes al ómnibus"),
        (10, "sin avisar a Transporte (ext. 2600) pierde su plaza fija en la ruta."),
        None,
        (12, "3. Cambio de ruta"),
        (10, "Se pide en GESTA > Solicitudes > Transporte al menos 10 días antes. Lo aprueba el Jefe"),
        (10, "de Transporte según las plazas libres de la ruta."),
        None,
        (12, "4. Si el ómnibus no pasa"),
        (10, "- Avise al puesto de mando de Seguridad y Protección (ext. 2555)."),
        (10, "- Si el jefe de turno autoriza que venga por su cuenta, se le reembolsan hasta"),
        (10, "  300,00 CUP por viaje, con el vale firmado por el jefe de turno, en la liquidación."),
    ],
    [
        (12, "5. Turnos que terminan después de las 23:30"),
        (10, "Cuando un evento obliga a terminar después de las 23:30 y ya no hay ómnibus, Transporte"),
        (10, "contrata un taxi compartido, autorizado por el jefe de turno. El trabajador no paga nada"),
        (10, "y no se hacen reembolsos en divisa."),
        None,
        (12, "6. Equipaje y conducta"),
        (10, "- Cada trabajador lleva solo un bolso de mano."),
        (10, "- No se transportan animales, combustible ni mercancía para vender."),
        (10, "- No se fuma ni se toman bebidas alcohólicas. El cinturón es obligatorio donde lo haya."),
        (10, "- La credencial se muestra al chofer al subir. Quien no la lleve no sube."),
        None,
        (12, "7. Preguntas"),
        (10, "Transporte, ext. 2600, o el Jefe de Transporte, ext. 2601."),
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
            + b" /Author " + pdf_string("Transporte, Hotel Sotavento Varadero")
            + b" /Subject " + pdf_string("Uso del omnibus de los trabajadores, aporte mensual, espera y reembolsos")
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
