#!/usr/bin/env python3
"""Build docs/quality/hygiene-and-ppe-rules.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "quality", "hygiene-and-ppe-rules.pdf")

TITLE = "Food Hygiene and PPE Rules for Production Areas - QA-05 Revision 6"
DATE = "D:20301020100000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Kouris Valley Dairies Ltd \u00b7 Quality Assurance and Health & Safety"),
        (16, "FOOD HYGIENE AND PPE RULES FOR PRODUCTION AREAS"),
        (12, "QA-05 \u00b7 Revision 6"),
        (9, "Issued: 20/10/2030 \u00b7 Effective: 01/11/2030 \u00b7 Applies at Ypsonas, Dali and Pachna"),
        None,
        (12, "1. Before you enter a production area"),
        (10, "- Leave phones, watches, earrings, rings and other jewellery in your locker. Only a plain"),
        (10, "  wedding band is allowed. No false nails, nail varnish or strong perfume."),
        (10, "- Put on a clean white coat, a hairnet that covers all your hair, and a beard snood if you have"),
        (10, "  any facial hair. Put the hairnet on before the coat."),
        (10, "- Wash your hands with soap for at least 30 seconds, dry them with a paper towel and use the"),
        (10, "  hand sanitiser. Walk through the boot wash every time you enter the hygiene lobby."),
        (10, "- Change your white coat at the start of every shift, and at once if it is dirty. Used coats go"),
        (10, "  into the blue laundry bins; the company laundry washes them."),
        None,
        (12, "2. Personal protective equipment (PPE) by area"),
        (10, "Area                          PPE you must wear                               Notes"),
        (10, "--------------------------------------------------------------------------------------------"),
        (10, "Milk reception                Safety boots, apron, goggles for CIP chemicals  Hairnet at all times"),
        (10, "Lines 1-3 (cooking)           Heat-resistant gloves, arm guards, safety boots Whey at 90 \u00b0C"),
        (10, "Brining room                  Waterproof apron, rubber gloves, anti-slip boots Floors are wet"),
        (10, "Packing hall                  Blue nitrile gloves, safety boots               Ear defenders at packers"),
        (10, "Cold stores CS1-CS2 (0-4 \u00b0C)   Thermal jacket, safety boots                    Jackets at the door"),
        (10, "Freezer CS3 (-20 \u00b0C)          Freezer suit, thermal gloves, balaclava         Max 30 minutes, then"),
        (10, "                                                                              a 10-minute break outside"),
        (10, "Dali filling and cold room D1 Hairnet, mask at the fillers, thermal jacket    Jackets at the door"),
        (10, "CIP cleaning                  Chemical gloves, face shield, apron             Eye wash next to CIP"),
    ],
    [
        (12, "3. Illness, cuts and wounds"),
        (10, "- If you have diarrhoea, vomiting, fever, jaundice or an infected cut or rash on your hands, tell"),
        (10, "  your shift supervisor before you enter any production area. You will not be allowed to work"),
        (10, "  with food until you have had no symptoms for 48 hours and QA has cleared you."),
        (10, "- Cover every cut with a blue metal-detectable plaster and wear a glove over it."),
        (10, "- Report a lost plaster or glove piece at once: the line is stopped and the product checked."),
        None,
        (12, "4. Food, drink and smoking"),
        (10, "- Eat and drink only in the rest rooms and the Dali canteen. Chewing gum and sweets are not"),
        (10, "  allowed past the hygiene lobby. Water bottles stay in the rest room."),
        (10, "- Smoke and vape only at the marked smoking shelters, at least 10 metres from any door, and"),
        (10, "  wash your hands before going back in."),
        None,
        (12, "5. Safety boots and coats"),
        (10, "- Safety boots are issued on your first day and replaced free every 12 months, or earlier"),
        (10, "  when worn out. Boots lost or taken home are replaced at a charge of EUR 35."),
        (10, "- White coats, aprons and thermal jackets belong to the company and stay on site."),
        None,
        (12, "6. Visitors and contractors"),
        (10, "Visitors and contractors fill in the health questionnaire at the gatehouse, wear a visitor's coat"),
        (10, "and hairnet, and are escorted at all times by the person they visit."),
        None,
        (12, "7. Breaking the rules"),
        (10, "A first breach is recorded as a verbal warning by the shift supervisor. A second breach within"),
        (10, "12 months is a written warning. Taking food products from the lines without a staff pack slip"),
        (10, "is gross misconduct."),
        None,
        (10, "Quality Assurance Manager, ext 3050 \u00b7 Health and Safety Officer, ext 3060"),
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
            + b" /Author " + pdf_string("Quality Assurance and Health & Safety, Kouris Valley Dairies Ltd")
            + b" /Subject " + pdf_string("Hygiene, PPE, illness reporting, boots and coats in production areas")
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
