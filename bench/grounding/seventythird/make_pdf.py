#!/usr/bin/env python3
"""Build docs/hr/perjalanan-dinas.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "perjalanan-dinas.pdf")

TITLE = "Kebijakan Perjalanan Dinas - SDM-07 Edisi September 2033"
DATE = "D:20330915100000+08'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "PT Karaginan Galesong Lestari \u00b7 Sumber Daya Manusia (SDM)"),
        (16, "KEBIJAKAN PERJALANAN DINAS"),
        (12, "Business Travel Policy \u00b7 SDM-07"),
        (9, "Edisi September 2033 \u00b7 Berlaku: 01/10/2033"),
        None,
        (12, "1. Scope"),
        (10, "This policy covers trips on company business more than 50 km from your work base, or with a"),
        (10, "night away. Boat trips to the farms and visits to the collection points are not perjalanan"),
        (10, "dinas: the sea allowance and the motorbike rate apply to them instead."),
        None,
        (12, "2. Approval"),
        (10, "- Raise the SPPD (Surat Perintah Perjalanan Dinas) in SDM Lestari > Perjalanan at least"),
        (10, "  5 working days before you leave, or 2 working days before for an urgent trip."),
        (10, "- Your department head approves it. Overseas trips are also approved by the Direktur Utama."),
        None,
        (12, "3. Rates"),
        (10, "Destination                              Uang harian (per day)      Hotel, per night, up to"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Within South Sulawesi                    Rp 250.000                 Rp 450.000"),
        (10, "Other provinces (incl. Jakarta)          Rp 400.000                 Rp 750.000"),
        (10, "Overseas                                 USD 60                     USD 150"),
        None,
        (10, "Uang harian covers meals and local transport. The day you leave and the day you come back"),
        (10, "are each paid at half the rate, unless you leave before 08.00 or come back after 20.00"),
        (10, "(local time). A hotel above the limit needs the Direktur Operasional's approval before"),
        (10, "you book it."),
    ],
    [
        (12, "4. Travel"),
        (10, "- Flights are economy class, booked by the SDM travel desk (ext 215). Do not book them"),
        (10, "  yourself."),
        (10, "- A taxi or online ride between your home and the airport is paid at cost, with the receipt."),
        (10, "- Jakarta staff travelling to Makassar: Makassar is WITA, one hour ahead of WIB."),
        None,
        (12, "5. Advance (uang muka)"),
        (10, "You may ask for an advance of up to 80% of the estimated cost in the SPPD, at least"),
        (10, "3 working days before you leave. It is paid into your payroll account."),
        None,
        (12, "6. Settlement"),
        (10, "- Upload the trip report, the boarding passes and the hotel bill in SDM Lestari > Perjalanan"),
        (10, "  within 5 working days after you come back."),
        (10, "- An advance not settled in time is deducted from your next pay."),
        (10, "- Overseas costs are settled in rupiah at the Bank Indonesia JISDOR rate of the day you"),
        (10, "  come back."),
        None,
        (12, "7. Questions"),
        (10, "SDM travel desk, ext 215, or the Manajer SDM, ext 210."),
        None,
        (10, "Manajer SDM"),
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
            + b" /Author " + pdf_string("Sumber Daya Manusia (SDM), PT Karaginan Galesong Lestari")
            + b" /Subject " + pdf_string("Business travel: approval, per diem, hotels, advances and settlement")
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
