#!/usr/bin/env python3
"""Build docs/gestion-humana/politica-prestamos-y-avances.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "gestion-humana", "politica-prestamos-y-avances.pdf")

TITLE = "Pol\u00edtica de Pr\u00e9stamos y Avances de N\u00f3mina - GH-09 (07/06/2028)"
DATE = "D:20280607101500-04'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Hojarasca Tabacos & Cacao, S.R.L. \u00b7 Gesti\u00f3n Humana y N\u00f3mina"),
        (16, "POL\u00cdTICA DE PR\u00c9STAMOS Y AVANCES DE N\u00d3MINA"),
        (12, "Salary advance and staff loan policy \u00b7 GH-09"),
        (9, "Fecha: 07/06/2028 \u00b7 Vigente desde: 01/07/2028"),
        (9, "Esta pol\u00edtica sustituye la pol\u00edtica GH-09 del 3 de marzo de 2026."),
        None,
        (12, "1. Avance de quincena (salary advance)"),
        (10, "- Factory and office staff: up to 50% of the net pay of one quincena."),
        (10, "- Farm staff: up to 50% of one week's net pay."),
        (10, "- Up to 4 advances in a calendar year. Each advance is repaid in full from your next pay."),
        (10, "- Request it in MiPortal > N\u00f3mina > Avance by Wednesday 12:00 p.m. Approved advances"),
        (10, "  are paid into your payroll account on the Friday of the same week."),
        None,
        (12, "2. Pr\u00e9stamos (staff loans)"),
        (10, "Tipo                 Hasta               Inter\u00e9s             Plazo                Antig\u00fcedad"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Emergencia         RD$ 60,000        8% anual             12 meses           6 meses"),
        (10, "Escolar               RD$ 25,000        Sin inter\u00e9s         8 quincenas        6 meses"),
        (10, "Desastre             RD$ 100,000      Sin inter\u00e9s         24 meses           Personal fijo"),
        None,
        (10, "Interest is charged on the reducing balance. Only permanent staff may borrow."),
        (10, "The emergency loan is for illness, a funeral, or damage to your home by fire or flood."),
        (10, "Upload the bills, the clinic's letter or photos of the damage in MiPortal."),
        (10, "The escolar (back-to-school) loan opens on 1 July and closes on 31 August each year."),
        (10, "The disaster loan is open for 90 days after a hurricane, storm or flood that damages"),
        (10, "your home. It can be combined with the Fondo Solidario grant."),
    ],
    [
        (12, "3. Garante y l\u00edmites"),
        (10, "- An emergency loan above RD$ 30,000 needs a garante (guarantor) who is a permanent"),
        (10, "  employee."),
        (10, "- All loan and advance deductions together may not be more than 30% of your gross pay"),
        (10, "  in any pay period."),
        (10, "- Only one loan of each type at a time. An advance must be repaid before another is paid."),
        None,
        (12, "4. C\u00f3mo solicitar un pr\u00e9stamo"),
        (10, "- Apply in MiPortal > N\u00f3mina > Pr\u00e9stamos and upload the documents and, if needed,"),
        (10, "  the garante's signed consent."),
        (10, "- N\u00f3mina checks your service and your deductions within 3 working days."),
        (10, "- The Coordinador de N\u00f3mina approves loans up to RD$ 40,000; the Gerente de Gesti\u00f3n"),
        (10, "  Humana approves larger loans."),
        (10, "- Loans approved by the 10th are paid with the quincena of the 15th; loans approved by"),
        (10, "  the 25th, with the quincena of the 30th."),
        None,
        (12, "5. Salida de la empresa"),
        (10, "Any balance on a loan or advance is deducted from your final pay."),
        None,
        (12, "6. Preguntas"),
        (10, "N\u00f3mina, ext 215, or Gesti\u00f3n Humana, ext 210."),
        None,
        (10, "Gerente de Gesti\u00f3n Humana"),
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
            + b" /Author " + pdf_string("Gesti\u00f3n Humana y N\u00f3mina, Hojarasca Tabacos & Cacao, S.R.L.")
            + b" /Subject " + pdf_string("Avances de quincena y pr\u00e9stamos de emergencia, escolares y por desastre")
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
