#!/usr/bin/env python3
"""Build docs/rh/frais-de-mission.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rh", "frais-de-mission.pdf")

TITLE = "Note de service DG n\u00b0 2031-07 - Frais de mission et d\u00e9placements"
DATE = "D:20310414100000+03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Mwezi Ylang & \u00c9pices SA \u00b7 Direction g\u00e9n\u00e9rale"),
        (16, "FRAIS DE MISSION ET D\u00c9PLACEMENTS"),
        (12, "Note de service DG n\u00b0 2031-07"),
        (9, "Date : 14/04/2031 \u00b7 Application : 01/05/2031"),
        (9, "Cette note remplace la note de service DG n\u00b0 2029-03."),
        None,
        (12, "1. Avant la mission"),
        (10, "- L'ordre de mission est saisi dans RH-Direct > Missions et valid\u00e9 au moins 5 jours"),
        (10, "  ouvrables avant le d\u00e9part."),
        (10, "- Les missions \u00e0 l'\u00e9tranger (salons, visites de clients) sont valid\u00e9es par la"),
        (10, "  directrice g\u00e9n\u00e9rale."),
        None,
        (12, "2. Transport"),
        (10, "- Les billets d'avion entre Ngazidja, Ndzuani et Mwali sont r\u00e9serv\u00e9s par le service RH"),
        (10, "  uniquement."),
        (10, "- Le bateau n'est pas autoris\u00e9 pour une mission, sauf pour accompagner des marchandises,"),
        (10, "  avec l'accord du directeur administratif et financier."),
        (10, "- Taxis : frais r\u00e9els, plafond 2 500 KMF par trajet."),
        None,
        (12, "3. Indemnit\u00e9s"),
        (10, "Destination                          Indemnit\u00e9 par jour     H\u00e9bergement (plafond par nuit)"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Ngazidja, Ndzuani, Mwali             12 500 KMF               22 000 KMF"),
        (10, "Mayotte, Madagascar, La R\u00e9union       75 EUR                   95 EUR"),
        (10, "France et Europe                     110 EUR                  140 EUR"),
        (10, "Moyen-Orient et Inde                 100 EUR                  130 EUR"),
        None,
        (10, "Le jour du d\u00e9part, si l'avion part apr\u00e8s 14h00, une demi-indemnit\u00e9 est vers\u00e9e."),
        (10, "L'indemnit\u00e9 couvre les repas et les petits frais. Le minibar et le pressing ne sont pas pris"),
        (10, "en charge, sauf le pressing pour une mission de plus de 5 nuits."),
    ],
    [
        (12, "4. Avance"),
        (10, "- Une avance de 80 % des indemnit\u00e9s pr\u00e9vues est vers\u00e9e 2 jours ouvrables avant le d\u00e9part,"),
        (10, "  sur le compte ou le porte-monnaie mobile d\u00e9clar\u00e9 \u00e0 RH."),
        None,
        (12, "5. Justificatifs"),
        (10, "- Envoyez les photos des factures et des cartes d'embarquement dans RH-Direct > Missions"),
        (10, "  dans les 7 jours qui suivent le retour ; les originaux vont \u00e0 la comptabilit\u00e9 (poste 1012)."),
        (10, "- Les factures d'h\u00f4tel sont au nom de Mwezi Ylang & \u00c9pices SA et font appara\u00eetre la"),
        (10, "  TCA (10 %). Une facture sans TCA n'est rembours\u00e9e que sur accord du DAF."),
        (10, "- Une mission sans justificatifs apr\u00e8s 30 jours est retenue sur le salaire suivant."),
        None,
        (12, "6. Accord"),
        (10, "- Le chef de service approuve les missions jusqu'\u00e0 150 000 KMF."),
        (10, "- Au-del\u00e0, le directeur administratif et financier approuve."),
        None,
        (12, "7. Questions"),
        (10, "Comptabilit\u00e9, poste 1012, ou service RH, poste 1020."),
        None,
        (10, "La Directrice g\u00e9n\u00e9rale"),
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
            + b" /Author " + pdf_string("Direction g\u00e9n\u00e9rale, Mwezi Ylang & \u00c9pices SA")
            + b" /Subject " + pdf_string("Frais de mission, indemnit\u00e9s et d\u00e9placements entre les \u00eeles")
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
