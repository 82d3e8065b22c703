#!/usr/bin/env python3
"""Build docs/hr/social-programme-2029.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "social-programme-2029.pdf")

TITLE = "Social Programme 2029 - Rozaliya Damask AD"
DATE = "D:20281217100000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Rozaliya Damask AD \u00b7 Human Resources"),
        (16, "SOCIAL PROGRAMME 2029"),
        (10, "Agreed with the workers' representatives under the Collective Labour Agreement 2028-2030"),
        (9, "Approved: 17.12.2028 \u00b7 Valid from: 01.01.2029 to 31.12.2029"),
        None,
        (10, "The Social Programme is for everyone on a trudov dogovor who has finished the probation"),
        (10, "period. Seasonal pickers on one-day contracts are not covered. All amounts are in euro."),
        None,
        (12, "1. One-time grants"),
        (10, "Event                                     Grant          Apply within"),
        (10, "------------------------------------------------------------------------------------"),
        (10, "Birth or adoption of a child              \u20ac 400          3 months"),
        (10, "Your wedding                              \u20ac 200          3 months"),
        (10, "Your child starts 1st grade               \u20ac 150          by 30 September"),
        (10, "Death of a spouse, child or parent        \u20ac 300          3 months"),
        None,
        (10, "If both parents work for the company, each of them receives the grant for a birth or"),
        (10, "a first-grader."),
        None,
        (12, "2. Long service"),
        (10, "- 10 years with the company: 250 \u20ac"),
        (10, "- 20 years with the company: 500 \u20ac"),
        (10, "- 30 years with the company: 750 \u20ac"),
        (10, "Paid with the salary for the month in which you complete the years of service."),
        None,
        (12, "3. Interest-free emergency loan"),
        (10, "For an emergency (illness, a funeral, damage to your home by fire or flood) you can"),
        (10, "borrow up to 1 500,00 \u20ac without interest, repaid over 12 months from your salary."),
        (10, "You need 1 year of service. One loan at a time."),
    ],
    [
        (12, "4. Health"),
        (10, "- A free annual check-up with the occupational health service, during working time."),
        (10, "- A free flu vaccine in October at every site."),
        None,
        (12, "5. Children's Christmas gifts"),
        (10, "A gift package for each child up to 12 years old, given out at the sites in the week"),
        (10, "before Christmas."),
        None,
        (12, "6. How to apply"),
        (10, "- Apply in MoyatPortal > Social programme > New application."),
        (10, "- Upload a photo of the document: birth certificate, marriage certificate, death"),
        (10, "  certificate or the school's certificate."),
        (10, "- HR answers within 5 working days. The grant is paid with the next salary."),
        None,
        (12, "7. Questions"),
        (10, "HR Service, ext. 120, hr@rozaliya.bg."),
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
            + b" /Author " + pdf_string("Human Resources, Rozaliya Damask AD")
            + b" /Subject " + pdf_string("Grants, long service awards, emergency loan, health")
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
