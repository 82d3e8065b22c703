#!/usr/bin/env python3
"""Build docs/members/member-payments-policy-2030-31.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "members", "member-payments-policy-2030-31.pdf")

TITLE = "Member Payments Policy - Crop Year 2030/31 - MS-02"
DATE = "D:20300916100000-04'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Belvidere Spice Co-operative Society Ltd \u00b7 Member Services"),
        (16, "MEMBER PAYMENTS POLICY"),
        (12, "Crop year 2030/31 \u00b7 Policy MS-02"),
        (9, "Approved by the Board of Directors on 16/09/2030 \u00b7 Effective: 1 October 2030"),
        None,
        (12, "1. Advance prices"),
        (10, "The advance is paid on every delivery, by weight and grade, at these prices:"),
        (10, "Produce                                Advance per lb      Bought at"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Green nutmeg in the shell              EC$2.75             Gouyave, Carriacou"),
        (10, "Mace, whole blades (grade 1)           EC$8.50             Gouyave, Carriacou"),
        (10, "Mace, broken (grade 2)                 EC$6.00             Gouyave, Carriacou"),
        (10, "Wet cocoa beans                        EC$2.10             Grenville only"),
        (10, "Dry (fermented) cocoa                  EC$5.40             Grenville, Carriacou"),
        None,
        (10, "The second payment (each member's share of the surplus) is declared at the Annual General"),
        (10, "Meeting on Saturday 28 June 2031 and paid by Monday 15 December 2031."),
        (10, "For reference, the Co-op's average export price in the 2029/30 crop year was US$7.90 per kg"),
        (10, "for nutmeg and US$19.60 per kg for mace (FOB St George's)."),
        None,
        (12, "2. When members are paid"),
        (10, "- Members are paid every second Friday. Each payment run pays the deliveries weighed from"),
        (10, "  the Tuesday 17 days before to the Monday before the payment Friday (see the payment calendar)."),
        (10, "- When the payment Friday is a public holiday, members are paid on the Thursday before."),
        (10, "- All payments are made by bank transfer to the account the member has registered with"),
        (10, "  Member Services. Cheques are no longer issued."),
        (10, "- At the Carriacou buying point members may be paid in cash up to EC$500.00 per visit;"),
        (10, "  anything above that is paid by bank transfer."),
    ],
    [
        (12, "3. Deductions"),
        (10, "- Share capital: 2% of each payment until the member holds EC$1,000.00 in shares."),
        (10, "- Member loan repayments, as agreed in the member's loan agreement."),
        (10, "- Nothing else may be deducted without the member's written consent."),
        None,
        (12, "4. Statements"),
        (10, "A statement is published in GrowerLink for every payment run, and the member gets an SMS"),
        (10, "when it is ready. Members without a smartphone may ask for a printed statement at any buying"),
        (10, "point or at Member Services."),
        None,
        (12, "5. Quality and refusals"),
        (10, "- Nutmeg must be free of mould; mace must be dry and free of sand."),
        (10, "- The weighbridge clerk may refuse mouldy, wet or mixed produce and writes the reason on the"),
        (10, "  receipt. A member who disagrees may ask the Station Manager to look at it the same day."),
        None,
        (12, "6. Changing bank details"),
        (10, "A member changes bank details only in person at Member Services or at a buying point, with"),
        (10, "photo ID and a letter from the bank. Member Services never accepts a change by phone,"),
        (10, "e-mail or WhatsApp."),
        None,
        (12, "7. Staff who are members"),
        (10, "Staff who are members are paid like any other member. They may not weigh, grade, record or"),
        (10, "approve their own deliveries or payments."),
        None,
        (12, "8. Questions"),
        (10, "Member Services, The Esplanade, St George's, ext 230."),
        None,
        (10, "Mr Rawle Antoine, Member Services Manager"),
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
            + b" /Author " + pdf_string("Member Services, Belvidere Spice Co-operative Society Ltd")
            + b" /Subject " + pdf_string("Advance prices, payment runs, deductions and statements for farmer members")
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
