#!/usr/bin/env python3
"""Build docs/hr/kikuldetes-es-utazas.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible. WinAnsi has no
Hungarian long vowels, so the text writes them as the old generator did: õ for ő and û for ű.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "kikuldetes-es-utazas.pdf")

TITLE = "Kikuldetes es utazas - Travel and Expenses Policy HR-09 Rev. 4"
DATE = "D:20290212103000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Pirosmezõ Paprika Zrt. \u00b7 HR és Pénzügy"),
        (16, "KIKÜLDETÉS ÉS UTAZÁS \u2013 TRAVEL AND EXPENSES POLICY"),
        (12, "HR-09 \u00b7 Rev. 4"),
        (9, "Kelt: 2029. 02. 12. \u00b7 Hatályos: 2029. 03. 01."),
        (9, "Rev. 4 replaces all earlier travel rules and circulars."),
        None,
        (12, "1. Kiküldetési rendelvény (travel order)"),
        (10, "- Every business trip needs a kiküldetési rendelvény in the Portál > Kiküldetés menu,"),
        (10, "  approved by your line manager before the trip."),
        (10, "- A trip abroad also needs the approval of the vezérigazgató, asked for at least"),
        (10, "  10 working days before departure."),
        (10, "- Hotels and flights are booked by HR (utazas@pirosmezo.hu). Do not pay them yourself."),
        None,
        (12, "2. Napidíj (daily allowance)"),
        (10, "Trip                                   Napidíj               Condition"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Belföldi (in Hungary), 4 to 8 hours    2 000 Ft / nap        trip of at least 4 hours"),
        (10, "Belföldi (in Hungary), over 8 hours    4 000 Ft / nap        trip of more than 8 hours"),
        (10, "Külföldi (abroad)                      45 \u20ac / nap             every calendar day started abroad"),
        None,
        (10, "If the customer or the fair organiser gives you both lunch and dinner, you get half of the"),
        (10, "napidíj for that day. The foreign napidíj is paid in euro cash with the advance, or in forint"),
        (10, "to your bank account at the MNB rate of the day before departure."),
        None,
        (12, "3. Szállás (hotel)"),
        (10, "- In Hungary: up to 38 000 Ft a night with breakfast."),
        (10, "- Abroad: up to 140 \u20ac a night with breakfast; in trade fair weeks (Köln, Nürnberg, Paris)"),
        (10, "  up to 220 \u20ac a night."),
    ],
    [
        (12, "4. Közlekedés (getting there)"),
        (10, "- Use a company pool car first: book it in the Portál > Autófoglalás and fill in the"),
        (10, "  útnyilvántartás (log book) for every trip."),
        (10, "- Own car only if no pool car is free and your manager agrees in the rendelvény: 75 Ft/km"),
        (10, "  for the km in the útnyilvántartás, plus parking and the autópálya-matrica on receipt."),
        (10, "- Taxi only after 22:00 or when you carry samples over 10 kg: up to 15 000 Ft a trip."),
        None,
        (12, "5. Elõleg (cash advance)"),
        (10, "- Up to 150 000 Ft or 500 \u20ac, asked for in the Portál at least 5 working days before the trip."),
        (10, "- An advance not settled within 30 days is deducted from your bér."),
        None,
        (12, "6. Elszámolás (settling the trip)"),
        (10, "- Settle the trip in the Portál > Kiküldetés > Elszámolás within 8 working days after"),
        (10, "  you come back."),
        (10, "- Upload every számla (invoice). It must be made out to Pirosmezõ Paprika Zrt. with our"),
        (10, "  tax number; a simple receipt is accepted only for parking and public transport."),
        (10, "- What we owe you is paid with the next bér. Unused advance is paid back at the pénztár"),
        (10, "  (cash desk) in Kalocsa, Monday to Thursday 8:00\u201312:00."),
        None,
        (12, "7. Questions"),
        (10, "HR, ext 110 \u00b7 Pénzügy (finance), ext 170."),
        None,
        (10, "Szilágyi Márton, vezérigazgató"),
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
            + b" /Author " + pdf_string("HR es Penzugy, Pirosmezo Paprika Zrt.")
            + b" /Subject " + pdf_string("Kikuldetesi rendelveny, napidij, szallas, kozlekedes, eloleg, elszamolas")
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
