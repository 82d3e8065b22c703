#!/usr/bin/env python3
"""Build docs/outgrowers/outgrower-payment-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "outgrowers", "outgrower-payment-policy.pdf")

TITLE = "Outgrower Green Leaf Payment Policy - OUT-01 Version 4"
DATE = "D:20290212100000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Umucyo Hills Tea Company Ltd \u00b7 Outgrower Office \u00b7 Kagano, Nyamasheke"),
        (16, "OUTGROWER GREEN LEAF PAYMENT POLICY"),
        (12, "Policy OUT-01 \u00b7 Version 4"),
        (9, "Date: 12/02/2029 \u00b7 Effective: 01/03/2029"),
        (9, "This version replaces Version 3 (June 2027)."),
        None,
        (10, "This policy tells smallholder farmers, collection centre clerks and the outgrower team how green"),
        (10, "leaf delivered to our 14 collection centres is priced, checked and paid. Muraho neza, bahinzi!"),
        None,
        (12, "1. Price and bonus"),
        (10, "Item                          Amount                  Notes"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Green leaf price              RWF 330 per kg          accepted leaf, all collection centres"),
        (10, "Quality bonus                Frw 20 per kg           month's leaf count 80% fine leaf or better"),
        (10, "Cooperative levy             Frw 5 per kg            paid to the cooperative"),
        (10, "Transport deduction          Frw 8 per kg            centres more than 15 km from the factory"),
        None,
        (10, "The price is never below the minimum green leaf price set by NAEB for the season."),
        None,
        (12, "2. Leaf that is rejected"),
        (10, "- Leaf with more than 30% coarse leaf (third leaf, hard stalk) in the clerk's 200 g sample."),
        (10, "- Leaf carried or kept in plastic bags, or leaf that is heated, red or wet from washing."),
        (10, "- Leaf with stones, soil or other matter added. The farmer is warned; a second case in"),
        (10, "  12 months suspends deliveries for 1 month."),
        (10, "The clerk writes every rejection on the delivery slip and in LeafTrack, with the reason."),
        None,
        (12, "3. Payment"),
        (10, "- Farmers are paid twice a month by MTN MoMo or into their Umurenge SACCO account:"),
        (10, "  by the 20th for leaf delivered from the 1st to the 15th, and by the 5th of the next month"),
        (10, "  for leaf delivered from the 16th to the end of the month."),
        (10, "- Each delivery is confirmed by SMS with the kilos accepted. A monthly statement is posted"),
        (10, "  at every collection centre on the 7th."),
    ],
    [
        (12, "4. Fertiliser and school fees credit"),
        (10, "- NPK 25-5-5 is given on credit in March and September at 300 kg per hectare a year."),
        (10, "  The credit is recovered from leaf payments over 6 months, interest free."),
        (10, "- A school fees advance of up to RWF 60,000 is paid in January to farmers who delivered"),
        (10, "  leaf in at least 9 of the last 12 months. It is recovered over 4 payments."),
        (10, "- Recoveries may not take more than 40% of any one payment."),
        None,
        (12, "5. Changing your payment details"),
        (10, "A farmer changes a MoMo number or SACCO account only in person at the Outgrower Office,"),
        (10, "with the national ID and the cooperative card. Nobody from Umucyo Tea will ever ask you"),
        (10, "for your MoMo PIN."),
        None,
        (12, "6. Complaints"),
        (10, "Tell the collection centre clerk first. If it is not solved, call the Outgrower Office"),
        (10, "(ext 400 through the estate switchboard) within 7 days of the delivery or payment."),
        (10, "The Outgrower Manager answers within 10 working days."),
        None,
        (10, "Outgrower Manager"),
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
            + b" /Author " + pdf_string("Outgrower Office, Umucyo Hills Tea Company Ltd")
            + b" /Subject " + pdf_string("Green leaf price, bonus, deductions, payment and credit for outgrowers")
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
