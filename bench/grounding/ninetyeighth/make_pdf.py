#!/usr/bin/env python3
"""Build docs/rrhh/HR-PO-07-incapacidades.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rrhh", "HR-PO-07-incapacidades.pdf")

TITLE = "Politica de incapacidades y subsidios - HR-PO-07 Edicion 3"
DATE = "D:20290212100000-06'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Guaria Medical, S.R.L. \u00b7 Recursos Humanos"),
        (16, "POL\u00cdTICA DE INCAPACIDADES Y SUBSIDIOS"),
        (12, "HR-PO-07 \u00b7 Edici\u00f3n 3"),
        (9, "Aprobada: 12/02/2029 \u00b7 Vigente desde: 01/03/2029 \u00b7 Owner: Directora de Recursos Humanos"),
        None,
        (12, "1. Incapacidad de la CCSS (enfermedad)"),
        (10, "Days of the incapacidad   Who pays                                   You receive"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Days 1 to 3               Guaria: the legal 50% plus a complement    100% of your salario"),
        (10, "                          of 50%"),
        (10, "Days 4 to 30              CCSS subsidio plus a Guaria complement     about 80% of your salario"),
        (10, "                          of 20%"),
        (10, "From day 31               CCSS subsidio only                         what the CCSS pays"),
        None,
        (10, "The complement of days 1 to 3 is paid for up to 4 incapacidades in a calendar year. From the"),
        (10, "fifth incapacidad in the same year, days 1 to 3 are paid at the legal 50% only."),
        (10, "Only an incapacidad issued by the CCSS (EBAIS, clinic, hospital or a doctor of the medicina mixta"),
        (10, "system) justifies the absence. A dictamen from a private doctor alone does not."),
        None,
        (12, "2. Riesgo del trabajo (INS)"),
        (10, "The INS pays its subsidio from the first day of an incapacidad for a work accident. Guaria adds a"),
        (10, "complement so that you receive 100% of your salario for the first 45 d\u00edas naturales."),
        (10, "The accident must have been reported with the boleta del INS (see Salud Ocupacional)."),
        None,
        (12, "3. How to report an incapacidad"),
        (10, "1. Tell your supervisor by phone before your turno starts."),
        (10, "2. Upload the incapacidad in MiGuaria > Incapacidades within 2 d\u00edas h\u00e1biles of its first day."),
        (10, "   A clear photo is enough; you do not need to bring the paper original to Recursos Humanos."),
        (10, "3. Planillas applies the incapacidad and the complement in the next quincena."),
        (10, "4. After an incapacidad of more than 7 days, go to the enfermer\u00eda before your first turno back."),
    ],
    [
        (12, "4. Incapacidad during vacaciones"),
        (10, "If you fall ill during your vacaciones and the CCSS gives you an incapacidad, those days are not"),
        (10, "counted as vacaciones. Upload the incapacidad in MiGuaria as in section 3."),
        None,
        (12, "5. Control"),
        (10, "Relaciones Laborales may check an incapacidad with the CCSS or the INS. A false or altered"),
        (10, "incapacidad is a falta grave. Your diagnosis is seen only by the m\u00e9dico de empresa; Recursos"),
        (10, "Humanos and your jefatura see only the dates."),
        None,
        (12, "6. Historial de ediciones"),
        (10, "Edici\u00f3n   Fecha        Cambio"),
        (10, "--------------------------------------------------------------------------------"),
        (10, "1         01/02/2022   First issue."),
        (10, "2         01/07/2026   Complement of 25% for days 1 to 3 and of 10% up to day 15; INS 90%"),
        (10, "                       for 30 days."),
        (10, "3         01/03/2029   Days 1 to 3 at 100% (up to 4 a year); complement of 20% up to day 30;"),
        (10, "                       INS 100% for 45 days; upload in MiGuaria within 2 d\u00edas h\u00e1biles."),
        None,
        (10, "Questions: Centro de Servicio RR.HH., ext 2200, or rrhh@guariamed.cr."),
        None,
        (10, "Directora de Recursos Humanos"),
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
            + b" /Author " + pdf_string("Recursos Humanos, Guaria Medical, S.R.L.")
            + b" /Subject " + pdf_string("Incapacidades de la CCSS y del INS, complementos y reporte")
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
