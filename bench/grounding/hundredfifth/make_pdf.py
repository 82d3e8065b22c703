#!/usr/bin/env python3
"""Build docs/factory/factory-rules-edition-4.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "factory", "factory-rules-edition-4.pdf")

TITLE = "YMC Garment Factory Rules - Edition 4"
DATE = "D:20281210100000+06'30'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Yadanar Moe Co., Ltd. \u00b7 Garment Factory, Shwe Lin Ban"),
        (16, "FACTORY RULES"),
        (12, "Edition 4 \u00b7 Effective 01/01/2029"),
        (9, "Issued by U Zaw Min Htet, General Manager, with the Workplace Coordinating Committee (WCC)"),
        None,
        (10, "These rules are for everyone who works at or visits the garment factory. Read them"),
        (10, "with your line leader in your first week. Ask the Factory HR office (ext 210) about"),
        (10, "anything that is not clear."),
        None,
        (12, "1. Coming to work"),
        (10, "- The gate opens at 06:45. Scan your face at the FaceClock when you come in and"),
        (10, "  when you go out."),
        (10, "- The general shift starts at 07:30. A scan after 07:30 counts as late."),
        (10, "- 3 lates in one month: half a day's basic wage is deducted."),
        (10, "- The gate closes at 07:45. After 07:45 you come in only with a slip from the Factory"),
        (10, "  HR office, and the morning counts as half a day of absence."),
        None,
        (12, "2. Phones"),
        (10, "- Put your phone in your locker at the gate before you go to the production floor."),
        (10, "  The locker key is on your staff card lanyard."),
        (10, "- Phones are not allowed on the production floor, in the cutting room or in the"),
        (10, "  packing room. Line leaders carry the company phone of the line."),
        (10, "- Family can reach you in an emergency through the Factory HR office, ext 210."),
        None,
        (12, "3. Broken needle rule"),
        (10, "Step 1. Stop the machine and hold up the red card. The line QC comes within 5 minutes."),
        (10, "Step 2. Find every piece of the broken needle. Tape the pieces on the needle record card."),
        (10, "Step 3. Take the card to the needle counter and get a new needle. No pieces, no new needle."),
        (10, "Step 4. If a piece cannot be found, the whole bundle goes through the metal detector"),
        (10, "and is held until the QC Manager releases it."),
        None,
        (12, "4. Clothes and safety"),
        (10, "- In the cutting room tie up your longyi or wear trousers. Wear the chain-mail glove"),
        (10, "  with the cutting knife. No loose htamein or scarves near any machine. Long hair is tied."),
        (10, "- Wear your YMC shirt and staff card every day."),
    ],
    [
        (12, "5. Food, kun-ya and smoking"),
        (10, "- Eat only in the canteen. Drinking water is allowed at the line."),
        (10, "- Kun-ya (betel quid) and smoking are not allowed anywhere inside the factory fence."),
        None,
        (12, "6. Absence"),
        (10, "- Absence without khwin is unpaid. See the Leave (khwin) rules for how to ask for leave."),
        (10, "- If you are absent for 3 working days in a row without khwin and without telling us,"),
        (10, "  the Factory HR office tries to contact you. If there is still no word, you are"),
        (10, "  treated as having left the job."),
        None,
        (12, "7. Warnings"),
        (10, "Stage               Given by                          Stays on your file"),
        (10, "------------------------------------------------------------------------------"),
        (10, "Verbal warning      Line leader, written in the line book    3 months"),
        (10, "First written       Production Manager with Factory HR       6 months"),
        (10, "Final written       General Manager                          6 months"),
        (10, "Dismissal           General Manager, after a hearing         -"),
        None,
        (10, "Theft, fighting, coming to work drunk and hiding a broken needle piece can lead to"),
        (10, "dismissal at once. You can bring a WCC worker representative to any hearing. To"),
        (10, "complain about a warning, use the Discipline and grievance procedure."),
        None,
        (12, "8. Leaving the factory"),
        (10, "- Bags are checked at the gate. Fabric, cut pieces, trims and finished garments never"),
        (10, "  leave the factory, not even rejects."),
        None,
        (12, "Revision history"),
        (10, "Edition    Date          What changed"),
        (10, "------------------------------------------------------------------------------"),
        (10, "1          01/03/2019    First factory rules"),
        (10, "2          01/07/2022    Broken needle rule added"),
        (10, "3          01/06/2026    Gate times, phones, clothes in the cutting room"),
        (10, "4          01/01/2029    Lates, phone lockers, kun-ya, absence, warnings"),
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
            + b" /Author " + pdf_string("Garment Factory, Yadanar Moe Co., Ltd.")
            + b" /Subject " + pdf_string("Gate times, phones, broken needles, clothes, absence and warnings")
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
