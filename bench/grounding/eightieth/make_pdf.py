#!/usr/bin/env python3
"""Build docs/brakker/husreglement-brakkene.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "brakker", "husreglement-brakkene.pdf")

TITLE = "Husreglement for brakkene - HMS-09"
DATE = "D:20360918100000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Kvitbrim Laks AS \u00b7 Straumvika \u00b7 Vaktmester og HMS"),
        (16, "HUSREGLEMENT FOR BRAKKENE P\u00c5 STRAUMVIKA"),
        (12, "HMS-09"),
        (9, "Gjelder fra 01.10.2036 \u00b7 Godkjent av daglig leder 18.09.2036"),
        (9, "Dette reglementet erstatter husreglene fra mai 2033."),
        None,
        (12, "1. Hvem bor her"),
        (10, "Brakke A, B and C have 48 rom for sesongansatte and innleide who work at the anlegget."),
        (10, "HR and Nordvakt Bemanning AS give out the rom. You may not change rom yourself."),
        None,
        (12, "2. Leie og depositum"),
        (10, "Hva                              Sats                    Trekkes"),
        (10, "------------------------------------------------------------------------------------"),
        (10, "Leie                             kr 95 per d\u00f8gn         Av byr\u00e5et / p\u00e5 l\u00f8nnslippen"),
        (10, "Depositum for n\u00f8kkelkort        kr 500                  Betales tilbake ved utflytting"),
        (10, "Gebyr, rom ikke vasket           NOK 1 500,00            P\u00e5 l\u00f8nnslippen / av byr\u00e5et"),
        (10, "Tapt n\u00f8kkelkort                  depositumet beholdes"),
        None,
        (12, "3. Ro"),
        (10, "- Ro kl. 22:00\u201306:00 from Sunday to Thursday night, and kl. 23:00\u201307:00 on Friday"),
        (10, "  and Saturday night."),
        (10, "- Many people sleep in the day after senskift and vaskeskift. Keep the noise low also"),
        (10, "  in the day, and no musikk with h\u00f8yttaler in the gangene."),
        None,
        (12, "4. Bes\u00f8k"),
        (10, "- Bes\u00f8k is allowed until kl. 22:00. Overnattingsbes\u00f8k is not allowed."),
        (10, "- You are responsible for your bes\u00f8k, and the bes\u00f8k must leave with you."),
    ],
    [
        (12, "5. R\u00f8yking og brann"),
        (10, "- R\u00f8yking only in the r\u00f8ykeskuret by the parkeringsplassen, minimum 10 meter from the"),
        (10, "  brakkene. Also e-sigaretter."),
        (10, "- No open fire and no kokeplate on the rom. Cooking only in the felleskj\u00f8kkenet."),
        (10, "- Never cover or take down the r\u00f8ykvarsleren. We have brann\u00f8velse 2 times a year."),
        None,
        (12, "6. Renhold"),
        (10, "- Keep your own rom clean. The vaktmester checks the rom once a month."),
        (10, "- Felleskj\u00f8kkenet, bad and gang are cleaned after the vaskelista every Thursday."),
        (10, "  The vaktmester checks on Friday at kl. 12:00."),
        (10, "- Vaskerommet is in brakke B. Book the vaskemaskin on the list on the door."),
        None,
        (12, "7. N\u00e5r du flytter ut"),
        (10, "- Empty and wash the rom before kl. 10:00 the last day."),
        (10, "- Put the n\u00f8kkelkort in the postkassa by the vaktmesterkontoret."),
        (10, "- If the rom is not clean, the gebyr in point 2 is trukket."),
        None,
        (12, "8. Alkohol"),
        (10, "Alkohol is allowed on your own rom, not in the felleskj\u00f8kkenet or outside. Nobody comes"),
        (10, "to work in the produksjonen or on the b\u00e5t with alkohol in the blood."),
        None,
        (12, "9. Kontakt"),
        (10, "Vaktmester, internnr. 4400, mandag\u2013fredag kl. 07:00\u201315:00. Outside that time ring"),
        (10, "the vaktleder in the slakteriet (4105). Verneombud for the brakkene: 4420."),
        None,
        (10, "Vaktmester \u00b7 HMS-leder"),
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
            + b" /Author " + pdf_string("Vaktmester og HMS, Kvitbrim Laks AS")
            + b" /Subject " + pdf_string("Husregler, leie, ro, besøk, røyking og utflytting i brakkene")
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
