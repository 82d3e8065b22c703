#!/usr/bin/env python3
"""Build docs/shipping/shipping-and-export-procedure.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "shipping", "shipping-and-export-procedure.pdf")

TITLE = "Shipping and Export Procedure - SHP-01 Issue 6"
DATE = "D:20280214090000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Motswedi Diamond Services (Pty) Ltd \u00b7 Shipping Desk"),
        (16, "SHIPPING AND EXPORT PROCEDURE"),
        (12, "Procedure SHP-01 \u00b7 Issue 6"),
        (9, "Date: 14/02/2028 \u00b7 Effective: 01/03/2028 \u00b7 Owner: Shipping Manager"),
        (9, "This issue replaces Issue 5 (June 2026)."),
        None,
        (12, "1. Scope"),
        (10, "This procedure covers sold parcels that leave the Gaborone vault for buyers outside Botswana."),
        None,
        (12, "2. Before the shipment day"),
        (10, "- The shipping clerk asks for the Kimberley Process certificate at least 3 working days before"),
        (10, "  the flight, with the invoice and the parcel list from ParcelTrack."),
        (10, "- The declared value is confirmed with the insurer by 12:00 on the working day before the flight."),
        (10, "- Only the Shipping Manager, the Head of Security, the escort leader and the two shipping clerks"),
        (10, "  know the shipment date. Never mention it by phone, SMS, WhatsApp or e-mail; use ParcelTrack."),
        None,
        (12, "3. Preparing the shipment"),
        (10, "Step 1. The vault controller and a shipping clerk take the parcels out of the vault together"),
        (10, "            and sign them out in ParcelTrack."),
        (10, "Step 2. Weigh each parcel on the export balance. The weight must agree with ParcelTrack"),
        (10, "            within 0.02 ct; if it does not, stop and call the Chief Valuer."),
        (10, "Step 3. Seal each parcel in a tamper-evident bag and scan the seal number into ParcelTrack."),
        (10, "Step 4. Pack the bags into the export box, close it with two numbered seals and photograph it."),
        (10, "Step 5. Put the Kimberley Process certificate, the invoice and the packing list in the"),
        (10, "            document pouch."),
        (10, "Step 6. Hand the box and the pouch to the escort leader; both of you sign the custody log."),
        None,
        (12, "4. Escort and transport"),
        (10, "Declared value              Vehicles                                    Escort officers"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Up to USD 5,000,000         1 armoured vehicle                          2"),
        (10, "Above USD 5,000,000         1 armoured vehicle + 1 escort vehicle       4"),
        None,
        (10, "- Shipments declared at more than USD 5,000,000 have a second escort vehicle."),
        (10, "- The vehicle leaves the vault no earlier than 3 hours before the flight. At 06:00 on the day"),
        (10, "  the Head of Security chooses one of the 3 approved routes."),
        (10, "- At Sir Seretse Khama International Airport the box is handed to the airline's valuables"),
        (10, "  handler in the secure cargo area. The escort leader scans the signed air waybill into"),
        (10, "  ParcelTrack within 1 hour of the handover."),
    ],
    [
        (12, "5. Problems on the way"),
        (10, "- Any unplanned stop: the escort leader calls Security Control (ext 3300) at once."),
        (10, "- A broken or damaged seal: the shipment goes back to the vault and the Chief Valuer weighs it"),
        (10, "  again with the client's representative."),
        (10, "- A flight delayed by more than 2 hours: the shipment goes back to the vault."),
        None,
        (12, "6. Escort officers"),
        (10, "Escort officers receive the escort meal allowance for each shipment (Travel and Subsistence"),
        (10, "Rates, FIN-03). Body armour is signed out for each escort and signed back in afterwards."),
        None,
        (12, "7. Records"),
        (10, "Shipment records, photographs and custody logs are kept for 7 years."),
        None,
        (12, "8. Questions"),
        (10, "Shipping Manager, ext 2701, or Security Control, ext 3300."),
        None,
        (10, "Shipping Manager"),
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
            + b" /Author " + pdf_string("Shipping Desk, Motswedi Diamond Services (Pty) Ltd")
            + b" /Subject " + pdf_string("Export parcels, Kimberley Process certificates, escorts and airport handover")
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
