#!/usr/bin/env python3
"""Build docs/hr/medical-insurance-2037.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "medical-insurance-2037.pdf")

TITLE = "Group Medical Insurance 2037 - Summary of Benefits"
DATE = "D:20361215100000+03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Mashriq Generics Pharmaceutical Industries Co. \u00b7 Human Resources"),
        (16, "GROUP MEDICAL INSURANCE 2037"),
        (12, "Summary of Benefits \u00b7 Policy GMI-MP-2037 \u00b7 Sanad Health Insurance"),
        (9, "Policy year: 01/01/2037 to 31/12/2037 \u00b7 Issued by HR: 15/12/2036"),
        None,
        (12, "1. Who is covered"),
        (10, "- Every permanent employee, from the first day of work."),
        (10, "- Your spouse and your children (unmarried, under 25), free of charge."),
        (10, "- Your father and mother at your own cost: JD 180 per parent per year, deducted from your"),
        (10, "  salary in 12 monthly parts of JD 15."),
        None,
        (12, "2. Benefits"),
        (10, "Benefit                                  Class A (managers)      Class B (all other staff)"),
        (10, "-------------------------------------------------------------------------------------------"),
        (10, "Annual ceiling per person                JD 25,000               JD 15,000"),
        (10, "Hospital room                            private room            semi-private room"),
        (10, "Outpatient co-pay, network clinics       0%                      10%"),
        (10, "Medicines co-pay                         10%                     15%"),
        (10, "Normal delivery                          JD 800                  JD 800"),
        (10, "Caesarean delivery                       JD 1,200                JD 1,200"),
        (10, "Dental, per year                         JD 150                  JD 100"),
        (10, "Optical, every 2 years                   JD 80                   JD 60"),
        (10, "Emergency                                100% at any hospital in Jordan"),
        None,
        (10, "Class A is for grade 8 and above; everyone else is in Class B. Your class is printed on your"),
        (10, "Sanad card. Cover outside Jordan is for emergencies only, up to the annual ceiling."),
    ],
    [
        (12, "3. Approval before treatment"),
        (10, "MRI and CT scans, physiotherapy, planned surgery and hospital admission need the insurer's"),
        (10, "approval first. The network provider asks for it in the Sanad app; approval comes within"),
        (10, "24 hours. Emergencies need no approval: go to the nearest hospital and show your card."),
        None,
        (12, "4. How to claim back money you paid"),
        (10, "1. Keep the original invoice, the doctor's report and the prescription."),
        (10, "2. Fill in the claim form in Mawared > Services > Medical claim and attach scans of the papers."),
        (10, "3. Hand the originals to HR at the plant or at head office within 60 days of the treatment."),
        (10, "4. The insurer pays 80% of the network price into your salary account within 30 days."),
        None,
        (12, "5. Lost card, new baby or new spouse"),
        (10, "HR replaces a lost card within 3 working days. Add a new baby or a new spouse in Mawared"),
        (10, "within 30 days with the birth certificate or the marriage contract; cover starts from the"),
        (10, "date of birth or of the marriage."),
        None,
        (12, "6. Questions"),
        (10, "HR at head office, ext 310, or the Sanad customer service line printed on your card."),
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
            + b" /Author " + pdf_string("Human Resources, Mashriq Generics Pharmaceutical Industries Co.")
            + b" /Subject " + pdf_string("Group medical insurance benefits, approvals and claims, 2037")
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
