#!/usr/bin/env python3
"""Build docs/hr/sickness-absence-and-sick-pay.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "sickness-absence-and-sick-pay.pdf")

TITLE = "Sickness Absence and Sick Pay Policy - HR-06 Issue 4"
DATE = "D:20330510100000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Fernleigh Care Homes Ltd \u00b7 Human Resources"),
        (16, "SICKNESS ABSENCE AND SICK PAY POLICY"),
        (12, "Policy HR-06 \u00b7 Issue 4"),
        (9, "Date: 10/05/2033 \u00b7 Effective: 01/06/2033"),
        (9, "This issue replaces Issue 3 (April 2029)."),
        None,
        (12, "1. Telling us you are sick"),
        (10, "- Phone the nurse in charge or the senior on duty at your home at least 4 hours before"),
        (10, "  your shift starts: by 03:30 for a 07:30 day shift and by 15:45 for a 19:45 night shift."),
        (10, "- Texts, WhatsApp and Rotaline messages are not accepted. If you are too ill to phone,"),
        (10, "  someone may phone for you."),
        (10, "- Phone again before each shift unless a fit note covers it."),
        None,
        (12, "2. Evidence"),
        (10, "- Up to 7 calendar days: complete the return-to-work form in PeoplePad > Absence on"),
        (10, "  your first day back."),
        (10, "- From the 8th calendar day: a fit note from your GP, a hospital or another healthcare"),
        (10, "  professional. Upload a photo of it in PeoplePad > Absence within 3 days of getting it."),
        (10, "- A return-to-work meeting with your home manager or deputy takes place on your first"),
        (10, "  shift back."),
        None,
        (12, "3. Company sick pay"),
        (10, "Length of service              Company sick pay (full basic pay) in any 12 months"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Under 1 year                   Statutory Sick Pay (SSP) only"),
        (10, "1 year to under 3 years        2 weeks"),
        (10, "3 years to under 5 years       4 weeks"),
        (10, "5 years or more                6 weeks"),
        None,
        (10, "A week means your contracted weekly hours. Enhancements are not included. When company"),
        (10, "sick pay runs out, you get SSP if you qualify for it."),
    ],
    [
        (12, "4. Stomach bugs and infections"),
        (10, "- Diarrhoea or vomiting: stay away until 48 hours after the last episode and tell the"),
        (10, "  nurse in charge. The shifts you miss in those 48 hours are paid at full basic pay, even"),
        (10, "  if you have no company sick pay, and they do not count towards the review triggers."),
        (10, "- Flu, COVID-19 and other infections: the Director of Care and Quality (ext 130) tells"),
        (10, "  you when you can come back."),
        None,
        (12, "5. Reviewing absence"),
        (10, "- 3 episodes or 6 shifts of absence in any rolling 12 months lead to an informal review"),
        (10, "  meeting with your home manager."),
        (10, "- After 28 days' continuous absence we refer you to occupational health, with your consent."),
        None,
        (12, "6. Sick during annual leave"),
        (10, "Phone your home on the first day of sickness. With a fit note, the leave you lost can be"),
        (10, "taken later."),
        None,
        (12, "7. Questions"),
        (10, "HR, ext 110 or 111; Payroll, ext 120."),
        None,
        (10, "Head of HR"),
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
            + b" /Author " + pdf_string("Human Resources, Fernleigh Care Homes Ltd")
            + b" /Subject " + pdf_string("Reporting sickness, evidence, company sick pay and absence reviews")
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
