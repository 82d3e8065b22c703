#!/usr/bin/env python3
"""Build docs/rrhh/adelantos-y-prestamos.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rrhh", "adelantos-y-prestamos.pdf")

TITLE = "Política de adelantos y préstamos al personal - RH-09 octubre 2031"
DATE = "D:20311015090000-06'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Camaronera Estero Real, S.A. \u00b7 Recursos Humanos y Planillas"),
        (16, "POLÍTICA DE ADELANTOS Y PRÉSTAMOS AL PERSONAL"),
        (12, "Política RH-09 \u00b7 Versión de octubre de 2031"),
        (9, "Fecha: 15/10/2031 \u00b7 Vigente desde: 01/11/2031"),
        None,
        (12, "1. Adelanto de salario"),
        (10, "- Puede pedir un adelanto de hasta el 35% de su salario neto del período en curso"),
        (10, "  (semana, catorcena o quincena, según como le paguen)."),
        (10, "- Hasta 6 adelantos por año calendario. Cada adelanto se descuenta completo en su"),
        (10, "  siguiente pago."),
        (10, "- Se pide en MiPlanilla > Dinero > Adelanto. Los adelantos aprobados hasta el martes a"),
        (10, "  las 3:00 p.m. se depositan el jueves de esa misma semana."),
        None,
        (12, "2. Préstamos al personal"),
        (10, "Tipo                   Monto máximo      Interés         Plazo            Antigüedad"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Emergencia             C$ 25,000.00      4% anual        12 meses         1 año"),
        (10, "Escolar                C$ 6,000.00       Sin interés     10 catorcenas    6 meses"),
        (10, "Desastre               C$ 30,000.00      Sin interés     24 meses         Fin del período de prueba"),
        None,
        (10, "El interés se cobra sobre el saldo. Solo el personal con contrato por tiempo indeterminado"),
        (10, "puede pedir préstamos. El préstamo de emergencia es para una enfermedad grave, un funeral"),
        (10, "o daños a su vivienda por incendio o inundación; suba las facturas o la constancia."),
        (10, "El préstamo escolar (útiles, uniformes y matrícula) se pide del 15 de enero al 28 de febrero."),
        (10, "Al personal de pago semanal se le descuenta en 20 semanas."),
        (10, "El préstamo por desastre se abre por 60 días después de un huracán, una tormenta o una"),
        (10, "inundación que dañe su vivienda."),
    ],
    [
        (12, "3. Fiador y límites"),
        (10, "- Un préstamo de emergencia de más de C$ 15,000.00 necesita un fiador que sea"),
        (10, "  trabajador de la empresa con contrato por tiempo indeterminado."),
        (10, "- La suma de todas las cuotas de préstamos y adelantos no puede pasar del 30% de su"),
        (10, "  salario bruto del período."),
        (10, "- Solo un préstamo de cada tipo a la vez. Un adelanto se paga antes de pedir otro."),
        None,
        (12, "4. Cómo pedir un préstamo"),
        (10, "- Entre a MiPlanilla > Dinero > Préstamos, elija el tipo y suba las facturas o la"),
        (10, "  constancia. Si necesita fiador, él firma en MiPlanilla con su propio usuario."),
        (10, "- Planillas revisa su antigüedad y sus cuotas. La Jefa de Planillas aprueba préstamos hasta"),
        (10, "  C$ 15,000.00; los mayores los aprueba la Gerente de Recursos Humanos."),
        (10, "- Los préstamos aprobados hasta el día 20 del mes se depositan en el siguiente pago."),
        None,
        (12, "5. Si deja la empresa"),
        (10, "El saldo de cualquier préstamo o adelanto se descuenta de su liquidación final."),
        None,
        (12, "6. Dudas"),
        (10, "Planillas, ext. 3120, o Recursos Humanos, ext. 3110."),
        None,
        (10, "Gerencia de Recursos Humanos"),
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
            + b" /Author " + pdf_string("Recursos Humanos y Planillas, Camaronera Estero Real, S.A.")
            + b" /Subject " + pdf_string("Adelantos de salario, préstamos de emergencia, escolares y por desastre")
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
