#!/usr/bin/env python3
"""Build docs/rh/norma-adiantamentos-emprestimos.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rh", "norma-adiantamentos-emprestimos.pdf")

TITLE = "Norma RH-09 - Adiantamentos e Empréstimos ao Pessoal"
DATE = "D:20320816100000-01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Conserveira Salamansa, S.A. \u00b7 Recursos Humanos e Processamento Salarial"),
        (16, "ADIANTAMENTOS E EMPRÉSTIMOS AO PESSOAL"),
        (12, "Norma RH-09"),
        (9, "Data: 16/08/2032 \u00b7 Em vigor: 01/09/2032 \u00b7 Aprovada pelo Administrador-delegado"),
        (9, "Substitui a Circular RH n.º 05/2031."),
        None,
        (12, "1. Adiantamento de salário"),
        (10, "- Até 40 % do salário líquido do mês, no máximo 4 adiantamentos por ano civil."),
        (10, "- Peça no SalPessoal > Pedidos > Adiantamento até ao dia 10 do mês. O adiantamento"),
        (10, "  é pago por transferência no dia 15 (ou no dia útil anterior) e descontado por"),
        (10, "  inteiro no salário desse mês."),
        (10, "- Não se dá um novo adiantamento antes de o anterior estar todo descontado."),
        None,
        (12, "2. Empréstimos ao pessoal"),
        (10, "Tipo                         Até            Juro            Prazo          Antiguidade"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Empréstimo de emergência     60 000$00      4 % ao ano      12 meses       1 ano"),
        (10, "Empréstimo escolar           20 000$00      Sem juros       10 meses       6 meses"),
        (10, "Empréstimo de desastre       80 000$00      Sem juros       24 meses       Fim do período experimental"),
        None,
        (10, "O juro é calculado sobre o capital em dívida. Só pedem empréstimo os trabalhadores com"),
        (10, "contrato sem termo ou com contrato a termo de pelo menos 12 meses."),
        (10, "O empréstimo de emergência serve para doença grave, funeral ou reparação urgente da casa."),
        (10, "Junte as faturas, o orçamento ou a declaração da funerária."),
        (10, "O empréstimo escolar pede-se de 1 de agosto a 15 de setembro de cada ano."),
        (10, "O empréstimo de desastre abre durante 90 dias depois de chuvas fortes, incêndio ou outro"),
        (10, "desastre que danifique a casa do trabalhador."),
    ],
    [
        (12, "3. Fiador e limites"),
        (10, "- Um empréstimo acima de 40 000$00 precisa de um fiador, colega com contrato sem termo."),
        (10, "- Todos os descontos de adiantamentos e empréstimos juntos não podem passar de 30 %"),
        (10, "  do vencimento ilíquido do mês."),
        (10, "- Só um empréstimo de cada tipo de cada vez."),
        None,
        (12, "4. Como pedir um empréstimo"),
        (10, "- Peça no SalPessoal > Pedidos > Empréstimo e carregue os documentos e a declaração"),
        (10, "  do fiador."),
        (10, "- O Processamento Salarial verifica a antiguidade e os descontos em 5 dias úteis."),
        (10, "- A Diretora de Recursos Humanos aprova empréstimos até 50 000$00; acima deste valor"),
        (10, "  aprova o Administrador-delegado."),
        (10, "- Os empréstimos aprovados até ao dia 20 são pagos com o salário desse mês."),
        None,
        (12, "5. Saída da empresa"),
        (10, "O saldo de um empréstimo ou adiantamento é descontado nas contas finais."),
        None,
        (12, "6. Dúvidas"),
        (10, "Processamento Salarial, ext. 215, ou Recursos Humanos, ext. 211."),
        None,
        (10, "A Diretora de Recursos Humanos"),
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
            + b" /Author " + pdf_string("Recursos Humanos e Processamento Salarial, Conserveira Salamansa, S.A.")
            + b" /Subject " + pdf_string("Adiantamentos de salário e empréstimos de emergência, escolares e de desastre")
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
