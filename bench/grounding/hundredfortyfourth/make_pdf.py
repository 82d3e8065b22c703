#!/usr/bin/env python3
"""Build docs/rrhh/reglament-allotjament-personal.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rrhh", "reglament-allotjament-personal.pdf")

TITLE = "Reglament de l'allotjament del personal - RH-08 Revisi\u00f3 4"
DATE = "D:20281002100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Isard Neu i Muntanya, SA \u00b7 Servei de Personal \u00b7 Allotjament del personal"),
        (16, "REGLAMENT DE L'ALLOTJAMENT DEL PERSONAL"),
        (12, "Reglament RH-08 \u00b7 Revisi\u00f3 4"),
        (9, "Data: 02/10/2028 \u00b7 Vigent: 01/11/2028"),
        (9, "Aquesta revisi\u00f3 substitueix la Revisi\u00f3 3 (octubre de 2026)."),
        None,
        (12, "1. Resid\u00e8ncies"),
        (10, "- Resid\u00e8ncia Els Plans, Canillo: 48 places, a 15 minuts de Soldeu amb el bus del personal."),
        (10, "- Resid\u00e8ncia Prat del Riu, Encamp: 36 places, al costat de la parada del Funicamp."),
        (10, "Les places s'assignen per ordre de petici\u00f3 a ElMeuPortal > Allotjament; el personal que ve"),
        (10, "de fora d'Andorra t\u00e9 prefer\u00e8ncia durant el primer mes de contracte."),
        None,
        (12, "2. Preus (temporada 2028-29)"),
        (10, "Tipus                                    Preu al mes       Inclou"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Habitaci\u00f3 doble (per persona)            210,00 \u20ac          Llum, aigua, calefacci\u00f3, wifi"),
        (10, "Habitaci\u00f3 individual                     320,00 \u20ac          Llum, aigua, calefacci\u00f3, wifi"),
        (10, "Estudi per a parella (per estudi)         450,00 \u20ac          Tot l'anterior i cuina pr\u00f2pia"),
        (10, "Fian\u00e7a (una sola vegada)                 300,00 \u20ac          Es retorna dins de 30 dies"),
        None,
        (10, "El lloguer es descompta de la n\u00f2mina de cada mes. El primer i l'\u00faltim mes es paguen"),
        (10, "per dies, des del dia d'entrada fins al dia de sortida. La fian\u00e7a es descompta de la primera"),
        (10, "n\u00f2mina."),
    ],
    [
        (12, "3. Normes de conviv\u00e8ncia"),
        (10, "- Silenci de 23.00 h a 7.00 h. Molts companys comencen el torn a les 7.00 h."),
        (10, "- Visites fins a les 22.00 h, sempre acompanyades. Cap convidat no pot dormir a la resid\u00e8ncia."),
        (10, "- No es pot fumar ni vapejar a l'interior. No s'hi admeten animals."),
        (10, "- Cada resident neteja la seva habitaci\u00f3; la cuina comuna es deixa neta despr\u00e9s de cada \u00fas."),
        (10, "- El responsable d'allotjament fa una inspecci\u00f3 al mes, amb un av\u00eds de 24 hores."),
        None,
        (12, "4. Sortida"),
        (10, "- Deixa l'habitaci\u00f3 buida i neta abans de les 12.00 h del dia seg\u00fcent a l'\u00faltim dia"),
        (10, "  de contracte, i torna les claus al responsable d'allotjament."),
        (10, "- La fian\u00e7a es retorna dins de 30 dies, menys el cost dels danys o de la neteja que calgui."),
        (10, "- Una clau perduda costa 40 \u20ac."),
        None,
        (12, "5. Incompliments"),
        (10, "- Primer incompliment: av\u00eds per escrit."),
        (10, "- Segon incompliment en la mateixa temporada: sanci\u00f3 de 60 \u20ac, descomptada de la n\u00f2mina."),
        (10, "- Tercer incompliment: p\u00e8rdua de l'habitaci\u00f3, amb 7 dies de preav\u00eds."),
        None,
        (12, "6. Contacte"),
        (10, "Allotjament del personal, ext. 2140, o allotjament@isardmuntanya.ad."),
        None,
        (10, "Responsable d'Allotjament del personal"),
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
            + b" /Author " + pdf_string("Servei de Personal - Allotjament, Isard Neu i Muntanya, SA")
            + b" /Subject " + pdf_string("Residencies del personal: preus, fianca, normes i sortida")
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
