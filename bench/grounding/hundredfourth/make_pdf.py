#!/usr/bin/env python3
"""Build docs/rrhh/politica-prestamos-y-anticipos.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rrhh", "politica-prestamos-y-anticipos.pdf")

TITLE = "Politica de prestamos y anticipos de salario - HR-POL-09 Version 4"
DATE = "D:20290416080000-06'00'"
PAGE_W, PAGE_H = 612, 792  # US Letter in points
LEFT, TOP, BOTTOM = 56, 740, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Confecciones Merend\u00f3n, S.A. de C.V. \u00b7 Recursos Humanos y N\u00f3mina"),
        (16, "POL\u00cdTICA DE PR\u00c9STAMOS Y ANTICIPOS DE SALARIO"),
        (12, "HR-POL-09 \u00b7 Versi\u00f3n 4"),
        (9, "Fecha: 16/04/2029 \u00b7 Vigente desde: 01/05/2029 \u00b7 Aprobada por: Gerente General"),
        None,
        (12, "1. Anticipo de salario"),
        (10, "- Personal operativo: up to 40% of the salario already earned in the current pay week."),
        (10, "- Personal administrativo: up to 40% of the salario earned in the current quincena."),
        (10, "- No more than 2 anticipos in a calendar month. Each anticipo is deducted in full from"),
        (10, "  your next pay."),
        (10, "- Apply in MiPortal > Pr\u00e9stamos > Anticipo by Tuesday 12:00 m. Approved anticipos are"),
        (10, "  deposited on the Wednesday of the same week."),
        None,
        (12, "2. Pr\u00e9stamos"),
        (10, "Tipo            Monto m\u00e1ximo     Inter\u00e9s                  Plazo             Antig\u00fcedad"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Personal        L 25,000.00      1% mensual sobre saldo   hasta 12 meses    1 a\u00f1o"),
        (10, "Escolar         L 8,000.00       Sin inter\u00e9s              20 semanas        6 meses"),
        (10, "Emergencia      L 15,000.00      Sin inter\u00e9s              40 semanas        Per\u00edodo de prueba"),
        None,
        (10, "Only colaboradores with a contrato por tiempo indefinido may borrow."),
        (10, "The pr\u00e9stamo escolar is for school fees, uniforms and books of your hijos; applications are"),
        (10, "open from 2 January to 15 February."),
        (10, "The pr\u00e9stamo de emergencia is for a home damaged by a tormenta, inundaci\u00f3n or incendio. It"),
        (10, "is open for 60 days after the event, with a constancia of the municipalidad or COPECO."),
    ],
    [
        (12, "3. Aval y l\u00edmites"),
        (10, "- A pr\u00e9stamo personal over L 12,000.00 needs one aval: a colaborador with a contrato por"),
        (10, "  tiempo indefinido and at least 1 year of service."),
        (10, "- All deductions for pr\u00e9stamos and anticipos together may not be more than 30% of your"),
        (10, "  salario in any pay."),
        (10, "- Only one pr\u00e9stamo of each type at a time. An anticipo must be repaid before you ask"),
        (10, "  for another."),
        None,
        (12, "4. C\u00f3mo solicitar un pr\u00e9stamo"),
        (10, "- Apply in MiPortal > Pr\u00e9stamos > Nueva solicitud and upload the documents and the"),
        (10, "  consentimiento del aval."),
        (10, "- N\u00f3mina checks your antig\u00fcedad and your deductions. The Jefe de N\u00f3mina approves loans up to"),
        (10, "  L 15,000.00 and the Gerente de Recursos Humanos approves larger loans."),
        (10, "- Loans approved by Wednesday are deposited on Friday with the pago semanal; personal"),
        (10, "  administrativo receives them with the next quincena."),
        None,
        (12, "5. Si deja la empresa"),
        (10, "Any balance of a pr\u00e9stamo or anticipo is deducted from your liquidaci\u00f3n final."),
        None,
        (12, "6. Consultas"),
        (10, "N\u00f3mina, ext 1220, or Recursos Humanos, ext 1200."),
        None,
        (10, "Jefe de N\u00f3mina"),
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
            + b" /Author " + pdf_string("Recursos Humanos y N\u00f3mina, Confecciones Merend\u00f3n, S.A. de C.V.")
            + b" /Subject " + pdf_string("Anticipos de salario; pr\u00e9stamos personales, escolares y de emergencia")
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
