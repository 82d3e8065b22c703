#!/usr/bin/env python3
"""Build docs/quality/clove-drying-and-grading-standard.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "quality", "clove-drying-and-grading-standard.pdf")

TITLE = "Clove Drying and Grading Standard - QS-02 Rev. 5"
DATE = "D:20330815100000+03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Mwambao Karafuu Spice Ltd \u00b7 Quality Department \u00b7 Chake Chake, Pemba"),
        (16, "CLOVE DRYING AND GRADING STANDARD"),
        (12, "QS-02 \u00b7 Rev. 5"),
        (9, "Issued: 15/08/2033 \u00b7 Effective: 01/09/2033 \u00b7 Owner: Quality Manager (ext 320)"),
        None,
        (12, "1. Scope"),
        (10, "This standard applies to the buying stations, the drying floors and the grading hall at"),
        (10, "the Chake Chake store, and to every bag of karafuu sent to the Malindi warehouse."),
        None,
        (12, "2. Drying"),
        (10, "- Dry cloves on mats (mikeka) or raised racks, never on bare ground or on the road."),
        (10, "- Spread them no more than 5 cm deep and turn them every 2 hours."),
        (10, "- Cover them at night and as soon as rain starts."),
        (10, "- Drying takes 4 to 6 days of sun. Cloves are dry when the moisture is 12% or lower"),
        (10, "  and the stem snaps cleanly."),
        None,
        (12, "3. Moisture limits"),
        (10, "- Buying stations: lots above 16% moisture are not bought (see BS-01)."),
        (10, "- Store and shipment: no bag may be stored or shipped above 12% moisture."),
        (10, "  Lots above 12% go back to the drying floor."),
        None,
        (12, "4. Grades"),
        (10, "Grade      Moisture    Khoker      Headless and stems    Foreign matter"),
        (10, "---------------------------------------------------------------------------"),
        (10, "Grade 1    max 12%     max 2%      max 1%                max 0.5%"),
        (10, "Grade 2    max 12%     max 5%      max 3%                max 1%"),
        (10, "Grade 3    max 12%     max 10%     max 5%                max 2%"),
        None,
        (10, "Khoker are pale, fermented cloves that were dried too slowly. A lot that fails Grade 3"),
        (10, "is sold as khoker at the khoker price."),
    ],
    [
        (12, "5. Sampling"),
        (10, "- Take a 500 g sample from every 10 bags, from the top, middle and bottom of the bags."),
        (10, "- Test moisture with the meter and sort 100 g by hand for the grade."),
        (10, "- Record the results in GradeLog with the lot number."),
        (10, "- Keep a sealed 200 g reference sample of each lot for 6 months in the Quality lab."),
        None,
        (12, "6. Bagging and storage"),
        (10, "- Use new jute bags only, filled to 60 kg net and double-stitched."),
        (10, "- Label each bag with the lot number, grade, net weight and bagging date."),
        (10, "- Store on pallets, at least 50 cm from the walls, in stacks of no more than 12 bags."),
        (10, "- Keep the store at 65% relative humidity or lower; the readings go in GradeLog every"),
        (10, "  morning and afternoon."),
        None,
        (12, "7. Clove stems and leaves"),
        (10, "Stems (makonyo) broken off in the grading hall are bagged separately and sent to the"),
        (10, "Wete distillery. They are never mixed into a graded lot."),
        None,
        (12, "8. Complaints from buyers"),
        (10, "A buyer's complaint about a shipment is sent to the Quality Manager, who tests the"),
        (10, "reference sample within 5 working days."),
        None,
        (10, "Quality Manager"),
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
            + b" /Author " + pdf_string("Quality Department, Mwambao Karafuu Spice Ltd")
            + b" /Subject " + pdf_string("Drying, moisture limits, grades, sampling and bagging of cloves")
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
