#!/usr/bin/env python3
"""Build docs/rh/conditions-emploi-saisonniers.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rh", "conditions-emploi-saisonniers.pdf")

TITLE = "Conditions d'emploi des travailleurs saisonniers - RH-08 Révision 4"
DATE = "D:20300916100000+00'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Faso Karicot SA \u00b7 Direction des ressources humaines"),
        (16, "CONDITIONS D'EMPLOI DES TRAVAILLEURS SAISONNIERS"),
        (12, "Campagne d'égrenage \u00b7 RH-08 \u00b7 Révision 4"),
        (9, "Date : 16/09/2030 \u00b7 En vigueur : 01/10/2030"),
        (9, "Cette révision remplace la Révision 3 (septembre 2029)."),
        None,
        (12, "1. Recrutement"),
        (10, "- Âge minimum : 18 ans. Pièce demandée : CNIB ou passeport en cours de validité."),
        (10, "- Recrutement au portail de l'usine du 20 au 31 octobre, de 7h00 à 12h00."),
        (10, "- Les saisonniers de la campagne précédente qui ont travaillé au moins 90 jours sont"),
        (10, "  prioritaires s'ils se présentent avant le 25 octobre."),
        None,
        (12, "2. Contrat"),
        (10, "Contrat à durée déterminée de campagne, du jour de l'embauche à la fin de la campagne,"),
        (10, "6 mois au plus. Période d'essai : 8 jours."),
        None,
        (12, "3. Rémunération"),
        (10, "Élément                        Montant                                   Quand"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Salaire journalier             3 200 FCFA par jour travaillé             par quinzaine"),
        (10, "Prime de nuit (quart C)        1 000 FCFA par nuit                       par quinzaine"),
        (10, "Repas du quart C               repas chaud gratuit à la cantine          chaque nuit"),
        (10, "Prime de fin de campagne       15 000 FCFA si au moins 90 jours          avec le solde"),
        (10, "                               travaillés"),
        (10, "Indemnité de congé             1/12 des salaires bruts du contrat        avec le solde"),
        None,
        (12, "4. Paiement"),
        (10, "- Paiement par Orange Money ou Moov Money au numéro enregistré dans MonEspace RH, au plus"),
        (10, "  tard 3 jours ouvrables après la fin de chaque quinzaine (du 1er au 15 et du 16 à la fin"),
        (10, "  du mois)."),
        (10, "- Les frais de retrait sont à la charge de la société : ils sont ajoutés au montant versé."),
        (10, "- Le solde de tout compte est versé dans les 8 jours qui suivent la fin du contrat."),
    ],
    [
        (12, "5. Camp des saisonniers"),
        (10, "Le camp (3 dortoirs, 120 places) est gratuit pour les saisonniers qui habitent à plus de"),
        (10, "15 km de l'usine. Eau, électricité, douches et un réfectoire ouvert 24 h/24 pendant la"),
        (10, "campagne. Il est interdit de cuisiner au feu de bois dans les dortoirs. Les visiteurs ne"),
        (10, "sont pas admis dans les dortoirs après 21h00."),
        None,
        (12, "6. Santé et sécurité"),
        (10, "- Visite d'embauche à l'infirmerie de l'usine avant la première prise de poste."),
        (10, "- Chaque saisonnier est déclaré à la CNSS dès son premier jour : les accidents du travail"),
        (10, "  sont couverts."),
        (10, "- Les EPI sont fournis gratuitement, selon le tableau de dotation."),
        (10, "- La formation sécurité d'accueil de 2 heures est obligatoire avant la première prise de poste."),
        None,
        (12, "7. Fin de campagne"),
        (10, "Un certificat de travail est remis avec le solde de tout compte. Le saisonnier qui le"),
        (10, "souhaite laisse son numéro dans MonEspace RH pour être prévenu de la campagne suivante."),
        None,
        (12, "8. Questions"),
        (10, "Service RH, poste 210, ou le bureau du camp, à côté du portail de l'usine."),
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
            + b" /Author " + pdf_string("Direction des ressources humaines, Faso Karicot SA")
            + b" /Subject " + pdf_string("Recrutement, contrat, paie, camp et fin de campagne des saisonniers")
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
