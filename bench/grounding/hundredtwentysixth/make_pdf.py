#!/usr/bin/env python3
"""Build docs/transporte/reglamento-de-conductores.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "transporte", "reglamento-de-conductores.pdf")

TITLE = "Reglamento de Conductores de Tractocami\u00f3n - TP-01 Revisi\u00f3n 4"
DATE = "D:20310505080000-05'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Manglar Azul Log\u00edstica, S.A. \u00b7 Gerencia de Transporte"),
        (16, "REGLAMENTO DE CONDUCTORES DE TRACTOCAMI\u00d3N"),
        (12, "C\u00f3digo TP-01 \u00b7 Revisi\u00f3n 4"),
        (9, "Fecha: 05/05/2031 \u00b7 Vigente: 19/05/2031"),
        (9, "Esta revisi\u00f3n sustituye la Revisi\u00f3n 3 (septiembre de 2029)."),
        None,
        (12, "1. Antes de salir"),
        (10, "- Haga la inspecci\u00f3n previa al viaje en RutaGPS > Inspecci\u00f3n: luces, llantas, frenos,"),
        (10, "  twist locks, extintor, tri\u00e1ngulos y conexi\u00f3n del genset si lleva un reefer."),
        (10, "- Un cabezal o chasis con una falla de seguridad queda bloqueado en RutaGPS y no sale"),
        (10, "  de la base hasta que el taller lo libere."),
        None,
        (12, "2. Velocidad y conducci\u00f3n"),
        (10, "D\u00f3nde                                     Con carga          Vac\u00edo o sin chasis"),
        (10, "--------------------------------------------------------------------------------"),
        (10, "Autopista Panam\u00e1-Col\u00f3n                    80 km/h            90 km/h"),
        (10, "Carretera Trans\u00edstmica y ciudad           50 km/h            50 km/h"),
        (10, "Patio de Cativ\u00e1 y puertos                 10 km/h            10 km/h"),
        None,
        (10, "- M\u00e1ximo 10 horas de conducci\u00f3n por d\u00eda, con una pausa de 30 minutos cada 4 horas."),
        (10, "- El celular solo se usa con manos libres, y nunca dentro del patio ni de los puertos."),
        (10, "- Revise las puertas del contenedor y los twist locks al salir de cada porter\u00eda."),
        None,
        (12, "3. Alcohol y drogas"),
        (10, "Cero alcohol. Cualquier resultado mayor de 0.00 en una prueba es falta grave. Est\u00e1"),
        (10, "prohibido llevar bebidas alcoh\u00f3licas en la cabina, aunque est\u00e9n cerradas."),
    ],
    [
        (12, "4. Accidentes e incidentes en ruta"),
        (10, "1. Detenga el veh\u00edculo, encienda las luces de emergencia y coloque los tri\u00e1ngulos."),
        (10, "2. Si hay heridos, llame al 911. No mueva a los heridos salvo peligro de incendio."),
        (10, "3. Llame de inmediato al Centro de Despacho (ext 5100 o el bot\u00f3n de emergencia de"),
        (10, "   RutaGPS)."),
        (10, "4. Tome fotos del lugar, de los veh\u00edculos y de la carga, y espere a la Polic\u00eda de Tr\u00e1nsito."),
        (10, "5. Reporte el accidente en RutaGPS > Incidentes dentro de 2 horas, con las fotos."),
        (10, "6. Pase la prueba de alcohol en la base antes de volver a conducir."),
        None,
        (12, "5. Multas de tr\u00e1nsito"),
        (10, "- Las multas por faltas del conductor (velocidad, luz roja, mal estacionamiento, celular)"),
        (10, "  las paga el conductor. Las multas por el estado del equipo (luces, llantas, placas) las"),
        (10, "  paga la empresa."),
        (10, "- Informe toda multa al despachador el mismo d\u00eda y suba la foto de la multa en RutaGPS."),
        (10, "- La multa que corresponde al conductor se descuenta por planilla si no la paga dentro"),
        (10, "  de 30 d\u00edas."),
        None,
        (12, "6. Bono de seguridad"),
        (10, "El conductor sin accidentes, multas ni quejas en el mes recibe un bono de B/. 40.00 con el"),
        (10, "pago del \u00faltimo d\u00eda del mes siguiente."),
        None,
        (12, "7. Descanso y pernocta"),
        (10, "- Paradas permitidas: el \u00e1rea de descanso de la estaci\u00f3n de Sabanitas y el patio de Balboa."),
        (10, "- No se duerme en la cabina. En los viajes a Chiriqu\u00ed la pernocta es en hotel, seg\u00fan la"),
        (10, "  tabla de vi\u00e1ticos."),
        None,
        (12, "8. Acuse de recibo"),
        (10, "Cada conductor firma el acuse de recibo de esta revisi\u00f3n con su despachador antes del"),
        (10, "30/06/2031."),
        None,
        (10, "Gerencia de Transporte"),
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
    footer = f"{TITLE} \u00b7 P\u00e1gina {page_no} de {pages}"
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
            + b" /Author " + pdf_string("Gerencia de Transporte, Manglar Azul Log\u00edstica, S.A.")
            + b" /Subject " + pdf_string("Velocidad, jornada, accidentes, multas y bono de seguridad de los conductores")
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
