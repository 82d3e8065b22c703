#!/usr/bin/env python3
"""Build docs/finance/travel-and-expenses-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "finance", "travel-and-expenses-policy.pdf")

TITLE = "Travel and Expenses Policy - FIN-02 (2031)"
DATE = "D:20301215100000+00'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Montado Vivo Cortiças, S.A. \u00b7 Direção Financeira"),
        (16, "TRAVEL AND EXPENSES POLICY"),
        (12, "FIN-02 \u00b7 2031 edition"),
        (9, "Date: 15/12/2030 \u00b7 Effective: 01/01/2031"),
        None,
        (12, "1. Who this policy is for"),
        (10, "Everyone who travels on company business: sales staff of the Porto office, managers, and"),
        (10, "plant or harvest staff sent to customers, suppliers or trade fairs."),
        None,
        (12, "2. Before you travel"),
        (10, "- Trips are approved as shown in the Porto office guide; the Administradora approves trips"),
        (10, "  outside Europe."),
        (10, "- A travel advance of up to 70% of the expected costs may be asked for in Intranet Sobreiro"),
        (10, "  > Despesas at least 5 working days before the trip."),
        (10, "- Use the pool car first. Your own car is paid at \u20ac 0,40 per km, counted from your site."),
        None,
        (12, "3. Company card"),
        (10, "Sales staff hold a company card with a limit of 2.500,00 \u20ac a month. Personal spending"),
        (10, "on the card is not allowed; a slip is repaid within 10 days."),
        None,
        (12, "4. Spending limits"),
        (10, "Item                        Limit                         Note"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Customer meal               45,00 \u20ac per person            Guests' names on the claim"),
        (10, "Hotel and per diems         See the rates table FIN-03    EUR, GBP or USD"),
        (10, "Taxi                        Only without other transport  Receipt needed"),
    ],
    [
        (12, "5. Claiming"),
        (10, "- Claim in Intranet Sobreiro > Despesas within 30 days of the trip, with a photo of each"),
        (10, "  receipt (fatura with the company's NIF). Keep the paper receipt until the claim is paid."),
        (10, "- The Sales Director or your manager approves claims up to 1.500,00 \u20ac; larger claims go"),
        (10, "  to the Administradora."),
        (10, "- Approved claims are paid by bank transfer on the 10th or the 25th, whichever comes first."),
        None,
        (12, "6. Not paid"),
        (10, "Fines, personal phone calls, minibar, alcohol (except at customer meals), and travel from"),
        (10, "home to your usual site."),
        None,
        (12, "7. Questions"),
        (10, "Direção Financeira, ext. 260."),
        None,
        (10, "Direção Financeira"),
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
            + b" /Author " + pdf_string("Direção Financeira, Montado Vivo Cortiças, S.A.")
            + b" /Subject " + pdf_string("Travel advances, company card, spending limits and expense claims")
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
