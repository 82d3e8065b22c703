#!/usr/bin/env python3
"""Build docs/transport/fleet-and-transport-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "transport", "fleet-and-transport-policy.pdf")

TITLE = "Fleet and Transport Policy - TR-01 Issue 3"
DATE = "D:20310906100000+00'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Rokupr Rice Milling Company Limited \u00b7 Transport Office, Rokupr"),
        (16, "FLEET AND TRANSPORT POLICY"),
        (12, "Policy TR-01 \u00b7 Issue 3"),
        (9, "Date: 06/09/2031 \u00b7 Effective: 01/10/2031"),
        None,
        (10, "This policy covers the company lorries and motorbikes, the people who drive and ride them, fuel,"),
        (10, "accidents and the drivers' allowances. Staff buses are covered on the Staff transport page."),
        None,
        (12, "1. Who may drive or ride"),
        (10, "- Lorries: only drivers with a valid professional driving licence and an RRMC driving permit."),
        (10, "- Motorbikes: only staff with a valid motorbike licence who have passed the RRMC 2-day riding"),
        (10, "  course and hold an RRMC riding permit."),
        None,
        (12, "2. Lorries"),
        (10, "Rule                           Limit"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Maximum load                   10 tonnes (200 bags of 50 kg)"),
        (10, "Speed limit, loaded            50 km/h"),
        (10, "Speed limit, empty             70 km/h"),
        (10, "No driving                     7.00 p.m. to 6.00 a.m., unless the Transport Officer approves"),
        (10, "                               it in writing"),
        (10, "Crew                           A driver and a lorry mate on every trip"),
        None,
        (10, "Do the daily check before the first trip and record it on the vehicle check sheet. Fuel is"),
        (10, "issued by coupon against the trip sheet. Only the lorry mate and RRMC staff on duty ride in"),
        (10, "a company lorry. Never pay cash at a checkpoint; report any demand to the Transport Officer."),
        None,
        (12, "3. Motorbikes"),
        (10, "- Rider and passenger both wear a helmet; the rider also wears a reflective vest and boots."),
        (10, "- A passenger may only be RRMC staff on duty. No more than one bag of 50 kg on the carrier."),
        (10, "- Fuel: 15 litres a week on the fuel card, issued at the seed farm on Mondays."),
        (10, "- Service every 1,500 km at the Rokupr workshop."),
        (10, "- A motorbike may be taken home only if the rider lives within 15 km of the base."),
        (10, "- A company motorbike is never used as an okada for hire. This is gross misconduct."),
    ],
    [
        (12, "4. Accidents"),
        (10, "Step 1. Stop, make the place safe and help anyone injured."),
        (10, "Step 2. Call the Transport Officer (ext 2170) within 1 hour."),
        (10, "Step 3. Report the accident at the nearest police station within 24 hours and keep the"),
        (10, "        police report number."),
        (10, "Step 4. Take photos and add them to the incident report in StaffDesk."),
        (10, "Never admit fault or pay money at the scene."),
        None,
        (12, "5. Drivers' allowances"),
        (10, "- Night-out allowance: SLE 180 a night when a lorry trip needs an overnight stop."),
        (10, "- Drivers and lorry mates claim the night-out allowance instead of the per diem in the"),
        (10, "  travel and subsistence rates (TS-01 and TS-02), never both."),
        (10, "- Traffic fines are paid by the driver or rider, not by RRMC."),
        None,
        (12, "6. Private use"),
        (10, "Company lorries and motorbikes are not used for private trips, and carry no private loads."),
        None,
        (12, "7. Questions"),
        (10, "Transport Officer, Mr Abdul Sankoh, ext 2170."),
        None,
        (10, "Transport Officer"),
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
            + b" /Author " + pdf_string("Transport Officer, Rokupr Rice Milling Company Limited")
            + b" /Subject " + pdf_string("Company lorries and motorbikes, drivers, fuel, accidents and allowances")
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
