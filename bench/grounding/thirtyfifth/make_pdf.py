#!/usr/bin/env python3
"""Build docs/hr/staff-medical-scheme.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-medical-scheme.pdf")

TITLE = "Staff Medical Scheme - HR-09 Policy Year 2028"
DATE = "D:20271215100000+08'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Jade Harbour Property Services Limited \u00b7 Human Resources"),
        (16, "STAFF MEDICAL SCHEME"),
        (12, "Policy HR-09 \u00b7 Policy year 2028 (1 January to 31 December 2028)"),
        (9, "Date: 15/12/2027 \u00b7 Effective: 01/01/2028"),
        None,
        (12, "1. Who is covered"),
        (10, "- Permanent staff who have completed the 3-month probation. Cover ends on your last day of"),
        (10, "  employment."),
        (10, "- Grade F: front-line grades (Security Officers, cleaning attendants, technicians)."),
        (10, "- Grade S: Security Supervisors, Cleaning Supervisors, officers and managers."),
        None,
        (12, "2. Outpatient benefits"),
        (10, "Benefit                             Grade F                  Grade S                  Visits a year"),
        (10, "----------------------------------------------------------------------------------------------"),
        (10, "General practitioner (GP)       HK$250 a visit         HK$300 a visit         20"),
        (10, "Specialist (GP referral)          HK$400 a visit         HK$500 a visit         10"),
        (10, "Chinese medicine practitioner  HK$220 a visit         HK$260 a visit         15"),
        (10, "Physiotherapy (referral)          HK$320 a session     HK$380 a session     10"),
        (10, "X-ray and laboratory tests       HK$2,000 a year       HK$3,000 a year       -"),
        None,
        (10, "Chinese medicine includes bone-setting and acupuncture by a registered Chinese medicine"),
        (10, "practitioner. Specialist visits, physiotherapy, X-rays and tests need a GP referral letter."),
        (10, "Network clinics: show your staff card and pay a HK$40 co-payment; there is nothing to claim."),
        None,
        (12, "3. Hospital benefits"),
        (10, "Benefit                             Grade F                           Grade S"),
        (10, "----------------------------------------------------------------------------------------------"),
        (10, "Room and board                   HK$1,200 a day (ward)         HK$1,800 a day (semi-private)"),
        (10, "Days a year                         90                                      90"),
        (10, "Surgeon's fee (per operation)   up to HK$30,000                up to HK$45,000"),
    ],
    [
        (12, "4. How to claim"),
        (10, "- Claim in StaffHub > Claims > Medical within 90 days of the visit."),
        (10, "- Upload the receipt showing the doctor's name, the date and the fee, and the referral"),
        (10, "  letter where one is needed. Keep the original receipts for 6 months."),
        (10, "- Approved claims are paid with your next salary."),
        (10, "- For a planned hospital stay, ask HR for a guarantee letter at least 5 working days before."),
        None,
        (12, "5. Not covered"),
        (10, "Cosmetic treatment, health supplements, spectacles and contact lenses, and treatment outside"),
        (10, "Hong Kong except an emergency."),
        None,
        (12, "6. Your information"),
        (10, "Claims and receipts are seen only by HR and the scheme's insurer. Your Site Supervisor is told"),
        (10, "the dates of sick leave, never the reason or the diagnosis."),
        None,
        (12, "7. Questions"),
        (10, "HR Hotline, ext 1200."),
        None,
        (10, "Head of Human Resources"),
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
            + b" /Author " + pdf_string("Human Resources, Jade Harbour Property Services Limited")
            + b" /Subject " + pdf_string("Outpatient, hospital and claims benefits for the 2028 policy year")
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
