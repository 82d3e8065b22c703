#!/usr/bin/env python3
"""Build docs/hr/voorschotten-en-leningen.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "voorschotten-en-leningen.pdf")

TITLE = "Regeling voorschotten en personeelsleningen - FIN-04 Versie 4"
DATE = "D:20290604100000-03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Commewijne Rijst & Logistiek N.V. \u00b7 Salarisadministratie"),
        (16, "REGELING VOORSCHOTTEN EN PERSONEELSLENINGEN"),
        (12, "FIN-04 \u00b7 Versie 4"),
        (9, "Datum: 04-06-2029 \u00b7 Ingangsdatum: 01-07-2029"),
        None,
        (12, "1. Voorschot op het loon"),
        (10, "- Uurloners: maximaal 40% van het nettoloon van \u00e9\u00e9n loonperiode."),
        (10, "- Maandloners: maximaal 40% van het netto maandsalaris."),
        (10, "- Maximaal 3 voorschotten per kalenderjaar. Een voorschot wordt in zijn geheel ingehouden"),
        (10, "  op uw volgende loon."),
        (10, "- Vraag het voorschot aan in MijnCRL > Geld > Voorschot. Aanvragen die v\u00f3\u00f3r dinsdag"),
        (10, "  12.00 uur zijn goedgekeurd, worden op donderdag van dezelfde week gestort."),
        None,
        (12, "2. Personeelsleningen"),
        (10, "Lening            Maximaal        Rente             Terugbetalen in       Dienstjaren nodig"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Noodlening        SRD 25.000      4% per jaar       18 maanden            1 jaar"),
        (10, "Schoollening      SRD 6.000       renteloos         10 loonperioden       6 maanden"),
        (10, "Woninglening      SRD 60.000      5% per jaar       48 maanden            3 jaar"),
        None,
        (10, "De rente wordt berekend over het openstaande bedrag. Alleen medewerkers in vaste dienst"),
        (10, "kunnen lenen."),
        (10, "Een noodlening is voor medische kosten of schade aan uw woning door brand of overstroming."),
        (10, "Upload de rekeningen of de offerte voor het herstel in MijnCRL."),
        (10, "De schoollening vraagt u aan van 15 augustus tot en met 15 september. Maandloners betalen"),
        (10, "de schoollening terug in 5 maanden."),
        (10, "De woninglening is voor het bouwen, kopen of herstellen van uw eigen woning."),
    ],
    [
        (12, "3. Borg en grenzen"),
        (10, "- Voor een lening boven SRD 20.000 is \u00e9\u00e9n borg nodig: een collega in vaste dienst."),
        (10, "- Alle inhoudingen voor voorschotten en leningen samen zijn niet meer dan 30% van uw"),
        (10, "  brutoloon in een loonperiode."),
        (10, "- U hebt van elk soort lening maar \u00e9\u00e9n tegelijk. Een voorschot moet terugbetaald zijn"),
        (10, "  voordat u een nieuw voorschot krijgt."),
        None,
        (12, "4. Hoe vraagt u een lening aan?"),
        (10, "- Vraag de lening aan in MijnCRL > Geld > Nieuwe lening en upload de stukken en de"),
        (10, "  toestemming van uw borg."),
        (10, "- De Salarisadministratie controleert uw dienstjaren en uw inhoudingen. De"),
        (10, "  Salarisadministratie keurt leningen goed tot SRD 20.000; de algemeen directeur keurt"),
        (10, "  grotere leningen goed."),
        (10, "- Leningen die v\u00f3\u00f3r de 20e van de maand zijn goedgekeurd, worden uitbetaald met het"),
        (10, "  eerstvolgende loon."),
        None,
        (12, "5. Uit dienst"),
        (10, "Wat u nog moet terugbetalen, wordt ingehouden op uw laatste loon."),
        None,
        (12, "6. Vragen"),
        (10, "Salarisadministratie, toestel 125, of Personeelszaken, toestel 120."),
        (10, "Mi wani sabi moro? Aksi na toestel 125. (Meer weten? Vraag het op toestel 125.)"),
        None,
        (10, "Salarisadministratie"),
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
            + b" /Author " + pdf_string("Salarisadministratie, Commewijne Rijst & Logistiek N.V.")
            + b" /Subject " + pdf_string("Voorschotten, noodleningen, schoolleningen en woningleningen")
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
