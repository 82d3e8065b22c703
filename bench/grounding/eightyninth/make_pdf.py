#!/usr/bin/env python3
"""Build docs/rh/politique-missions.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "rh", "politique-missions.pdf")

TITLE = "Politique voyages et missions - FI-04 Revision 4"
DATE = "D:20280915100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Huileries Dar Zitoun S.A. \u00b7 Direction Administrative et Financi\u00e8re"),
        (16, "POLITIQUE VOYAGES ET MISSIONS"),
        (12, "Proc\u00e9dure FI-04 \u00b7 R\u00e9vision 4"),
        (9, "Date: 15/09/2028 \u00b7 Effective: 01/10/2028 \u00b7 Owner: DAF"),
        (9, "This revision replaces R\u00e9vision 3 (January 2026)."),
        None,
        (12, "1. Ordre de mission"),
        (10, "- Every trip needs an ordre de mission in MonEspace RH, approved by your chef de service."),
        (10, "- Missions abroad are also approved by the DAF, at least 10 days before departure"),
        (10, "  (30 days for a country that needs a visa)."),
        None,
        (12, "2. Avance sur frais"),
        (10, "- You may ask for an avance of up to 70% of the estimated costs."),
        (10, "- It is paid 3 jours ouvrables before departure."),
        None,
        (12, "3. Travel"),
        (10, "- Flights are booked by the bureau export in Tunis, in economy class."),
        (10, "- Business class only for a flight of more than 6 hours, with the approval of the DG."),
        (10, "- Tunis-Sfax: train in 1st class or the company car; your own car at the IND-03 rate."),
        None,
        (12, "4. Hotel ceilings abroad (per night, breakfast included)"),
        (10, "Destination                                        Ceiling"),
        (10, "--------------------------------------------------------------"),
        (10, "Europe                                             150 EUR"),
        (10, "Paris, London, Geneva                              190 EUR"),
        (10, "Gulf countries and North America                   200 EUR"),
        (10, "Africa and other countries                         130 EUR"),
        (10, "In Tunisia, see IND-05 in the allowances table."),
    ],
    [
        (12, "5. Daily allowances"),
        (10, "- The indemnit\u00e9s journali\u00e8res are in the allowances table: IND-04, IND-06 and IND-07."),
        (10, "- A meal paid by a customer or included in a fair package is deducted at 25% of the"),
        (10, "  daily allowance."),
        None,
        (12, "6. Currency and card"),
        (10, "- Devises are drawn by the DAF under the company's allocation voyages d'affaires."),
        (10, "- Unused devises are returned to the DAF within 7 days of your return."),
        (10, "- Commerciaux export hold a company card limited to 3 000 EUR a month."),
        None,
        (12, "7. Note de frais"),
        (10, "- Enter your note de frais in MonEspace RH > Frais within 10 jours ouvrables after your"),
        (10, "  return, with scanned receipts."),
        (10, "- Send the original receipts to the comptabilit\u00e9 within 30 days."),
        (10, "- Notes validated by the 20th of the month are repaid with that month's salary."),
        None,
        (12, "8. Questions"),
        (10, "DAF, poste 260; bureau export, poste 600."),
        None,
        (10, "Directeur Administratif et Financier"),
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
            + b" /Author " + pdf_string("Direction Administrative et Financi\u00e8re, Huileries Dar Zitoun S.A.")
            + b" /Subject " + pdf_string("Ordres de mission, avances sur frais, hotel ceilings and notes de frais")
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
