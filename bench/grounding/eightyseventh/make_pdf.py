#!/usr/bin/env python3
"""Build docs/hr/flexwerkersgids-2037.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "flexwerkersgids-2037.pdf")

TITLE = "Flexwerkersgids 2037 - Kalkoven Flower Logistics"
DATE = "D:20370309080000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Kalkoven Flower Logistics B.V. \u00b7 in cooperation with FlexFlora Uitzendbureau B.V."),
        (16, "FLEXWERKERSGIDS 2037"),
        (12, "Guide for flexwerkers at Hal Aalsmeer-Oost and Hal Rijsenhout"),
        (9, "Uitgave: 09-03-2037 \u00b7 Questions: FlexFlora office, toestel 400"),
        None,
        (12, "1. FlexFlora on location"),
        (10, "- The FlexFlora office is next to the kantine in Hal Aalsmeer-Oost. Open Monday to Friday"),
        (10, "  06:00\u201314:00, and Sunday to Thursday 18:00\u201323:00 for the nachtploeg."),
        (10, "- The coordinators speak Polish, English and Dutch."),
        (10, "- FlexFlora is your employer: your contract, loon, housing and vakantiedagen are arranged by"),
        (10, "  FlexFlora. Kalkoven gives you the rooster and the work instructions."),
        None,
        (12, "2. Your first day"),
        (10, "- Come to the receptie 30 minutes before your first dienst."),
        (10, "- You get your personeelspas. Borg: \u20ac 10,00, back when you return the pas."),
        (10, "- You get safety shoes S3 for free from the magazijn, and thermokleding on loan when you"),
        (10, "  work in the koelcellen."),
        (10, "- The veiligheidsinstructie takes 45 minutes, in Polish or English, and is paid."),
        None,
        (12, "3. Pendelbus"),
        (10, "Ploeg                Opstapplaats      Departure    At the hal    Back from the hal"),
        (10, "-------------------------------------------------------------------------------------"),
        (10, "Nachtploeg           Nieuw-Vennep      21:05        21:40         06:10"),
        (10, "Nachtploeg           Kudelstaart       21:20        21:40         06:10"),
        (10, "Vroege ploeg         Nieuw-Vennep      04:20        04:50         13:40"),
        (10, "Dagploeg             Kudelstaart       06:30        06:45         15:40"),
        (10, "Rijsenhout (vroeg)   Nieuw-Vennep      05:25        05:45         14:40"),
        None,
        (10, "The bus is free; show your personeelspas. Missed the bus? Kalkoven and FlexFlora do not pay"),
        (10, "a taxi."),
    ],
    [
        (12, "4. Loon"),
        (10, "- FlexFlora pays your loon every week, on Thursday, for the week before. Your loonstrook is"),
        (10, "  in the FlexFlora app."),
        (10, "- You get the same toeslagen as the vaste medewerkers (KNet > Toeslagen), also the"),
        (10, "  nachttoeslag and the feestdagtoeslag."),
        (10, "- Vakantiegeld: 8% is reserved every week and paid in week 22 with your weekloon (in 2037 on"),
        (10, "  Thursday 28-05-2037), or earlier when your contract ends."),
        (10, "- Opkomstgarantie: are you sent home because there is no work? Then you are paid at least"),
        (10, "  4 hours for that dienst."),
        None,
        (12, "5. Sick"),
        (10, "Call your ploegleider AND the FlexFlora coordinator before your dienst. Nachtploeg: before"),
        (10, "20:00. Read the Verzuimprotocol on KNet."),
        None,
        (12, "6. Working hours"),
        (10, "At most 12 hours per dienst and at most 60 hours per week (Arbeidstijdenwet). Between two"),
        (10, "diensten you rest at least 11 hours."),
        None,
        (12, "7. Housing"),
        (10, "Your house is arranged by FlexFlora, not by Kalkoven. Questions about your house, your room"),
        (10, "or the rent: ask FlexFlora."),
        None,
        (12, "8. Rules"),
        (10, "The Huisregels apply to you (alcohol, telefoon, photos). If you break them, the assignment"),
        (10, "can end. Taking flowers or plants home is not allowed."),
        None,
        (10, "FlexFlora Uitzendbureau B.V. \u00b7 Kalkoven HR (P&O)"),
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
            + b" /Author " + pdf_string("HR (P&O), Kalkoven Flower Logistics B.V., with FlexFlora Uitzendbureau B.V.")
            + b" /Subject " + pdf_string("Guide for flexwerkers: first day, pendelbus, loon, sick, housing, rules")
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
