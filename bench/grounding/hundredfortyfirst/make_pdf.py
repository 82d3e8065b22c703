#!/usr/bin/env python3
"""Build docs/hr/voitures-de-service.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "voitures-de-service.pdf")

TITLE = "Politique voitures de service - FLT-01 Revision 3"
DATE = "D:20300902100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Alzette Fret & Logistique S.A. \u00b7 Gestion de flotte"),
        (16, "POLITIQUE VOITURES DE SERVICE"),
        (12, "Politique FLT-01 \u00b7 Révision 3"),
        (9, "Date : 02/09/2030 \u00b7 En vigueur : 01/10/2030"),
        (9, "Cette révision remplace la révision 2 (janvier 2028)."),
        None,
        (12, "1. Qui a une voiture"),
        (10, "Catégorie   Qui                                      Budget de leasing      Usage privé"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "A           Direction                                1 250,00 € par mois    oui"),
        (10, "B           Cadres, commerciaux, chefs de site       850,00 € par mois      oui"),
        (10, "C           Autres salariés (voitures de pool)       -                      non"),
        None,
        (10, "Les voitures de pool se réservent dans FleetBox > Réserver, au plus tard la veille à 16h00."),
        None,
        (12, "2. Type de voiture"),
        (10, "Toute nouvelle commande est une voiture 100 % électrique. Les voitures hybrides déjà livrées"),
        (10, "restent en service jusqu'à la fin de leur contrat de leasing."),
        None,
        (12, "3. Usage privé"),
        (10, "L'usage privé est autorisé pour les catégories A et B, aussi pour les trajets vers le domicile"),
        (10, "en France, en Belgique ou en Allemagne. L'avantage en nature est calculé par la Paie selon la"),
        (10, "réglementation fiscale en vigueur. Les trajets privés hors de la Grande Région demandent"),
        (10, "l'accord préalable du Fleet Manager dans FleetBox."),
        None,
        (12, "4. Recharge"),
        (10, "Chaque voiture a une carte de recharge FleetBox, valable au Luxembourg et à l'étranger."),
        (10, "La recharge à domicile est remboursée à 0,25 € par kWh. La wallbox transmet le relevé"),
        (10, "à FleetBox et le montant est versé chaque mois avec le salaire."),
    ],
    [
        (12, "5. Accident ou dommage"),
        (10, "- Remplissez un constat amiable sur place et prenez des photos."),
        (10, "- Déclarez le sinistre dans FleetBox > Sinistre dans les 24 heures, avec le constat et les photos."),
        (10, "- En cas d'accident responsable, la franchise à charge du conducteur est de 500,00 €."),
        (10, "- Un pare-brise fissuré se signale aussi dans FleetBox; ne roulez pas si la vue est gênée."),
        None,
        (12, "6. Amendes"),
        (10, "Les amendes sont à charge du conducteur. Les avis reçus de France, de Belgique ou d'Allemagne"),
        (10, "sont transmis au conducteur dans les 5 jours ouvrables."),
        None,
        (12, "7. Formation"),
        (10, "Tout nouveau conducteur suit la formation F-08 Conduite économique et sûre dans les 6 mois"),
        (10, "après la remise de la voiture."),
        None,
        (12, "8. Départ de l'entreprise"),
        (10, "La voiture, les deux clés et la carte de recharge sont rendues le dernier jour de travail."),
        (10, "Les frais de remise en état au-delà de l'usure normale sont retenus sur le solde de tout compte."),
        None,
        (12, "9. Questions"),
        (10, "Fleet Manager, M. Yannick Lambert, poste 2450."),
        None,
        (10, "Direction administrative et financière"),
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
            + b" /Author " + pdf_string("Gestion de flotte, Alzette Fret & Logistique S.A.")
            + b" /Subject " + pdf_string("Voitures de service, recharge, accidents et amendes")
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
