#!/usr/bin/env python3
"""Build docs/hr/outer-island-duty-and-travel-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "outer-island-duty-and-travel-policy.pdf")

TITLE = "Outer Island Duty and Travel Policy - HR-07 Version 3"
DATE = "D:20310217100000+12'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Marawa Ika Company Limited \u00b7 Human Resources"),
        (16, "OUTER ISLAND DUTY AND TRAVEL POLICY"),
        (12, "Policy HR-07 \u00b7 Version 3"),
        (9, "Date: 17/02/2031 \u00b7 Effective: 01/03/2031 \u00b7 Owner: HR Manager"),
        None,
        (12, "1. Who this covers"),
        (10, "Staff sent on duty to the Abaiang station, on copra buying trips to Butaritari and other"),
        (10, "outer islands, or on any other company trip to an island of Kiribati outside South Tarawa."),
        None,
        (12, "2. Per diem"),
        (10, "Where you stay                               Per diem a night     Receipts"),
        (10, "---------------------------------------------------------------------------------"),
        (10, "Guesthouse                                   $45.00               Not needed"),
        (10, "Company house or station guest room          $30.00               Not needed"),
        None,
        (10, "The per diem covers your meals and small costs on the island."),
        (10, "A per diem advance is paid for trips of 3 nights or more. Payroll pays it into your bank"),
        (10, "account 2 working days before you leave."),
        None,
        (12, "3. Travel"),
        (10, "- Travel to Abaiang is on the MV Nei Marawa, free for staff on duty."),
        (10, "- Flights to Butaritari and other islands are booked by HR. Do not book your own ticket."),
        (10, "- If no company boat runs, a private boat fare is refunded up to $40.00 each way,"),
        (10, "  with a receipt."),
        (10, "- Wear a life jacket on every boat trip. Nobody travels in an open boat when the Kiribati"),
        (10, "  Meteorological Service has a strong wind warning for the area."),
    ],
    [
        (12, "4. Approval"),
        (10, "Your manager approves the trip in StaffDesk before you travel. Trips of more than"),
        (10, "7 nights are approved by the Managing Director."),
        None,
        (12, "5. Claims"),
        (10, "Claim in StaffDesk > Claims > Travel within 10 working days of your return. Upload a photo"),
        (10, "of each receipt. Claims made later than that are paid only with the HR Manager's approval."),
        None,
        (12, "6. Phone and posting allowance"),
        (10, "- $10.00 of phone credit for each week on duty."),
        (10, "- Staff posted to the Abaiang station for 3 months or more get a posting allowance of"),
        (10, "  $60.00 a fortnight and one free return trip to Tarawa every 6 weeks."),
        None,
        (12, "7. Illness on an outer island"),
        (10, "If you fall ill on duty on an outer island, call the control room (ext 300) or HR. The"),
        (10, "company arranges and pays for your return to Tarawa for treatment."),
        None,
        (12, "8. Questions"),
        (10, "HR, ext 220, or the HR Officer, ext 221."),
        None,
        (10, "HR Manager"),
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
            + b" /Author " + pdf_string("Human Resources, Marawa Ika Company Limited")
            + b" /Subject " + pdf_string("Per diems, boat fares, claims and the posting allowance for outer island duty")
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
