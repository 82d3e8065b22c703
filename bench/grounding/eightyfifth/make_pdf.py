#!/usr/bin/env python3
"""Build docs/personale/accordo-integrativo-2037.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "personale", "accordo-integrativo-2037.pdf")

TITLE = "Accordo integrativo aziendale 2037-2039 - Caseificio Sociale Quattro Pioppe"
DATE = "D:20370220113000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Caseificio Sociale Quattro Pioppe Soc. Agr. Coop. \u00b7 Calerno di Sant'Ilario d'Enza (RE)"),
        (16, "ACCORDO INTEGRATIVO AZIENDALE 2037\u20132039"),
        (9, "Firmato a Reggio Emilia il 20/02/2037 \u00b7 In vigore dal 01/01/2037 al 31/12/2039"),
        (9, "Between the Caseificio and the RSU, with FLAI CGIL and FAI CISL di Reggio Emilia."),
        None,
        (12, "1. Orario di lavoro"),
        (10, "The orario normale is 39 ore settimanali on 6 days, in the turni published in Turni Online."),
        (10, "Who works on Sunday has a riposo compensativo in the same week."),
        None,
        (12, "2. Maggiorazioni"),
        (10, "Percentages on the paga oraria normale. They are not added one to the other: the highest applies."),
        (10, "Voce                                                        Maggiorazione"),
        (10, "----------------------------------------------------------------------------"),
        (10, "Straordinario diurno feriale                                25%"),
        (10, "Straordinario notturno (dalle 22 alle 6)                    50%"),
        (10, "Straordinario domenicale o festivo                          60%"),
        (10, "Lavoro domenicale in turno (with riposo compensativo)       15%"),
        (10, "Lavoro in turno in un giorno festivo                        50%"),
        (10, "Lavoro in turno a Natale, Capodanno, Pasqua e 1 maggio      70%"),
        (10, "The ore notturne in turno (dalle 22 alle 6) have the indennit\u00e0 oraria of the tabella indennit\u00e0."),
        None,
        (12, "3. Festivit\u00e0"),
        (10, "The caseificio works every day of the year, so on the festivit\u00e0 the reparti of production work"),
        (10, "with the turno festivo. The festivit\u00e0 is always paid in the monthly pay, also to who does not work."),
        (10, "Who works on a festivit\u00e0 receives in addition the hours worked with the maggiorazione of 50%"),
        (10, "(70% on Natale, Capodanno, Pasqua and 1 maggio)."),
        (10, "On request, instead of the payment of the hours, the worker can have a giorno di riposo"),
        (10, "compensativo within 30 days, plus a maggiorazione of 20% on the hours worked."),
        (10, "When a festivit\u00e0 falls on a Sunday (Pasqua excluded), everybody receives one day of pay"),
        (10, "more (1/26 of the monthly pay) in the busta paga of that month."),
        (10, "As festa del patrono we keep San Prospero (24 November), patrono di Reggio Emilia, for all"),
        (10, "the sedi."),
        (10, "The ufficio and the spaccio are closed on that day; the production works with the turno festivo."),
    ],
    [
        (12, "4. Premio di risultato"),
        (10, "Up to \u20ac 1.250,00 lordi per year for a full-time worker (part-time in proportion), for the period"),
        (10, "from 1 October to 30 September. It depends on the percentage of forme in prima categoria at the"),
        (10, "espertizzazioni of the period:"),
        (10, "Forme in prima categoria                   Premio"),
        (10, "--------------------------------------------------------"),
        (10, "95% or more                                100%  (\u20ac 1.250,00)"),
        (10, "from 92% to 94,9%                          70%   (\u20ac 875,00)"),
        (10, "from 88% to 91,9%                          40%   (\u20ac 500,00)"),
        (10, "under 88%                                  no premio"),
        (10, "The premio is paid with the busta paga of September. Who asks by 30 September can have it as"),
        (10, "welfare credit on the piattaforma welfare, with 10% more."),
        None,
        (12, "5. Welfare, buoni pasto, formazione"),
        (10, "- Welfare credit of \u20ac 300,00 per year, charged on the piattaforma in March."),
        (10, "- Buono pasto elettronico of \u20ac 8,00 where there is no mensa (from 01/03/2037)."),
        (10, "- 16 ore per year of formazione paid, in the orario di lavoro."),
        (10, "- The divise are given and washed by the Caseificio."),
        None,
        (12, "6. Ferie, permessi, malattia"),
        (10, "- Permessi ROL: 80 ore per year (before: 72 ore)."),
        (10, "- Malattia: integration to 100% of the normal pay from the first day, up to 180 days per year."),
        None,
        (12, "7. Durata"),
        (10, "This accordo is valid from 01/01/2037 to 31/12/2039. It remains valid until a new accordo is signed."),
        None,
        (10, "For the Caseificio: the Presidente and the Direttrice. For the workers: the RSU."),
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
            + b" /Author " + pdf_string("Direzione e Ufficio Personale, Caseificio Sociale Quattro Pioppe")
            + b" /Subject " + pdf_string("Accordo integrativo aziendale 2037-2039: maggiorazioni, festivita, premio di risultato")
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
