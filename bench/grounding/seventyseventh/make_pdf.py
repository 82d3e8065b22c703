#!/usr/bin/env python3
"""Build docs/hr/attendance-and-atestados-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "attendance-and-atestados-policy.pdf")

TITLE = "Attendance, Atestados and Justified Absences - RH-POL-04 Revis\u00e3o 2"
DATE = "D:20350520100000-03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Frigor\u00edfico Gralha Azul Aves Ltda. \u00b7 Recursos Humanos"),
        (16, "ATTENDANCE, ATESTADOS AND JUSTIFIED ABSENCES"),
        (12, "Pol\u00edtica RH-POL-04 \u00b7 Revis\u00e3o 2"),
        (9, "Data: 20/05/2035 \u00b7 Vig\u00eancia: 01/06/2035"),
        (9, "Applies to every colaborador of every site, including temporários and aprendizes."),
        None,
        (12, "1. Telling us you will be absent"),
        (10, "- Tell your leader by phone or WhatsApp at least 2 hours before your shift starts."),
        (10, "- Register the absence in App Gralha RH > Aus\u00eancias on the same day."),
        None,
        (12, "2. Atestado m\u00e9dico"),
        (10, "- Upload a photo of the atestado in App Gralha RH > Atestados within 48 hours of the"),
        (10, "  first day of absence."),
        (10, "- Keep the original for 6 months. The ambulat\u00f3rio may ask to see it."),
        (10, "- The CID (disease code) is not required. If the atestado shows it, only the"),
        (10, "  ambulat\u00f3rio sees it."),
        (10, "- Atestados of more than 3 days are checked by the m\u00e9dico do trabalho at the"),
        (10, "  ambulat\u00f3rio on your first day back."),
        (10, "- From the 16th day of absence for the same illness, the ambulat\u00f3rio refers you to the INSS."),
        None,
        (12, "3. Declara\u00e7\u00e3o de comparecimento"),
        (10, "Hours spent at a doctor, dentist or medical exam and proved with a declara\u00e7\u00e3o de"),
        (10, "comparecimento are not discounted, up to 4 times in a calendar year. After that, the"),
        (10, "hours go into the banco de horas as negative hours."),
    ],
    [
        (12, "4. Justified absences"),
        (10, "Reason                                        Days                   Proof"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Death of spouse, partner, parent, child,      3 consecutive days     Certid\u00e3o de \u00f3bito"),
        (10, "brother or sister"),
        (10, "Marriage (casamento)                          5 consecutive days     Certid\u00e3o de casamento"),
        (10, "Licen\u00e7a-paternidade                           20 consecutive days    Certid\u00e3o de nascimento"),
        (10, "Blood donation                                1 day every 12 months  Blood bank declaration"),
        (10, "Taking a child under 6 to the doctor          2 days a year          Declara\u00e7\u00e3o de comparecimento"),
        (10, "Vestibular or ENEM exam                       The exam days          Proof of registration"),
        None,
        (10, "Hand the proof to RH within 5 working days of your return."),
        None,
        (12, "5. Unjustified absences"),
        (10, "- An unjustified absence is discounted together with the paid weekly rest (DSR) of that"),
        (10, "  week, and the pr\u00eamio assiduidade of the month is lost."),
        (10, "- 3 unjustified absences in 60 days lead to a suspens\u00e3o (see RH-POL-05)."),
        None,
        (12, "6. Questions"),
        (10, "RH, ramal 2100, or the ambulat\u00f3rio, ramal 2170."),
        None,
        (10, "Ger\u00eancia de Recursos Humanos"),
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
            + b" /Author " + pdf_string("Recursos Humanos, Frigor\u00edfico Gralha Azul Aves Ltda.")
            + b" /Subject " + pdf_string("Absence reporting, atestados, declara\u00e7\u00f5es and justified absences")
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
