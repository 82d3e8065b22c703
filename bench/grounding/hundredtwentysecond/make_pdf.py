#!/usr/bin/env python3
"""Build docs/rh/avances-et-prets.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rh", "avances-et-prets.pdf")

TITLE = "Politique d'avances sur salaire et de prêts au personnel - RH-07 Version 2029"
DATE = "D:20290903100000-05'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Vetiver & Essences du Sud S.A. \u00b7 Ressources humaines et Paie"),
        (16, "POLITIQUE D'AVANCES SUR SALAIRE ET DE PRÊTS AU PERSONNEL"),
        (12, "Politique RH-07 \u00b7 Version 2029"),
        (9, "Date : 03/09/2029 \u00b7 En vigueur : 01/10/2029"),
        None,
        (12, "1. Avance sur salaire"),
        (10, "- Journaliers et horaires : jusqu'à 40 % du salaire net de la quinzaine."),
        (10, "- Employés mensuels : jusqu'à 40 % du salaire net du mois."),
        (10, "- Au maximum 3 avances par année civile. Chaque avance est retenue en entier sur la paie suivante."),
        (10, "- Demande dans MonDossier > Argent > Avance sur salaire. Les avances approuvées avant le"),
        (10, "  mardi 12h00 sont versées le jeudi de la même semaine, par virement ou sur MonCash."),
        (10, "- Pas d'avance pendant la période d'essai."),
        None,
        (12, "2. Prêts au personnel"),
        (10, "Type                     Montant maximum    Intérêt          Remboursement    Ancienneté"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Prêt d'urgence           HTG 75,000         5 % par an       12 mois          1 an"),
        (10, "Prêt rentrée scolaire    HTG 40,000         Sans intérêt     10 quinzaines    6 mois"),
        (10, "Prêt cyclone / logement  HTG 150,000        Sans intérêt     24 mois          2 ans"),
        None,
        (10, "L'intérêt est calculé sur le capital restant dû. Seuls les employés permanents peuvent emprunter."),
        (10, "Le prêt d'urgence sert en cas de maladie grave, de funérailles, ou d'incendie ou d'inondation"),
        (10, "de votre maison. Joignez les factures ou une lettre de l'hôpital, du salon funéraire"),
        (10, "ou de la Protection civile."),
        (10, "Les demandes de prêt rentrée scolaire sont ouvertes du 1er juillet au 31 août de chaque année."),
        (10, "Le prêt cyclone est ouvert pendant 60 jours après un cyclone ou une tempête tropicale qui"),
        (10, "endommage votre maison."),
    ],
    [
        (12, "3. Garants et limites"),
        (10, "- Un prêt de plus de HTG 50,000 demande un garant, qui doit être un employé permanent."),
        (10, "- L'ensemble des retenues pour avances et prêts ne peut pas dépasser 30 % du salaire brut"),
        (10, "  de chaque paie."),
        (10, "- Un seul prêt de chaque type à la fois. Une avance doit être remboursée avant la suivante."),
        None,
        (12, "4. Comment demander un prêt"),
        (10, "- Faites la demande dans MonDossier > Argent > Nouveau prêt et joignez les justificatifs et"),
        (10, "  l'accord signé de votre garant."),
        (10, "- La paie vérifie votre ancienneté et vos retenues. La Responsable de la paie approuve les"),
        (10, "  prêts jusqu'à HTG 50,000 ; la Directrice administrative et financière approuve les autres."),
        (10, "- Un prêt approuvé avant le 15 du mois est versé avec la paie suivante."),
        None,
        (12, "5. Départ de l'entreprise"),
        (10, "Le solde d'un prêt ou d'une avance est retenu sur la dernière paie (solde de tout compte)."),
        None,
        (12, "6. Questions"),
        (10, "Service de la paie, poste 120, ou Ressources humaines, poste 110."),
        None,
        (10, "Responsable de la paie"),
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
            + b" /Author " + pdf_string("Ressources humaines et Paie, Vetiver & Essences du Sud S.A.")
            + b" /Subject " + pdf_string("Avances sur salaire, prêts d'urgence, de rentrée scolaire et cyclone")
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
