#!/usr/bin/env python3
"""Build docs/rh/adiantamentos-e-emprestimos.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rh", "adiantamentos-e-emprestimos.pdf")

TITLE = "Adiantamentos e Empr\u00e9stimos ao Pessoal - RH-09 Revis\u00e3o 4"
DATE = "D:20310210090000+09'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Cooperativa Caf\u00e9 Rai-Doben \u00b7 Finan\u00e7as e Recursos Humanos"),
        (16, "ADIANTAMENTOS E EMPR\u00c9STIMOS AO PESSOAL"),
        (12, "Pol\u00edtica RH-09 \u00b7 Revis\u00e3o 4"),
        (9, "Data: 10/02/2031 \u00b7 Em vigor: 01/03/2031"),
        (9, "Esta revis\u00e3o substitui a Revis\u00e3o 3 (julho de 2028)."),
        None,
        (12, "1. Adiantamento de sal\u00e1rio"),
        (10, "- Pode pedir um adiantamento at\u00e9 40% do sal\u00e1rio l\u00edquido do m\u00eas."),
        (10, "- At\u00e9 3 adiantamentos por ano civil. Cada adiantamento \u00e9 descontado por inteiro no sal\u00e1rio seguinte."),
        (10, "- Pe\u00e7a no RHnet (Dinheiro > Adiantamento) at\u00e9 ao dia 10 do m\u00eas. O adiantamento \u00e9 pago"),
        (10, "  por transfer\u00eancia no dia 15 ou, se for fim de semana ou feriado, no dia \u00fatil anterior."),
        None,
        (12, "2. Empr\u00e9stimos"),
        (10, "Tipo                          Valor at\u00e9        Juro          Prazo           Antiguidade"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Empr\u00e9stimo de emerg\u00eancia      USD 1.200,00     Sem juros     12 meses        1 ano"),
        (10, "Empr\u00e9stimo escolar            USD 300,00       Sem juros     6 presta\u00e7\u00f5es    6 meses"),
        (10, "Empr\u00e9stimo para habita\u00e7\u00e3o     USD 2.000,00     2% ao ano     24 meses        3 anos"),
        None,
        (10, "O empr\u00e9stimo de emerg\u00eancia \u00e9 para doen\u00e7a grave, funeral ou casa danificada por cheia,"),
        (10, "deslizamento ou inc\u00eandio. Carregue no RHnet as faturas ou uma declara\u00e7\u00e3o do chefe de suco."),
        (10, "O empr\u00e9stimo escolar pede-se entre 1 de dezembro e 31 de janeiro, para o in\u00edcio do ano letivo."),
        (10, "O empr\u00e9stimo para habita\u00e7\u00e3o \u00e9 para chapas de zinco, cimento e repara\u00e7\u00f5es da casa onde vive."),
        (10, "S\u00f3 o pessoal com contrato permanente pode pedir empr\u00e9stimos."),
    ],
    [
        (12, "3. Limites e fiador"),
        (10, "- Os descontos de empr\u00e9stimos e adiantamentos juntos n\u00e3o podem passar de 30% do"),
        (10, "  sal\u00e1rio base em cada m\u00eas."),
        (10, "- S\u00f3 um empr\u00e9stimo de cada tipo de cada vez. Um adiantamento tem de estar pago antes do seguinte."),
        (10, "- Um empr\u00e9stimo acima de USD 600,00 precisa de um fiador, colega com contrato permanente."),
        None,
        (12, "4. Como pedir um empr\u00e9stimo"),
        (10, "- Pe\u00e7a no RHnet (Dinheiro > Novo empr\u00e9stimo) e carregue os documentos e o acordo do"),
        (10, "  fiador, quando for preciso."),
        (10, "- Os Sal\u00e1rios verificam a antiguidade e os descontos. O Gerente Financeiro aprova empr\u00e9stimos"),
        (10, "  at\u00e9 USD 500,00 e o Diretor Executivo aprova os empr\u00e9stimos maiores."),
        (10, "- A resposta \u00e9 dada no RHnet em 5 dias \u00fateis. O empr\u00e9stimo aprovado at\u00e9 ao dia 20 \u00e9 pago"),
        (10, "  com o sal\u00e1rio desse m\u00eas."),
        None,
        (12, "5. Sa\u00edda da cooperativa"),
        (10, "O saldo em d\u00edvida de um empr\u00e9stimo ou adiantamento \u00e9 descontado nas contas finais."),
        None,
        (12, "6. D\u00favidas"),
        (10, "Sal\u00e1rios, ext. 120, ou Gerente Financeiro, ext. 121."),
        None,
        (10, "Gerente Financeiro"),
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
            + b" /Author " + pdf_string("Gerente Financeiro, Cooperativa Caf\u00e9 Rai-Doben")
            + b" /Subject " + pdf_string("Adiantamentos de sal\u00e1rio e empr\u00e9stimos de emerg\u00eancia, escolares e para habita\u00e7\u00e3o")
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
