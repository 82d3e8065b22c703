#!/usr/bin/env python3
"""Build docs/certifikati/fsc-pefc-audit-summary-2031.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "certifikati", "fsc-pefc-audit-summary-2031.pdf")

TITLE = "FSC and PEFC Chain of Custody - Surveillance Audit Summary 2031"
DATE = "D:20310926103000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
# WinAnsi has no c with caron, so place names are written without it (Kocevje), as in the English 2030 summary.
PAGES = [
    [
        (10, "Kolpa Les d.d. \u00b7 Quality and Certification"),
        (16, "FSC AND PEFC CHAIN OF CUSTODY"),
        (12, "Surveillance audit summary 2031"),
        (9, "Issued: 26 September 2031 \u00b7 For customers, agents and sales staff"),
        (9, "This summary replaces the 2030 surveillance audit summary."),
        None,
        (12, "1. Certificates"),
        (10, "- Certificate holder: Kolpa Les d.d., Lesko\u0161kova cesta 12, 1000 Ljubljana, Slovenia"),
        (10, "  (multi-site: Kocevje sawmill, kilns and glulam plant; Ribnica furniture factory;"),
        (10, "  Ljubljana head office and showroom)."),
        (10, "- Certification body: Alpen Forest Cert GmbH, Graz, Austria."),
        (10, "- FSC chain of custody certificate AFC-COC-004417, FSC licence code FSC-C217345."),
        (10, "- PEFC chain of custody certificate AFC-PEFC-COC-0912."),
        (10, "- Both certificates are valid until 4 May 2034, subject to yearly surveillance audits."),
        None,
        (12, "2. The 2031 audit"),
        (10, "The surveillance audit took place on site from 16 to 18 September 2031. The auditors"),
        (10, "visited all three sites and checked 40 log deliveries and 25 sales invoices."),
        (10, "Result: certificates maintained, with no major and 2 minor non-conformities."),
        None,
        (10, "No.          Type     Finding                                            Deadline"),
        (10, "-------------------------------------------------------------------------------------------"),
        (10, "NC 2031-01   minor    FSC claim missing on two invoices for glulam beams   17 December 2031"),
        (10, "NC 2031-02   minor    Origin documents incomplete for 3 of 40 log          17 December 2031"),
        (10, "                      deliveries from Croatia"),
        None,
        (10, "The major non-conformity of 2030 (volume summary for glulam beams) was closed and"),
        (10, "the auditors found the monthly volume summaries complete for the whole year."),
    ],
    [
        (12, "3. Material input"),
        (10, "In the year from 1 July 2030 to 30 June 2031 we bought 118,400 m\u00b3 of roundwood:"),
        (10, "41% PEFC certified, 22% FSC certified and 37% from controlled sources."),
        (10, "Logs came from Slovenia (71%), Croatia (23%) and Bosnia and Herzegovina (6%)."),
        None,
        (12, "4. Claims on our products"),
        (10, "Glulam beams GL24h and GL28h      FSC Mix Credit or PEFC 70% Certified"),
        (10, "Sawn beech and spruce             FSC Mix Credit or PEFC 70% Certified"),
        (10, "Kitchen fronts, solid oak         FSC 100%"),
        (10, "Kitchen fronts, lacquered MDF     FSC Mix 70%"),
        (10, "Chairs Ribnica and Kolpa          PEFC 70% Certified"),
        None,
        (12, "5. Training"),
        (10, "Every employee who receives, stores, processes or sells certified material is trained"),
        (10, "on the chain of custody procedures every 12 months. The next training is in January 2032."),
        None,
        (12, "6. Next audit"),
        (10, "The next surveillance audit is planned for September 2032."),
        None,
        (10, "Contact: Maja Kastelic, Quality and Certification, ext. 250, certifikati@kolpales.si"),
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
            + b" /Author " + pdf_string("Quality and Certification, Kolpa Les d.d.")
            + b" /Subject " + pdf_string("FSC and PEFC chain of custody surveillance audit 2031")
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
