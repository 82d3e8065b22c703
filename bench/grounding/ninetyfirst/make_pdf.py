#!/usr/bin/env python3
"""Build docs/compras/manual-postos-de-compra.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "compras", "manual-postos-de-compra.pdf")

TITLE = "Manual dos Postos de Compra - Campanha 2028/29"
DATE = "D:20280904100000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Caju Mahela, Lda. \u00b7 Compras"),
        (16, "MANUAL DOS POSTOS DE COMPRA"),
        (12, "Campanha de Comercialização da Castanha 2028/29"),
        (9, "Date: 04/09/2028 \u00b7 For: chefes de posto and ajudantes de posto"),
        (9, "The opening date and hours of each post are in the table of postos de compra 2028."),
        None,
        (12, "1. Horário"),
        (10, "- The posts buy Monday to Saturday within the hours of the post. Ribáuè and Liupo buy"),
        (10, "  Monday to Friday only. No buying on Sundays, on public holidays or after dark."),
        None,
        (12, "2. Preços ao produtor"),
        (10, "Qualidade         Nut count per kg        Humidity        Price"),
        (10, "----------------------------------------------------------------------"),
        (10, "1.ª qualidade     up to 200               up to 10%       52,00 MT/kg"),
        (10, "2.ª qualidade     201 to 230              up to 10%       46,00 MT/kg"),
        None,
        (10, "Castanha with more than 230 nuts per kg or more than 10% humidity, wet castanha"),
        (10, "or castanha with the apple still on it is not bought. Test 1 kg from each delivery"),
        (10, "with the contador and the humidímetro before weighing."),
        None,
        (12, "3. Pesagem"),
        (10, "- Use only the company's platform scale. Check it every morning before buying starts"),
        (10, "  with the 20 kg test weight and record the reading in Compras-Campo."),
        (10, "- If the reading is off by more than 100 g, stop buying and call the Gestor de Compras."),
        None,
        (12, "4. Pagamento ao produtor"),
        (10, "- Cash (numerário) up to 5.000,00 MT per delivery."),
        (10, "- Above 5.000,00 MT: M-Pesa or e-Mola to the producer's own number, after seeing the"),
        (10, "  BI or the cartão de eleitor. Never to a third person's number."),
        (10, "- Print the recibo de compra from Compras-Campo: one copy for the producer, one for the post."),
        (10, "- The cash box of the post may not hold more than 150.000,00 MT. Ask the Gestor de"),
        (10, "  Compras for a cash collection when it reaches 120.000,00 MT."),
    ],
    [
        (12, "5. Armazenagem e envio"),
        (10, "- Jute sacks of 80 kg, on pallets, no more than 10 sacks high, away from the walls."),
        (10, "- Ask the factory for a truck when 8 t are in the post. The truck is loaded the same day."),
        (10, "- Every sack gets the label of the post and the date of purchase."),
        None,
        (12, "6. Fecho do dia"),
        (10, "- Count the cash with the ajudante and close the day in Compras-Campo."),
        (10, "- Send the daily report (kg bought, cash paid, cash left, sacks in stock) to Compras"),
        (10, "  by 17h00. Compras-Campo sends it by itself when the tablet has network."),
        None,
        (12, "7. Proibido"),
        (10, "- Buying from children under 18."),
        (10, "- Buying from another trader's sacks or from a producer who cannot show a BI or"),
        (10, "  cartão de eleitor for payments by M-Pesa or e-Mola."),
        (10, "- Lending the company's money, scale or tablet."),
        None,
        (12, "8. Contactos"),
        (10, "Gestor de Compras, ext. 260. Apoio TI for Compras-Campo, ext. 250."),
        None,
        (10, "Gestor de Compras"),
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
            + b" /Author " + pdf_string("Compras, Caju Mahela, Lda.")
            + b" /Subject " + pdf_string("Prices, weighing, payment and storage at the postos de compra")
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
