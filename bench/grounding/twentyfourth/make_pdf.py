#!/usr/bin/env python3
"""Build docs/hr/staff-medical-benefits-fy2027.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-medical-benefits-fy2027.pdf")

TITLE = "Staff Medical Benefits Schedule FY2027"
DATE = "D:20270315090000+08'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Pelangi Community Hospital"),
        (16, "STAFF MEDICAL BENEFITS SCHEDULE FY2027"),
        (9, "Ref HR-09 \u00b7 Issued by Human Resources, 15/03/2027"),
        (9, "Valid for claims incurred 01/04/2027 to 31/03/2029"),
        None,
        (12, "1. Who is covered"),
        (10, "Permanent and contract staff, from the first day of service (there is no waiting period)."),
        (10, "Part-time staff: the yearly limits are pro-rated to contracted hours."),
        (10, "Dependants are not covered by this schedule; you can add them to the GHS insurance (see Staff benefits)."),
        None,
        (12, "2. Outpatient benefits"),
        (10, "Limits are in Singapore dollars. The yearly limits reset on 1 April."),
        None,
        (10, "Benefit                                              Per visit                  Per year"),
        (10, "---------------------------------------------------------------------------------------------"),
        (10, "Panel GP clinic                                     S$10 co-payment       No limit"),
        (10, "Non-panel GP clinic                                 S$40.00                   S$500.00"),
        (10, "Specialist (with a GP referral)                  S$150.00                 S$1,500.00"),
        (10, "TCM and acupuncture                              S$35.00                   S$350.00"),
        (10, "Dental (scaling, fillings, extraction)         SGD 150                   SGD 450"),
        (10, "Physiotherapy outside PCH                      S$60.00                   S$600.00"),
        (10, "Spectacles or contact lenses                    -                              S$200.00 every 2 years"),
        (10, "Health screening (age 40 and above)       -                              S$250.00 every 2 years"),
        None,
        (10, "A referral letter from a GP (panel or not) is needed for a specialist claim. Dental extractions"),
        (10, "include wisdom teeth; the per-visit limit applies to each visit, not to each tooth."),
    ],
    [
        (12, "3. How to claim"),
        (10, "- Pay the clinic first, then claim in HRConnect > Claims > Medical within 30 days of the visit."),
        (10, "- Attach a photo of the itemised receipt. You do not need an MC to make a claim."),
        (10, "- Claims approved by the 10th of the month are paid with that month's salary."),
        (10, "- Panel GP clinics: show your staff pass and pay only the S$10 co-payment; there is nothing to claim."),
        (10, "- Claims above a yearly limit are paid up to the limit only; the rest is yours to pay."),
        None,
        (12, "4. Not covered"),
        (10, "Cosmetic treatment, vitamins and supplements (use Pelangi Flex for these), teeth whitening, braces,"),
        (10, "and treatment outside Singapore."),
        None,
        (12, "5. Hospitalisation"),
        (10, "The Group Hospitalisation and Surgical (GHS) insurance pays for a ward of up to class B1 in a public"),
        (10, "hospital. Ask HR for the policy summary."),
        None,
        (12, "6. Questions"),
        (10, "HR Helpdesk, ext 6220, or HRConnect > Help."),
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
            + b" /Author " + pdf_string("Human Resources, Pelangi Community Hospital")
            + b" /Subject " + pdf_string("Outpatient, dental, spectacles and health screening claim limits")
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
