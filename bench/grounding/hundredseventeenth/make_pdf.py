#!/usr/bin/env python3
"""Build docs/hr/medical-cover-and-sick-leave.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "medical-cover-and-sick-leave.pdf")

TITLE = "Medical Cover and Sick Leave Policy - HR-09 (2029)"
DATE = "D:20290610090000+03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Ras Ajouza Marine & Logistics W.L.L. \u00b7 Human Resources"),
        (16, "MEDICAL COVER AND SICK LEAVE POLICY"),
        (12, "Policy HR-09 \u00b7 2029"),
        (9, "Date: 10/06/2029 \u00b7 Effective: 01/07/2029"),
        (9, "This policy replaces the Medical Cover and Sick Leave Policy issued in March 2026."),
        None,
        (12, "1. Medical insurance"),
        (10, "- All staff are covered by the company's group medical insurance with Al-Sanbouk Takaful"),
        (10, "  from their first day of work, on the Sanbouk Gold network of clinics and hospitals."),
        (10, "- At a network clinic or hospital you pay 10% of each bill, up to KD 5.000 a visit."),
        (10, "  The insurance pays the rest. Treatment outside the network is covered only in an emergency."),
        (10, "- The annual limit is KD 2,500.000 for each person."),
        (10, "- Dental: emergencies, plus one check-up and cleaning a year."),
        (10, "- Eyes: one eye test a year, and glasses up to KD 30.000 every 2 years."),
        (10, "- Show the insurance card in the MyAjouza app and your civil ID at the clinic."),
        (10, "- A planned hospital admission needs the insurer's approval: tell the HR Service Desk"),
        (10, "  at least 3 working days before the admission."),
        None,
        (12, "2. Sick leave"),
        (10, "Days of sick leave in a year of service       Pay"),
        (10, "-------------------------------------------------------------------"),
        (10, "First 15 days                                 Full pay"),
        (10, "Next 10 days                                  Three-quarters pay"),
        (10, "Next 10 days                                  Half pay"),
        (10, "Next 10 days                                  Quarter pay"),
        (10, "Next 30 days                                  Unpaid"),
        None,
        (10, "Sick leave must be certified by a government clinic or hospital, or by a network clinic."),
        (10, "Certified sick days during annual leave are not counted as annual leave."),
    ],
    [
        (12, "3. Reporting sick"),
        (10, "- Tell your foreman or supervisor before your shift starts. Your site guide says how early"),
        (10, "  and whom to call."),
        (10, "- For sick leave of more than 1 day, upload a photo of the medical certificate in"),
        (10, "  MyAjouza > Leave > Sick leave within 48 hours. Keep the original for 3 months."),
        (10, "- Sick leave without a certificate is treated as absence without permission."),
        None,
        (12, "4. Injury at work"),
        (10, "- Staff injured at work receive full pay while a doctor says they are unfit for work."),
        (10, "- Report the injury in MyAjouza > Safety > Report within 24 hours."),
        (10, "- The company pays treatment for a work injury in full, with no co-payment."),
        None,
        (12, "5. Medical checks"),
        (10, "- Drivers, cold store staff and marine crew have a medical check every year,"),
        (10, "  paid by the company."),
        (10, "- Staff who work in the freezer rooms must be passed fit for cold work before their"),
        (10, "  first shift there."),
        None,
        (12, "6. Questions"),
        (10, "HR Service Desk, ext 2200."),
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
            + b" /Author " + pdf_string("Human Resources, Ras Ajouza Marine & Logistics W.L.L.")
            + b" /Subject " + pdf_string("Medical insurance, sick leave, injury at work and medical checks")
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
