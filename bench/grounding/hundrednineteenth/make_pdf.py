#!/usr/bin/env python3
"""Build docs/rh/avances-et-prets-au-personnel.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rh", "avances-et-prets-au-personnel.pdf")

TITLE = "Avances et prêts au personnel - RH-09 Version 3"
DATE = "D:20290115090000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "SOBEZ S.A. \u00b7 Direction des Ressources Humaines"),
        (16, "AVANCES ET PR\u00caTS AU PERSONNEL"),
        (12, "Politique RH-09 \u00b7 Version 3"),
        (9, "Date : 15/01/2029 \u00b7 Entr\u00e9e en vigueur : 01/02/2029"),
        (9, "Cette version 3 annule et remplace la version 2 (mars 2027)."),
        None,
        (12, "1. Avance sur salaire (acompte)"),
        (10, "- Permanents : jusqu'\u00e0 50 % du salaire net du mois, 4 fois par an au maximum."),
        (10, "- Saisonniers : jusqu'\u00e0 30 % de la quinzaine en cours, apr\u00e8s 2 quinzaines travaill\u00e9es."),
        (10, "- Demande dans Espace RH > Avances avant le 15 du mois ; versement le 20 du mois par"),
        (10, "  virement ou Mobile Money. L'avance est retenue en entier sur le salaire du mois."),
        None,
        (12, "2. Avances de f\u00eate et pr\u00eats"),
        (10, "Type                  Montant maximum     Int\u00e9r\u00eat            Remboursement     Anciennet\u00e9"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Avance de f\u00eate        75 000 F CFA        sans int\u00e9r\u00eat       3 mois            6 mois"),
        (10, "Pr\u00eat scolaire         150 000 F CFA       sans int\u00e9r\u00eat       8 mois            1 an"),
        (10, "Pr\u00eat social           500 000 F CFA       5 % par an         12 mois           1 an"),
        None,
        (10, "Avance de f\u00eate : une par an, pour la Tabaski, le Ramadan, P\u00e2ques ou No\u00ebl, demand\u00e9e au"),
        (10, "moins 10 jours avant la f\u00eate."),
        (10, "Pr\u00eat scolaire : demandes du 1er juillet au 31 ao\u00fbt ; versement au plus tard le 15 septembre."),
        (10, "Pr\u00eat social : maladie grave, d\u00e9c\u00e8s dans la famille proche, incendie ou inondation du"),
        (10, "logement. Joindre les ordonnances, les factures ou le certificat de d\u00e9c\u00e8s."),
    ],
    [
        (12, "3. Limites"),
        (10, "- Le total des retenues pour avances et pr\u00eats ne peut pas d\u00e9passer le tiers (1/3) du"),
        (10, "  salaire net du mois."),
        (10, "- Un seul pr\u00eat de chaque type \u00e0 la fois. Une avance est rembours\u00e9e avant la suivante."),
        None,
        (12, "4. Approbation"),
        (10, "- Le Responsable de la paie approuve les avances et les pr\u00eats jusqu'\u00e0 200 000 F CFA."),
        (10, "- La DRH approuve les pr\u00eats de plus de 200 000 F CFA."),
        (10, "- R\u00e9ponse dans Espace RH sous 5 jours ouvrables."),
        None,
        (12, "5. D\u00e9part de la soci\u00e9t\u00e9"),
        (10, "Le solde restant d\u00fb est retenu sur le solde de tout compte."),
        None,
        (12, "6. Questions"),
        (10, "Service paie, poste 115, ou bureau RH de votre site."),
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
            + b" /Author " + pdf_string("Direction des Ressources Humaines, SOBEZ S.A.")
            + b" /Subject " + pdf_string("Avances sur salaire, avances de f\u00eate, pr\u00eats scolaires et pr\u00eats sociaux")
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
