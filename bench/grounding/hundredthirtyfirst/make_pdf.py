#!/usr/bin/env python3
"""Build docs/calidad/politica-calidad-qa-y-coaching.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "calidad", "politica-calidad-qa-y-coaching.pdf")

TITLE = "Política de Calidad (QA) y Coaching - QA-02 Edición 2032"
DATE = "D:20320215090000-06'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Conecta Istmo Contact Center, S.A. de C.V. \u00b7 Gerencia de Calidad"),
        (16, "POLÍTICA DE CALIDAD (QA) Y COACHING"),
        (12, "Código QA-02 \u00b7 Edición 2032"),
        (9, "Fecha: 15/02/2032 \u00b7 Vigente desde: 01/03/2032"),
        (9, "Aplica a todas las campañas de la Sede Central y de la Sede Santa Ana."),
        None,
        (12, "1. Evaluaciones"),
        (10, "- Cada agente en producción recibe 5 evaluaciones por mes: 4 de grabaciones y 1 en vivo"),
        (10, "  (side-by-side) con un analista de Calidad."),
        (10, "- En nesting se hacen 2 evaluaciones por semana."),
        (10, "- Las evaluaciones se publican en MiConecta > Calidad dentro de 24 horas."),
        None,
        (12, "2. Formulario y pesos"),
        (10, "Categoría                  Peso     Qué se evalúa"),
        (10, "-------------------------------------------------------------------------------------"),
        (10, "Saludo y verificación      15 %     Saludo, nombre, verificación de identidad"),
        (10, "Resolución                 35 %     Diagnóstico, solución correcta, primer contacto"),
        (10, "Cumplimiento               30 %     Avisos legales, HIPAA y PCI, registro en el CRM"),
        (10, "Habilidades blandas        20 %     Empatía, tono, manejo de silencios"),
        None,
        (10, "La meta es una nota promedio de 90 % o más en el mes."),
        None,
        (12, "3. Errores críticos (la evaluación queda en 0)"),
        (10, "- Dar información a una persona no verificada. En PayLane la verificación pide 3 datos:"),
        (10, "  correo registrado, últimos 4 dígitos de la tarjeta y el código enviado por SMS."),
        (10, "- Colgar la llamada o abandonar un chat sin motivo."),
        (10, "- Tratar al cliente de forma ofensiva o discriminatoria."),
        (10, "- Anotar datos de tarjeta fuera de la pantalla segura de pago (PCI)."),
    ],
    [
        (12, "4. Calibración"),
        (10, "- Sesión semanal de calibración los martes a las 2:00 p. m., con Calidad, los supervisores"),
        (10, "  y un team leader por campaña. La diferencia aceptada entre evaluadores es de 3 puntos."),
        None,
        (12, "5. Coaching"),
        (10, "- El team leader da el coaching dentro de 48 horas después de publicada la evaluación,"),
        (10, "  en una sesión de 20 minutos en AUX 4."),
        (10, "- Con una nota promedio menor de 80 % dos meses seguidos se abre un plan de mejora (PIP)"),
        (10, "  de 30 días con metas semanales."),
        None,
        (12, "6. Disputas"),
        (10, "- Podés disputar una evaluación en MiConecta > Calidad > Disputar dentro de 3 días hábiles"),
        (10, "  después de publicada."),
        (10, "- Un analista distinto del que evaluó responde en 5 días hábiles; su decisión es final."),
        None,
        (12, "7. Grabaciones"),
        (10, "- Solo Calidad, los supervisores y los team leaders pueden escuchar las grabaciones."),
        (10, "- Ningún agente puede descargar ni copiar grabaciones."),
        None,
        (12, "8. Dudas"),
        (10, "Gerencia de Calidad, ext. 1400."),
        None,
        (10, "Lic. Fernando José Guevara, Gerente de Calidad"),
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
            + b" /Author " + pdf_string("Gerencia de Calidad, Conecta Istmo Contact Center, S.A. de C.V.")
            + b" /Subject " + pdf_string("Evaluaciones de calidad, calibraci\u00f3n, coaching y disputas")
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
