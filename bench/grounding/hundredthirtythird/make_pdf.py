#!/usr/bin/env python3
"""Build docs/hr/medical-benefits-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "medical-benefits-policy.pdf")

TITLE = "Staff Medical Benefits Policy - HR-06 Revision 4"
DATE = "D:20291202100000+00'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Bassa Crown Rubber Company, Inc. \u00b7 Human Resources"),
        (16, "STAFF MEDICAL BENEFITS POLICY"),
        (12, "Policy HR-06 \u00b7 Revision 4"),
        (9, "Date: 02/12/2029 \u00b7 Effective: 01/01/2030"),
        None,
        (12, "1. Who is covered"),
        (10, "- All permanent employees from their first day of work."),
        (10, "- Their registered dependants: one spouse and up to 4 children under 18, registered with HR."),
        (10, "- Casual and contract workers: the Crown Clinic only, for injuries at work."),
        None,
        (12, "2. The Crown Clinic"),
        (10, "Consultations, malaria tests and treatment, and clinic drugs are free for employees. Charges"),
        (10, "for dependants are on CrownNet (Crown Clinic page)."),
        None,
        (12, "3. Hospital referrals"),
        (10, "Cover                           Employee                   Registered dependants"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Share of referral bills paid    100%                       70%"),
        (10, "Yearly limit                    USD 1,500                  USD 750 per family"),
        (10, "Eyeglasses                      USD 60 every 2 years       Not covered"),
        (10, "Dental work (not extraction)    50%, up to USD 100 a year  Not covered"),
        (10, "Normal delivery                 US$200                     US$200 (spouse)"),
        (10, "Caesarean delivery              US$450                     US$450 (spouse)"),
        None,
        (10, "- A referral is made only by the Crown Clinic Physician Assistant. In an emergency you may"),
        (10, "  go straight to the hospital; tell the clinic within 24 hours."),
        (10, "- The company pays the hospital directly. If you paid a bill yourself, hand the receipts to"),
        (10, "  the HR Office within 30 days and the covered share is refunded with your next pay."),
        (10, "- Tooth extraction at the Crown Clinic is free and is not counted in the yearly limit."),
    ],
    [
        (12, "4. Getting to hospital"),
        (10, "- In an emergency the clinic sends the company pickup or calls an ambulance (911) to take"),
        (10, "  you to the hospital in Buchanan."),
        (10, "- A referral to a hospital in Monrovia needs the Physician Assistant's approval. The bus fare"),
        (10, "  of LD 1,500 each way is refunded for the patient and, for a child, one parent."),
        None,
        (12, "5. Injuries at work"),
        (10, "- All treatment for an injury at work is paid in full, with no yearly limit."),
        (10, "- You receive full pay while you are off work because of the injury, for up to 12 weeks;"),
        (10, "  after that, compensation is paid as the law provides."),
        (10, "- The injury must be reported in StaffDesk > Incidents within 24 hours."),
        None,
        (12, "6. Not covered"),
        (10, "Cosmetic treatment, treatment outside Liberia, herbalists and traditional medicine, and"),
        (10, "medicine bought without a prescription."),
        None,
        (12, "7. Your medical information"),
        (10, "Your medical records stay at the Crown Clinic or the hospital. HR and your manager are told"),
        (10, "only whether you are fit for work and for how many days you are off."),
        None,
        (12, "8. Questions"),
        (10, "HR Office, ext 2100, or the Nurse-in-charge, Crown Clinic, ext 2251."),
        None,
        (10, "HR Manager"),
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
            + b" /Author " + pdf_string("Human Resources, Bassa Crown Rubber Company, Inc.")
            + b" /Subject " + pdf_string("Clinic, hospital referral, delivery, eyeglasses and dental cover")
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
