#!/usr/bin/env python3
"""Build docs/rh/avances-et-prets.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rh", "avances-et-prets.pdf")

TITLE = "Note de service n\u00b0 2029/031 - Avances sur salaire et pr\u00eats au personnel"
DATE = "D:20291022100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "COTOLOG SA \u00b7 Direction g\u00e9n\u00e9rale \u00b7 Ressources humaines"),
        (16, "NOTE DE SERVICE N\u00b0 2029/031"),
        (12, "Avances sur salaire et pr\u00eats au personnel"),
        (9, "Moundou, le 22/10/2029 \u00b7 Applicable au 01/11/2029"),
        (9, "La pr\u00e9sente note annule et remplace la note de service n\u00b0 2026/012."),
        None,
        (12, "1. Avance sur salaire (agents permanents)"),
        (10, "- Jusqu'\u00e0 50 % du salaire net du mois, au plus 4 avances par ann\u00e9e civile."),
        (10, "- Demande dans PaieLog (Avances > Avance sur salaire) avant le 15 du mois."),
        (10, "- L'avance est vers\u00e9e le 18 du mois (ou le jour ouvr\u00e9 suivant) et retenue en totalit\u00e9"),
        (10, "  sur le salaire du m\u00eame mois."),
        None,
        (12, "2. Acompte des saisonniers"),
        (10, "- Apr\u00e8s une premi\u00e8re quinzaine compl\u00e8te, un saisonnier peut demander un acompte"),
        (10, "  de 5 000 F au plus par quinzaine, au bureau de la paie ou au bureau du centre de Sarh."),
        (10, "- L'acompte est pay\u00e9 \u00e0 la caisse le vendredi qui suit la demande et retenu sur la paie"),
        (10, "  de la quinzaine."),
        None,
        (12, "3. Avance de f\u00eate"),
        (10, "- Une avance de f\u00eate par ann\u00e9e civile, pour l'A\u00efd el-Fitr, la Tabaski ou No\u00ebl, au choix."),
        (10, "- Permanents : jusqu'\u00e0 40 000 F, rembours\u00e9s en 4 mensualit\u00e9s."),
        (10, "- Saisonniers pr\u00e9sents depuis au moins 1 mois : jusqu'\u00e0 10 000 F, retenus sur les"),
        (10, "  2 quinzaines suivantes."),
        (10, "- Les dates de demande et de versement sont annonc\u00e9es par le service paie pour chaque f\u00eate."),
        None,
        (12, "4. Pr\u00eats au personnel (agents permanents)"),
        (10, "Type de pr\u00eat           Montant maximum    Dur\u00e9e maximum    Anciennet\u00e9    Int\u00e9r\u00eat"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Pr\u00eat social             300 000 F          12 mois          1 an          sans int\u00e9r\u00eat"),
        (10, "Pr\u00eat d'\u00e9quipement       500 000 F          24 mois          3 ans         3 % par an"),
        (10, "Pr\u00eat scolaire           100 000 F          8 mois           6 mois        sans int\u00e9r\u00eat"),
    ],
    [
        (12, "5. Conditions des pr\u00eats"),
        (10, "- Pr\u00eat social : maladie grave, d\u00e9c\u00e8s dans la famille, maison d\u00e9truite par la pluie ou le feu."),
        (10, "  Joignez les justificatifs (ordonnance, certificat de d\u00e9c\u00e8s, attestation du chef de quartier)."),
        (10, "- Pr\u00eat d'\u00e9quipement : moto, v\u00e9lo, t\u00f4les pour la toiture, panneau solaire ; joignez la"),
        (10, "  facture pro forma du vendeur."),
        (10, "- Pr\u00eat scolaire : demandes re\u00e7ues du 1er septembre au 15 octobre."),
        (10, "- Un seul pr\u00eat de chaque type \u00e0 la fois. Les int\u00e9r\u00eats sont calcul\u00e9s sur le capital restant d\u00fb."),
        (10, "- Demande dans PaieLog (Avances > Nouveau pr\u00eat), avec les pi\u00e8ces justificatives."),
        None,
        (12, "6. Limite des retenues"),
        (10, "Le total des retenues pour avances et pr\u00eats ne peut pas d\u00e9passer le tiers (33 %)"),
        (10, "du salaire net du mois."),
        None,
        (12, "7. D\u00e9cision"),
        (10, "- Le chef de service donne son avis, les Ressources humaines v\u00e9rifient l'anciennet\u00e9 et les"),
        (10, "  retenues, puis le Directeur administratif et financier d\u00e9cide."),
        (10, "- Au-del\u00e0 de 300 000 F, la d\u00e9cision revient au Directeur g\u00e9n\u00e9ral."),
        (10, "- La r\u00e9ponse est donn\u00e9e dans PaieLog sous 10 jours ouvr\u00e9s."),
        None,
        (12, "8. D\u00e9part de l'entreprise"),
        (10, "Le solde restant d\u00fb sur une avance ou un pr\u00eat est retenu sur le solde de tout compte."),
        None,
        (12, "9. Questions"),
        (10, "Service paie, poste 1510, ou Ressources humaines, poste 1500."),
        None,
        (10, "Le Directeur g\u00e9n\u00e9ral"),
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
            + b" /Author " + pdf_string("Direction g\u00e9n\u00e9rale et Ressources humaines, COTOLOG SA")
            + b" /Subject " + pdf_string("Avances sur salaire, acomptes, avances de f\u00eate et pr\u00eats au personnel")
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
