#!/usr/bin/env python3
"""Build docs/hr/avances-et-prets.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "avances-et-prets.pdf")

TITLE = "Politique des avances et prêts au personnel - HR-08 Version 3.0"
DATE = "D:20290212100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Moabi Cacao & Café S.A. \u00b7 Direction des Ressources Humaines \u00b7 Service de la Paie"),
        (16, "POLITIQUE DES AVANCES ET PRÊTS AU PERSONNEL"),
        (12, "Staff advances and loans policy \u00b7 Réf. HR-08 \u00b7 Version 3.0"),
        (9, "Date : 12/02/2029 \u00b7 En vigueur / Effective : 01/03/2029"),
        None,
        (10, "Cette politique s'applique au personnel permanent (CDI) qui a terminé sa période d'essai."),
        (10, "Les saisonniers et le personnel intérimaire n'ont droit ni aux avances ni aux prêts."),
        None,
        (12, "1. Avance sur salaire (acompte) / Salary advance"),
        (10, "- Jusqu'à 40 % du salaire net du mois, une fois par mois, au plus 8 avances par année civile."),
        (10, "- Demande dans le Kiosque RH > Mes demandes > Avance sur salaire, au plus tard le 10 du mois."),
        (10, "- L'avance est versée le 15 du mois ; si le 15 est un samedi ou un dimanche, le vendredi avant."),
        (10, "- Elle est retenue en totalité sur le salaire du même mois."),
        None,
        (12, "2. Prêts au personnel / Staff loans"),
        (10, "Type de prêt              Montant maximum    Intérêt          Remboursement    Ancienneté"),
        (10, "-------------------------------------------------------------------------------------------"),
        (10, "Prêt scolaire             300 000 FCFA       sans intérêt     10 mois          6 mois"),
        (10, "Prêt social               500 000 FCFA       3 % par an       12 mois          1 an"),
        (10, "Prêt logement             1 000 000 FCFA     5 % par an       24 mois          3 ans"),
        None,
        (10, "Le prêt scolaire aide à payer la rentrée des enfants (frais de scolarité, fournitures, tenues)."),
        (10, "Les demandes de prêt scolaire sont ouvertes du 15 juillet au 31 août de chaque année."),
        (10, "Le prêt social couvre une maladie grave, des obsèques ou un sinistre (incendie, inondation)"),
        (10, "au foyer de l'agent. Joignez les factures, le devis ou le certificat du médecin."),
        (10, "Le prêt logement sert à construire, réparer ou louer le logement principal de l'agent ;"),
        (10, "joignez le devis ou le contrat de bail."),
        (10, "L'intérêt est calculé sur le capital restant dû."),
    ],
    [
        (12, "3. Limites / Limits"),
        (10, "- Un seul prêt de chaque type à la fois. Une avance doit être remboursée avant la suivante."),
        (10, "- Le total des retenues pour avances et prêts ne dépasse jamais le tiers du salaire net."),
        (10, "- La société ne prélève pas les cotisations de njangi sur le salaire, et ne garantit aucun"),
        (10, "  prêt pris auprès d'une banque ou d'une microfinance."),
        None,
        (12, "4. Comment demander un prêt / How to apply for a loan"),
        (10, "- Faites la demande dans le Kiosque RH > Mes demandes > Nouveau prêt et joignez les pièces."),
        (10, "- La Paie vérifie votre ancienneté et vos retenues sous 5 jours ouvrables."),
        (10, "- Le DRH approuve les prêts jusqu'à 500 000 FCFA ; au-delà, le Directeur Général approuve."),
        (10, "- Un prêt approuvé avant le 20 du mois est versé avec le salaire de ce mois."),
        None,
        (12, "5. Départ de la société / Leaving the company"),
        (10, "Le solde d'un prêt ou d'une avance est retenu sur le solde de tout compte."),
        None,
        (12, "6. Questions"),
        (10, "Service de la Paie, poste 120, ou guichet RH, poste 111."),
        None,
        (10, "La Directrice des Ressources Humaines"),
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
            + b" /Author " + pdf_string("Direction des Ressources Humaines, Moabi Cacao & Café S.A.")
            + b" /Subject " + pdf_string("Avances sur salaire, prêts scolaires, sociaux et logement")
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
