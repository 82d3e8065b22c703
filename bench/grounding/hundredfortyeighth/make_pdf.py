#!/usr/bin/env python3
"""Build docs/hr/staff-medical-benefits.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-medical-benefits.pdf")

TITLE = "Staff Medical Benefits Policy - HR-09 Revision 4"
DATE = "D:20291015100000+05'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Kandumathi Resorts & Cruises Pvt Ltd \u00b7 Human Resources"),
        (16, "STAFF MEDICAL BENEFITS POLICY"),
        (12, "Policy HR-09 \u00b7 Revision 4"),
        (9, "Date: 15/10/2029 \u00b7 Effective: 01/11/2029"),
        (9, "Applies to all staff: the resort, the Mal\u00e9 office, the transfer desk and both liveaboards."),
        None,
        (12, "1. Staff Clinic"),
        (10, "- The Staff Clinic on Hiyaafushi is open 08:00 to 12:00 and 16:00 to 20:00 every day."),
        (10, "- Outside those hours the resort doctor is on call 24 hours through the Duty Manager (ext 2000)."),
        (10, "- Visits, basic medicines and dressings at the Staff Clinic are free for all staff."),
        (10, "- Crew on the liveaboards call the captain, who calls the Head of Diving and the doctor."),
        None,
        (12, "2. What the company pays"),
        (10, "Benefit                   Maldivian staff              Expatriate staff"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Hospital (inpatient)      Aasandha                     Insurance, up to MVR 150,000.00 a year"),
        (10, "Outpatient                Up to MVR 6,000.00 a year    Insurance, up to MVR 10,000.00 a year"),
        (10, "Dental                    Up to MVR 2,500.00 a year    Up to MVR 2,500.00 a year"),
        (10, "Glasses, every 2 years    Up to MVR 1,800.00           Up to MVR 1,800.00"),
        None,
        (10, "Maldivian staff are covered by Aasandha through their national ID card. The company"),
        (10, "top-up pays outpatient costs that Aasandha does not cover, such as private clinic fees."),
        (10, "Expatriate staff are covered by the company's group medical insurance from their first day;"),
        (10, "the insurance card is issued by HR within 2 weeks of joining."),
        None,
        (12, "3. Medical evacuation"),
        (10, "When the doctor refers you to a hospital in Mal\u00e9 or Hulhumal\u00e9, the company pays the"),
        (10, "speedboat or seaplane there and back, and for one colleague to go with you if the doctor"),
        (10, "says you need an escort. In an emergency the Duty Manager arranges the fastest transport."),
    ],
    [
        (12, "4. How to claim"),
        (10, "- Claim in StaffDesk > Claims > Medical within 60 days of the treatment."),
        (10, "- Upload the receipts, the prescription and the doctor's report or referral."),
        (10, "- Claims approved by the 15th of the month are paid with that month's salary."),
        (10, "- Expatriate inpatient bills are settled by the insurer directly; tell HR before admission."),
        None,
        (12, "5. Work permit medicals"),
        (10, "The company pays for the medical check needed for an expatriate work permit and its renewal."),
        None,
        (12, "6. Not covered"),
        (10, "Cosmetic treatment, treatment abroad that the doctor did not refer, and injuries from"),
        (10, "activities that break the Code of Conduct."),
        None,
        (12, "7. Questions"),
        (10, "HR at the resort, ext 2110, or the Staff Clinic, ext 2233."),
        None,
        (10, "This revision replaces Revision 3."),
        (10, "HR Director"),
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
            + b" /Author " + pdf_string("Human Resources, Kandumathi Resorts & Cruises Pvt Ltd")
            + b" /Subject " + pdf_string("Staff Clinic, Aasandha top-up, expatriate medical insurance, dental, optical and claims")
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
