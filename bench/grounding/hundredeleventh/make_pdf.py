#!/usr/bin/env python3
"""Build docs/rh/norma-adiantamentos-e-emprestimos.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rh", "norma-adiantamentos-e-emprestimos.pdf")

TITLE = "Norma RH-09 - Vales, Adiantamentos e Empr\u00e9stimos ao Pessoal"
DATE = "D:20281110100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Mulembeira Coffee, Lda. \u00b7 Gest\u00e3o de Sal\u00e1rios e Direc\u00e7\u00e3o de Recursos Humanos"),
        (16, "VALES, ADIANTAMENTOS E EMPR\u00c9STIMOS AO PESSOAL"),
        (12, "Norma RH-09 \u00b7 Revis\u00e3o de Novembro de 2028"),
        (9, "Data: 10/11/2028 \u00b7 Em vigor: 01/12/2028"),
        (9, "Esta norma substitui a Norma de Vales e Adiantamentos de 12/03/2026."),
        None,
        (12, "1. Vale (salary advance)"),
        (10, "- A vale may be up to 50% of your net monthly salary."),
        (10, "- Up to 3 vales in a calendar year. Each vale is repaid in full from the salary of the"),
        (10, "  same month."),
        (10, "- Ask for it in MeuRH > Dinheiro > Vale by the 10th of the month. Approved vales are paid"),
        (10, "  on the 15th, or on the last working day before it."),
        None,
        (12, "2. Empr\u00e9stimos (staff loans)"),
        (10, "Tipo                              At\u00e9               Juro            Prazo        Antiguidade"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Emerg\u00eancia (sa\u00fade, \u00f3bito)         Kz 400.000,00     5% ao ano       18 meses     1 ano"),
        (10, "Escolar (material e propinas)     Kz 150.000,00     Sem juros       10 meses     6 meses"),
        (10, "Obras em casa (home repairs)      Kz 500.000,00     4% ao ano       24 meses     3 anos"),
        None,
        (10, "Interest is charged on the amount still owed. Only permanent staff (trabalhadores efectivos)"),
        (10, "may borrow. An emergency loan is for a medical emergency or a death in the family: upload the"),
        (10, "hospital's or the funeral home's bills. A home repairs loan is for the roof, walls, water or"),
        (10, "electricity of the house you live in: upload the builder's quotation (or\u00e7amento)."),
        (10, "Only one loan of each type at a time."),
    ],
    [
        (12, "3. Fiador (guarantor)"),
        (10, "- A loan above Kz 200.000,00 needs one guarantor who is a permanent colleague."),
        None,
        (12, "4. Limite dos descontos (limit on deductions)"),
        (10, "- All vales and loan instalments together may not be more than one third of your net"),
        (10, "  salary in any month."),
        None,
        (12, "5. Como pedir um empr\u00e9stimo (how to apply)"),
        (10, "- Apply in MeuRH > Dinheiro > Empr\u00e9stimo and upload the bills or the quotation and your"),
        (10, "  guarantor's consent."),
        (10, "- The Gestora de Sal\u00e1rios checks your service and your deductions. The Directora de Recursos"),
        (10, "  Humanos approves loans up to Kz 200.000,00 and the Director-Geral approves larger loans."),
        (10, "- Loans approved by the 20th are paid with that month's salary."),
        None,
        (12, "6. Sa\u00edda da empresa (leaving the company)"),
        (10, "Any amount still owed on a vale or a loan is taken from your final pay (acerto de contas)."),
        None,
        (12, "7. D\u00favidas"),
        (10, "Gest\u00e3o de Sal\u00e1rios, ext 120, or the HR balc\u00e3o, ext 110."),
        None,
        (10, "A Directora de Recursos Humanos"),
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
            + b" /Author " + pdf_string("Gest\u00e3o de Sal\u00e1rios e Direc\u00e7\u00e3o de Recursos Humanos, Mulembeira Coffee, Lda.")
            + b" /Subject " + pdf_string("Vales, empr\u00e9stimos de emerg\u00eancia, escolares e para obras em casa")
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
