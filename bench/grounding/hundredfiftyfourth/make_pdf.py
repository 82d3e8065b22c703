#!/usr/bin/env python3
"""Build docs/kunder/northgate-audit-2031.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "kunder", "northgate-audit-2031.pdf")

TITLE = "Supplier Audit Report - Imaq Seafood A/S, Sisimiut - NS-SA-2031-044"
DATE = "D:20310818120000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Northgate Seafood Ltd \u00b7 Technical Department \u00b7 Grimsby, United Kingdom"),
        (16, "SUPPLIER AUDIT REPORT"),
        (12, "Imaq Seafood A/S \u00b7 Shrimp factory, Sisimiut \u00b7 Report NS-SA-2031-044"),
        (9, "Audit dates: 12/08/2031 - 13/08/2031 \u00b7 Report date: 18/08/2031"),
        (9, "Auditor: Claire Whitfield, Senior Technical Auditor \u00b7 Standard: Northgate Supplier Standard v7"),
        None,
        (12, "1. Scope"),
        (10, "Site: Havnevej 16, 3911 Sisimiut, Greenland. Products: cooked and peeled coldwater prawns"),
        (10, "(Pandalus borealis), frozen, in 1 kg and 5 kg packs for Northgate's UK retail customers."),
        (10, "Audit type: announced annual audit. Site contact: Ane Marie Heilmann, QA Manager."),
        None,
        (12, "2. Result"),
        (10, "Score: 86% \u00b7 Grade B (Approved - good). The previous audit in August 2030 scored 81%, Grade C."),
        (10, "The site remains an approved supplier on condition that the major non-conformity below is"),
        (10, "closed by the deadline."),
        None,
        (12, "3. Non-conformities"),
        (10, "No.  Grade     Finding                                                  Close by"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "1    Major     Metal detector checks on packing line 2 missing for        22/09/2031"),
        (10, "               3 of the 10 hours sampled on 13/08/2031"),
        (10, "2    Minor     Hairnet dispenser empty at the B-shift entrance            22/09/2031"),
        (10, "3    Minor     Pest control site map not updated since 2030               22/09/2031"),
        (10, "4    Minor     Foot bath chlorine not recorded at weekends                22/09/2031"),
        (10, "5    Obs.      Glass register does not list the new canteen windows      Next audit"),
    ],
    [
        (12, "4. Good practice seen"),
        (10, "- Cooker temperature records were complete for all shifts checked."),
        (10, "- Allergen labelling: every label checked said \"Contains: crustaceans (prawns)\" in English."),
        (10, "- Traceability test: a pallet was traced back to the trawler trip and forward to the container"),
        (10, "  in 35 minutes (target: within 2 hours)."),
        (10, "- Staff answered hygiene questions confidently in Danish, Greenlandic and English."),
        None,
        (12, "5. Corrective actions"),
        (10, "- Send evidence (records, photos, the updated procedure) through the Northgate supplier"),
        (10, "  portal by 22/09/2031. The major non-conformity needs 4 weeks of complete records."),
        (10, "- If the major non-conformity is not closed on time, Northgate will carry out a follow-up"),
        (10, "  visit at the supplier's cost, charged at GBP 950 per auditor day plus travel."),
        (10, "- The next audit will be unannounced, between 01/05/2032 and 31/08/2032."),
        None,
        (12, "6. Auditor's summary"),
        (10, "A well-run site with a strong food safety culture and good records in the cooking area."),
        (10, "The weak point is the packing area on the B shift, where the metal detector checks and"),
        (10, "the hairnet supply were not managed. I thank the site team for their open cooperation."),
        None,
        (10, "Claire Whitfield, Senior Technical Auditor, Northgate Seafood Ltd"),
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
            + b" /Author " + pdf_string("Technical Department, Northgate Seafood Ltd")
            + b" /Subject " + pdf_string("Annual supplier audit of the Sisimiut shrimp factory, August 2031")
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
