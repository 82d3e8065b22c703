#!/usr/bin/env python3
"""Build docs/pharmacie/reglement-pharmacie.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "pharmacie", "reglement-pharmacie.pdf")

TITLE = "Règlement de la pharmacie - PHA-01 (2031)"
DATE = "D:20310602100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line.
PAGES = [
    [
        (10, "Polyclinique de l'Estuaire \u00b7 Pharmacie centrale \u00b7 Libreville"),
        (16, "RÈGLEMENT DE LA PHARMACIE"),
        (12, "Commandes, stocks et médicaments des services \u00b7 PHA-01"),
        (9, "Date : 02/06/2031 \u00b7 Applicable le : 16/06/2031"),
        None,
        (12, "1. Commandes ordinaires"),
        (10, "- Chaque service saisit une commande par semaine dans PharmaStock, le mardi avant 12h00."),
        (10, "- La pharmacie livre les services de Libreville le jeudi à partir de 9h00."),
        (10, "- Owendo : la navette pharmacie passe le mardi et le vendredi."),
        (10, "- Port-Gentil : commande mensuelle saisie avant le 5 du mois, expédiée par fret le 10."),
        (10, "- Les quantités respectent les seuils mini et maxi du tableau PHA-01-A (seuils de stock"),
        (10, "  des services)."),
        None,
        (12, "2. Commandes urgentes"),
        (10, "- Le service apporte un bon d'urgence signé par un médecin au guichet de la pharmacie,"),
        (10, "  ouvert de 8h00 à 17h00 du lundi au vendredi et de 8h00 à 12h00 le samedi."),
        (10, "- En dehors de ces horaires, appelez le pharmacien d'astreinte par le standard (poste 2000)."),
        (10, "  Il délivre dans les 30 minutes."),
        (10, "- La pharmacie saisit le bon d'urgence dans PharmaStock le jour ouvré suivant."),
        None,
        (12, "3. Stupéfiants"),
        (10, "- Les stupéfiants sont rangés dans une armoire à double clé ; le cadre et l'infirmier"),
        (10, "  responsable gardent chacun une clé."),
        (10, "- Le stock est compté chaque jour, à la relève du matin, et le comptage est signé dans"),
        (10, "  le registre des stupéfiants."),
        (10, "- Toute différence est signalée au pharmacien dans l'heure."),
        (10, "- Les ampoules vides et entamées sont rendues à la pharmacie avec l'ordonnance."),
    ],
    [
        (12, "4. Réfrigérateurs à médicaments"),
        (10, "- Température à garder : de 2 °C à 8 °C."),
        (10, "- Relevé deux fois par jour, à 8h00 et à 20h00, dans PharmaStock sur la tablette du service."),
        (10, "- Hors de la plage : ne pas utiliser les produits, prévenir la pharmacie (poste 2500) et"),
        (10, "  attendre son avis."),
        (10, "- Ne jamais ranger d'aliments ni de prélèvements dans un réfrigérateur à médicaments."),
        None,
        (12, "5. Péremption"),
        (10, "- Contrôle le premier lundi de chaque mois."),
        (10, "- Les produits qui périment dans moins de 3 mois sont signalés dans PharmaStock."),
        (10, "- Les produits périmés sont rendus à la pharmacie ; ils ne vont jamais dans les déchets DASRI."),
        None,
        (12, "6. Chariot d'urgence"),
        (10, "- Vérifié et scellé après chaque utilisation et chaque mercredi ; le numéro du scellé est"),
        (10, "  noté dans le classeur du chariot."),
        None,
        (12, "7. Inventaire annuel 2031"),
        (10, "- Inventaire des services du lundi 15/12/2031 au mercredi 17/12/2031."),
        (10, "- Pas de commande ordinaire pendant l'inventaire : la commande de la semaine est saisie"),
        (10, "  le mardi 09/12/2031."),
        None,
        (12, "8. Questions"),
        (10, "Pharmacie, poste 2500."),
        None,
        (10, "Dr Léa Bivigou, pharmacienne-cheffe"),
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
            + b" /Author " + pdf_string("Pharmacie centrale, Polyclinique de l'Estuaire")
            + b" /Subject " + pdf_string("Commandes, stocks, stupéfiants et réfrigérateurs des services")
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
