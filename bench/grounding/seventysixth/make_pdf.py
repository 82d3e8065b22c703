#!/usr/bin/env python3
"""Build docs/nominas/prestaciones-2036.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "nominas", "prestaciones-2036.pdf")

TITLE = "Resumen de Prestaciones 2036 - NOM-RES-01"
DATE = "D:20360108100000-06'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Arneses del Norte, S.A. de C.V. \u00b7 Recursos Humanos y N\u00f3minas"),
        (16, "RESUMEN DE PRESTACIONES 2036"),
        (12, "Summary of benefits \u00b7 NOM-RES-01"),
        (9, "Edition: January 2036 \u00b7 Applies from 01/01/2036"),
        (9, "For all colaboradores on the payroll of Arneses del Norte. Figures are above the legal minimum."),
        None,
        (12, "1. Aguinaldo"),
        (10, "- 30 days of salary, paid on Friday 12/12/2036. If you joined during the year, you receive"),
        (10, "  the proportional part."),
        None,
        (12, "2. Vacations and prima vacacional"),
        (10, "- Vacation days: see the Vacations and leave policy (RH-POL-04, edition 2036)."),
        (10, "- Prima vacacional: 50% of the pay for your vacation days, paid in the pay before your"),
        (10, "  vacation starts."),
        None,
        (12, "3. Vales de despensa"),
        (10, "- MX$1,450 a month on your electronic vales card, loaded on the last Friday of each month."),
        None,
        (12, "4. Fondo de ahorro"),
        (10, "- You save 8% of your salary and the company adds another 8%, up to the legal limit."),
        (10, "- The fund closes on 28/11/2036 and is paid with the pay of Friday 05/12/2036."),
        None,
        (12, "5. Bono de puntualidad y asistencia"),
        (10, "- 10% of your weekly wage, paid each week with no falta and no more than 1 retardo."),
        None,
        (12, "6. At a glance"),
        (10, "Benefit                     Amount                        Who"),
        (10, "------------------------------------------------------------------------------------"),
        (10, "Comedor                     $12.50 a meal                 Apodaca and Santa Catarina"),
        (10, "Transporte de personal      Free                          Apodaca and Santa Catarina"),
        (10, "Seguro de vida              24 months of salary           Everyone"),
        (10, "Beca per child              $2,500.00 MXN a year          Average of 9.0 or more"),
        (10, "Gastos m\u00e9dicos mayores     Spouse and children           Supervisors and above"),
    ],
    [
        (12, "7. Incapacidad"),
        (10, "- For an IMSS incapacidad for general illness, the IMSS pays from the 4th day. The company"),
        (10, "  pays 100% of your salary for the first 3 days."),
        None,
        (12, "8. Seguro de vida (life insurance)"),
        (10, "- Name your beneficiaries in Kiosko ADN > Mis datos. Update them after a marriage, a birth"),
        (10, "  or a death in the family."),
        None,
        (12, "9. Becas for your children"),
        (10, "- For each child in primaria or secundaria with a final average of 9.0 or more. Apply in"),
        (10, "  September in Kiosko ADN > Becas."),
        None,
        (12, "10. D\u00eda de cumplea\u00f1os"),
        (10, "- One paid day off in the month of your birthday. Ask for it in Kiosko ADN."),
        None,
        (12, "11. PTU (profit sharing)"),
        (10, "- The PTU for 2035 is paid on Friday 23/05/2036. See the payroll notice of March 2036."),
        None,
        (12, "12. Questions"),
        (10, "N\u00f3minas, ext 1120, or the RH module of your plant (ext 1110 Apodaca, ext 2110 Santa Catarina)."),
        None,
        (10, "Payroll Manager \u00b7 Human Resources Manager"),
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
            + b" /Author " + pdf_string("Recursos Humanos y N\u00f3minas, Arneses del Norte, S.A. de C.V.")
            + b" /Subject " + pdf_string("Aguinaldo, prima vacacional, vales de despensa, fondo de ahorro and other benefits")
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
