#!/usr/bin/env python3
"""Build docs/procedures/crop-protection-procedure.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "procedures", "crop-protection-procedure.pdf")

TITLE = "Crop Protection and Biological Control - HG-PR-07 Revision 3"
DATE = "D:20300303100000+00'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Hengill Gr\u00f3\u00f0ur ehf. \u00b7 Hveragerði and Flúðir"),
        (16, "CROP PROTECTION AND BIOLOGICAL CONTROL"),
        (12, "Procedure HG-PR-07 \u00b7 Revision 3"),
        (9, "Date: 3.3.2030 \u00b7 Effective: 17.3.2030 \u00b7 Owner: Head Grower"),
        (9, "This revision replaces HG-PR-07 Revision 2 (March 2027)."),
        None,
        (12, "1. Biological control first"),
        (10, "We fight pests with beneficial insects wherever we can. Chemical spraying is used only when"),
        (10, "the Head Grower (Flúðir: the Site Manager) decides that biological control is not enough."),
        (10, "Pest                 Beneficial insect            Houses"),
        (10, "-------------------------------------------------------------------------------"),
        (10, "Whitefly             Encarsia, Macrolophus        Tomatoes H1 to H4"),
        (10, "Spider mite          Phytoseiulus                 Cucumbers H5 to H7, peppers F1 to F4"),
        (10, "Aphids               Aphidius                     All houses"),
        (10, "Thrips               Amblyseius cucumeris         Peppers F1 to F4, cucumbers H5 to H7"),
        (10, "Beneficial insects arrive from the supplier on Tuesdays and are put out the same day."),
        (10, "The bumblebee hives pollinate the tomatoes and peppers. Most sprays kill bumblebees."),
        None,
        (12, "2. Who may spray"),
        (10, "- Only growers on the sprayer list kept by the Head Grower, who have passed the spraying course."),
        (10, "- Nobody sprays alone: a second person stays outside the house door with a phone."),
        (10, "- Each shift with spraying is paid with the spraying premium (see Pay and premiums)."),
        None,
        (12, "3. Before spraying"),
        (10, "- Close the bumblebee hives at least 24 hours before spraying, and keep them closed for as"),
        (10, "  long as the product label says."),
        (10, "- Put the red SPRAYING - DO NOT ENTER sign on every door of the house."),
        (10, "- Spray only after 16:00 on weekdays, when the day crew has gone home, or on Sundays after"),
        (10, "  12:00. Never spray on a Saturday, when the weekend crew is working."),
    ],
    [
        (12, "4. Protective equipment"),
        (10, "Chemical overall, nitrile gloves, rubber boots and a full-face mask with A2P3 filters."),
        (10, "Change the filters after 40 hours of use, and at once if you can smell the spray."),
        None,
        (12, "5. After spraying"),
        (10, "- Nobody goes into the house until the re-entry time on the label has passed, and never less"),
        (10, "  than 12 hours after spraying."),
        (10, "- The sprayer turns the sign to green when the time has passed."),
        (10, "- Picking waits for the pre-harvest interval on the label. The sprayer blocks the house's"),
        (10, "  lot codes in Rekjan until that date, so nothing from the house can be packed."),
        None,
        (12, "6. Records"),
        (10, "Record every spraying in the Rekjan spray log before the end of your shift: date, house,"),
        (10, "product, dose, re-entry time, pre-harvest interval and the names of both people."),
        None,
        (12, "7. Storage, spills and empty containers"),
        (10, "- Products are kept in the locked chemical store. Only the Head Grower and the Flúðir Site"),
        (10, "  Manager hold keys."),
        (10, "- Spills: cover with the absorbent sand from the spill kit, sweep it into the red bin and"),
        (10, "  tell the Head Grower."),
        (10, "- Empty containers are rinsed three times and taken to the hazardous waste point at the"),
        (10, "  recycling centre."),
        None,
        (12, "8. If someone is exposed"),
        (10, "Take the person out into fresh air, take off wet clothes and wash the skin with plenty of"),
        (10, "water. Call 112 and have the product label ready. Report it in Starfsgátt > Atvik."),
        None,
        (10, "Einar Þór Magnússon, Head Grower"),
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
            + b" /Author " + pdf_string("Head Grower, Hengill Gr\u00f3\u00f0ur ehf.")
            + b" /Subject " + pdf_string("Biological control, spraying, re-entry and records in the greenhouses")
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
