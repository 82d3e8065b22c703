#!/usr/bin/env python3
"""Build docs/rh/avances-et-prets.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rh", "avances-et-prets.pdf")

TITLE = "Règlement des avances sur salaire et des prêts au personnel - RH-07 Révision 3"
DATE = "D:20300102100000+00'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Lévrier Marée & Froid S.A. \u00b7 Direction des ressources humaines"),
        (16, "RÈGLEMENT DES AVANCES SUR SALAIRE ET DES PRÊTS"),
        (16, "AU PERSONNEL"),
        (12, "Référence RH-07 \u00b7 Révision 3"),
        (9, "Date : 02/01/2030 \u00b7 Entrée en vigueur : 01/02/2030"),
        (9, "Cette révision remplace la révision 2 du 10/01/2027."),
        None,
        (12, "1. Qui peut demander"),
        (10, "Le personnel permanent qui a terminé sa période d\u2019essai. Les journaliers de campagne ne"),
        (10, "peuvent demander ni avance ni prêt."),
        None,
        (12, "2. Avance sur salaire"),
        (10, "- Au plus 50 % du salaire net du mois, une seule avance par mois."),
        (10, "- Demande dans Dalil > Avances > Avance sur salaire au plus tard le 15 du mois ;"),
        (10, "  l\u2019avance est versée le 20 et reprise en une fois sur la paie du mois."),
        None,
        (12, "3. Avance Tabaski"),
        (10, "- Montant : 8 000 MRU au plus, remboursés en 4 mensualités à partir de la paie du mois"),
        (10, "  qui suit la fête."),
        (10, "- Demande dans Dalil > Avances > Tabaski au plus tard 21 jours avant la date prévue de"),
        (10, "  la Tabaski. La date limite exacte est donnée chaque année par la note de paie."),
        None,
        (12, "4. Prêts"),
        (10, "Prêt                              Montant maximum     Durée        Ancienneté demandée"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Prêt social                       40 000 MRU          12 mois      1 an"),
        (10, "Prêt scolaire (école, mahadra)    6 000 MRU           5 mois       1 an"),
        (10, "Prêt pèlerinage (Hajj)            60 000 MRU          24 mois      5 ans"),
        None,
        (10, "Le prêt social couvre les frais de santé, un décès dans la famille, la réparation du"),
        (10, "logement après un incendie ou une inondation. Les demandes de prêt scolaire sont reçues"),
        (10, "du 15 août au 15 octobre. Tous les prêts sont sans intérêt."),
    ],
    [
        (12, "5. Limites et approbation"),
        (10, "- Le total des retenues pour avances et prêts ne dépasse pas un tiers du salaire net."),
        (10, "- La DRH approuve les prêts jusqu\u2019à 20 000 MRU ; au-delà, le Directeur général."),
        (10, "- Un seul prêt de chaque type à la fois. Une avance est reprise avant qu\u2019une autre ne"),
        (10, "  soit versée."),
        None,
        (12, "6. Comment demander un prêt"),
        (10, "- Faites la demande dans Dalil > Avances > Nouveau prêt et joignez les justificatifs"),
        (10, "  (ordonnance, facture, certificat d\u2019inscription, devis de l\u2019agence de voyage)."),
        (10, "- Le service paie vérifie votre ancienneté et vos retenues en cours sous 5 jours"),
        (10, "  ouvrables, puis transmet le dossier pour approbation."),
        (10, "- Un prêt approuvé avant le 20 du mois est versé avec la paie du mois."),
        None,
        (12, "7. Départ de l\u2019entreprise"),
        (10, "Le solde restant d\u2019une avance ou d\u2019un prêt est retenu sur le solde de tout compte."),
        None,
        (12, "8. Questions"),
        (10, "Service paie, poste 215, ou ressources humaines, poste 210."),
        None,
        (10, "La Directrice des ressources humaines"),
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
    footer = f"{TITLE} \u00b7 Page {page_no} sur {pages}"
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
            + b" /Author " + pdf_string("Direction des ressources humaines, Lévrier Marée & Froid S.A.")
            + b" /Subject " + pdf_string("Avances sur salaire, avance Tabaski, prêts social, scolaire et pèlerinage")
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
