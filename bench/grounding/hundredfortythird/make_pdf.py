#!/usr/bin/env python3
"""Build docs/fleet/purse-seine-crew-conditions.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "fleet", "purse-seine-crew-conditions.pdf")

TITLE = "Purse Seine Crew Conditions - FL-02 Revision 5"
DATE = "D:20271215100000+11'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Kula Gulf Tuna Limited \u00b7 Fleet Department"),
        (16, "PURSE SEINE CREW CONDITIONS"),
        (12, "Policy FL-02 \u00b7 Revision 5"),
        (9, "Date: 15/12/2027 \u00b7 Effective: 01/01/2028"),
        (9, "This revision replaces Revision 4 (June 2025)."),
        None,
        (10, "These conditions apply to all crew on the company's purse seiners: MV Kula Star, MV Vella Wind,"),
        (10, "MV Rendova Dawn, MV Marovo Queen and MV Ghizo Pride. Masters and fishing masters are paid"),
        (10, "under their own contracts."),
        None,
        (12, "1. Daily sea allowance and catch bonus shares"),
        (10, "Position                  Sea allowance a day        Catch bonus shares"),
        (10, "-----------------------------------------------------------------------------"),
        (10, "Deckhand                  SI$95                      1"),
        (10, "Cook                      SI$110                     1"),
        (10, "Skiff operator            SI$120                     1.5"),
        (10, "Winchman                  SI$120                     1.5"),
        (10, "Bosun                     SI$140                     2"),
        (10, "Second engineer           SI$165                     2"),
        (10, "Chief engineer            SI$210                     3"),
        None,
        (10, "The sea allowance is paid for every day from sailing until the vessel is back alongside at Noro."),
        (10, "It is paid with the first fortnightly pay after the trip ends."),
        None,
        (12, "2. Catch bonus"),
        (10, "- The catch bonus pool is SI$28 for every tonne of tuna from the trip accepted at Noro."),
        (10, "- The pool is shared among the crew on board by their shares in the table above."),
        (10, "- Tuna rejected by Quality Assurance at receiving does not count."),
        (10, "- The catch bonus is paid within 30 days of the end of unloading, as a separate payment,"),
        (10, "  with a statement in StaffPoint."),
        None,
        (12, "3. Trips and shore leave"),
        (10, "- A trip is no more than 45 days at sea."),
        (10, "- After each trip you get 1 day of shore leave for every 5 days at sea, paid at half the"),
        (10, "  daily sea allowance."),
        (10, "- To stay ashore for a trip, tell the Fleet office at least 14 days before the sailing."),
        (10, "  The time ashore is taken as annual leave or unpaid leave."),
    ],
    [
        (12, "4. On board"),
        (10, "- Fitness to sail check at the Noro clinic every 12 months; sea safety course every 3 years."),
        (10, "- Each crew member may use the vessel's satellite Wi-Fi for 30 minutes a day."),
        (10, "- Food and drinking water on board are free. No alcohol or kwaso on board at any time."),
        (10, "- Wear your life jacket on deck during a set and at all times at night."),
        (10, "- Wet weather gear and boots are replaced every 12 months, or sooner if damaged at work."),
        None,
        (12, "5. Signing on"),
        (10, "- Sign on at the Fleet office at least 48 hours before sailing (see the wharf and port rules)."),
        (10, "- A crew member who misses a sailing without a good reason loses the place for that trip."),
        None,
        (12, "6. Injury or illness at sea"),
        (10, "- The master radios the Fleet office, which arranges the nearest port or a transfer."),
        (10, "- A crew member sent home sick or injured is paid the sea allowance for the whole trip."),
        (10, "- Every crew member is insured by the company for SI$250,000 for death or permanent injury"),
        (10, "  at sea. The Fleet office keeps the nominee form; the HR Office helps the family claim."),
        None,
        (12, "7. Questions"),
        (10, "Fleet office, ext 300, or the HR Office at Noro, ext 210."),
        None,
        (10, "Fleet Manager"),
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
            + b" /Author " + pdf_string("Fleet Department, Kula Gulf Tuna Limited")
            + b" /Subject " + pdf_string("Sea allowance, catch bonus, shore leave and signing on for purse seine crew")
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
