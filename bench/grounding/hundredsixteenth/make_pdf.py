#!/usr/bin/env python3
"""Build docs/gestion-humana/guia-beneficios-2029.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "gestion-humana", "guia-beneficios-2029.pdf")

TITLE = "Guía de beneficios 2029 - GH-09 versión 1"
DATE = "D:20290115080000-05'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Flores del Funza S.A.S. \u00b7 Dirección de Gestión Humana"),
        (16, "GUÍA DE BENEFICIOS 2029"),
        (12, "GH-09 \u00b7 Versión 1"),
        (9, "Fecha: 15/01/2029 \u00b7 Vigente desde: 15/01/2029"),
        (9, "Para todo el personal con contrato directo. El personal temporal tiene la prima y las cesantías de ley."),
        None,
        (12, "1. Prima de servicios"),
        (10, "- Equivale a 30 días de salario por año trabajado, pagados en dos partes iguales."),
        (10, "- La primera parte se paga antes del 30 de junio y la segunda antes del 20 de diciembre."),
        (10, "- Se calcula con el salario promedio del semestre, incluidos los recargos y las horas extra."),
        None,
        (12, "2. Cesantías e intereses"),
        (10, "- Un mes de salario por año trabajado, consignado en su fondo de cesantías antes del 14 de"),
        (10, "  febrero del año siguiente."),
        (10, "- Intereses del 12 % anual sobre las cesantías, pagados directamente a usted en enero."),
        None,
        (12, "3. Fondo de empleados FONFUNZA"),
        (10, "- Afiliación voluntaria para el personal con contrato directo y más de 3 meses en la empresa."),
        (10, "- Ahorro permanente: 3 % del salario básico, descontado por nómina en cada quincena."),
        None,
        (10, "Línea de crédito    Monto máximo                Tasa mensual   Plazo máximo   Respuesta"),
        (10, "--------------------------------------------------------------------------------------------"),
        (10, "Ordinario           4 veces sus ahorros         1,1 %          36 meses       5 días hábiles"),
        (10, "Emergencia          $ 2.500.000                 0,8 %          12 meses       48 horas"),
        (10, "Educación           $ 3.000.000 por semestre    0,6 %          6 meses        5 días hábiles"),
        (10, "Vivienda            $ 15.000.000                0,9 %          60 meses       10 días hábiles"),
        None,
        (10, "- Las cuotas se descuentan por nómina en cada quincena. Todas las deducciones juntas no pueden"),
        (10, "  pasar del 50 % de su salario."),
        (10, "- Un crédito de vivienda necesita 2 años de afiliación al fondo."),
        (10, "- El crédito de emergencia es para una calamidad doméstica, una cirugía o un daño grave en su"),
        (10, "  vivienda; se pide con el soporte del hecho."),
    ],
    [
        (12, "4. Anticipo de nómina"),
        (10, "- Hasta el 40 % de lo devengado en la quincena en curso."),
        (10, "- Máximo 2 anticipos por semestre, y nunca dos en la misma quincena."),
        (10, "- Pídalo en MiFunza > Nómina > Anticipo. Las solicitudes hechas hasta el martes a las 12:00 m."),
        (10, "  se pagan el jueves de la misma semana."),
        (10, "- No se dan anticipos en la semana del pago de la quincena ni en la del pago de la prima."),
        None,
        (12, "5. Auxilios educativos"),
        (10, "- Kit escolar: COP 180.000 por cada hijo de 4 a 17 años que estudie, máximo 3 hijos, pagado"),
        (10, "  con la segunda quincena de enero. Se pide en MiFunza hasta el 15 de enero con el certificado"),
        (10, "  de estudio."),
        (10, "- Auxilio de estudios para el trabajador: 50 % de la matrícula de un programa técnico o"),
        (10, "  tecnológico, hasta $ 1.200.000 por semestre. Requiere 1 año de antigüedad y un promedio"),
        (10, "  de notas de 3,5 o más en el semestre anterior."),
        None,
        (12, "6. Auxilio funerario"),
        (10, "- $ 1.000.000 por la muerte del cónyuge o compañero permanente, de un hijo, del padre o de la"),
        (10, "  madre. Se pide en MiFunza con el certificado de defunción dentro de los 30 días siguientes."),
        None,
        (12, "7. Cómo pedir un crédito del fondo"),
        (10, "1. Entre a MiFunza > Fondo de empleados > Solicitar crédito y escoja la línea."),
        (10, "2. Suba los soportes: cotización, recibo de matrícula o promesa de compraventa."),
        (10, "3. El comité de crédito del fondo estudia la solicitud y la respuesta le llega a MiFunza."),
        (10, "4. Firme el pagaré electrónico en MiFunza; el dinero se consigna en su cuenta de nómina."),
        None,
        (12, "8. Preguntas"),
        (10, "Nómina, ext. 215 \u00b7 Fondo de empleados FONFUNZA, ext. 218 \u00b7 Bienestar, ext. 220."),
        None,
        (10, "Dirección de Gestión Humana"),
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
            + b" /Author " + pdf_string("Dirección de Gestión Humana, Flores del Funza S.A.S.")
            + b" /Subject " + pdf_string("Prima, cesantías, fondo de empleados, anticipos y auxilios educativos")
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
