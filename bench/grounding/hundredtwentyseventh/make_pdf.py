#!/usr/bin/env python3
"""Build docs/growers/grower-delivery-rules-2031-32.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "growers", "grower-delivery-rules-2031-32.pdf")

TITLE = "Grower Delivery Rules - Crop 2031/32 - GR-01 Revision 5"
DATE = "D:20310908100000-06'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Stann Creek Citrus Growers & Processors Ltd. \u00b7 Grower Relations"),
        (16, "GROWER DELIVERY RULES - CROP 2031/32"),
        (12, "GR-01 \u00b7 Revision 5"),
        (9, "Date: 08/09/2031 \u00b7 Effective: 01/10/2031"),
        (9, "Supersedes: GR-01 Revision 4 (2029/30 crop)"),
        None,
        (10, "These rules apply to every grower, driver and SCCG employee involved in delivering fruit"),
        (10, "to the Pomona plant."),
        None,
        (12, "1. Booking a delivery"),
        (10, "- Book each delivery in FruitGate (web or phone app) by 3:00 p.m. on the day before."),
        (10, "- Each booking gives a 1-hour arrival slot. A truck more than 1 hour late goes to the"),
        (10, "  back of the queue."),
        None,
        (12, "2. Fruit reception hours"),
        (10, "Monday to Saturday, 6:00 a.m. to 6:00 p.m. Fruit reception is closed on Sundays and"),
        (10, "public holidays unless Grower Relations announces otherwise in FruitGate."),
        None,
        (12, "3. At the gate and on site"),
        (10, "- The driver shows the booking number at the weighbridge. Every truck is weighed in full"),
        (10, "  and out empty, and the weighbridge ticket is printed and sent to FruitGate."),
        (10, "- Trucks wait in the lay-by on Pomona Plant Road, never on the Hummingbird Highway."),
        (10, "- The speed limit on site is 10 km/h."),
        (10, "- Loads are covered with a tarpaulin. The driver wears a hi-vis vest out of the cab."),
        (10, "- No passengers in the tipping area. No smoking anywhere on site."),
        None,
        (12, "4. Sampling"),
        (10, "The fruit sampler takes 20 fruit from each truck at the tipping bay. Results for Brix, acid,"),
        (10, "ratio, juice yield and pounds solids per box are in FruitGate within 2 hours."),
    ],
    [
        (12, "5. Rejections and deductions"),
        (10, "Problem                                   What happens"),
        (10, "-------------------------------------------------------------------------------------------"),
        (10, "More than 5% rotten or split fruit        The load is rejected and goes back to the grower"),
        (10, "Trash (leaves, stems, soil) over 1%       The trash is deducted from the net weight"),
        (10, "Oranges below a ratio of 9.0              Held until the Grower Relations Manager decides"),
        None,
        (12, "6. Payment"),
        (10, "Growers are paid per box of 90 lb, on the pounds solids found by the lab. The first"),
        (10, "payment is made within 14 days of delivery by bank transfer, with a statement in FruitGate."),
        (10, "The final payment follows when the price for the crop is fixed."),
        None,
        (12, "7. Complaints"),
        (10, "Complaints about a weight, a sample or a deduction go in writing to the Grower Relations"),
        (10, "Manager, Mr Ernesto Cucul (ext 2410), within 5 working days of the delivery."),
        None,
        (12, "8. Gifts and fair dealing"),
        (10, "- SCCG staff may not accept cash, favours or gifts from growers or drivers, except small"),
        (10, "  gifts worth less than BZ$50.00. Report any other offer to the Grower Relations Manager."),
        (10, "- Staff who are growers, or related to a grower, may not sample, weigh or grade that fruit."),
        None,
        (10, "Grower Relations Manager"),
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
            + b" /Author " + pdf_string("Grower Relations, Stann Creek Citrus Growers & Processors Ltd.")
            + b" /Subject " + pdf_string("Booking, reception, sampling, deductions and payment for growers' fruit")
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
