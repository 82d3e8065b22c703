#!/usr/bin/env python3
"""Build docs/hr/salary-advance-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "salary-advance-policy.pdf")

TITLE = "Salary Advance Policy (Avance sur salaire) - RH-07"
DATE = "D:20360317100000+03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Vanille Bemarivo SARL \u00b7 Ressources Humaines et Paie"),
        (16, "SALARY ADVANCE POLICY (AVANCE SUR SALAIRE)"),
        (12, "Policy RH-07 \u00b7 Effective 01/04/2036"),
        (9, "Date: 17/03/2036 \u00b7 Approved by the Directeur Administratif et Financier"),
        (9, "This policy replaces the avance sur salaire rules of February 2032."),
        None,
        (12, "1. Ordinary advance"),
        (10, "- Monthly staff: up to 40% of your net monthly salary, after your trial period."),
        (10, "- Up to 3 advances in a calendar year. Each advance is taken back in full from the salary"),
        (10, "  of the same month."),
        (10, "- Apply in MyBemarivo > Pay > Advance, or in the app, by the 10th of the month. If the 10th"),
        (10, "  is not a working day, you may apply until the next working day."),
        (10, "- The advance is paid on the 15th, by bank transfer or mobile money. If the 15th is not a"),
        (10, "  working day, it is paid on the working day before."),
        (10, "- Day workers in the campaign: up to 2 days' wages once a week, asked at the site office"),
        (10, "  by Wednesday 12h00 and taken back from Friday's pay."),
        None,
        (12, "2. Special advances"),
        (10, "Type                                   Up to             Repaid over      How often"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Family ceremony (famadihana,           1 250 000 Ar      6 months         Once every 2 years"),
        (10, "funeral, marriage)"),
        (10, "School (rentr\u00e9e scolaire)              600 000 Ar        5 months         Once a year"),
        (10, "Medical (care not covered by OSTIE)    1 000 000 Ar      8 months         With the bill or quote"),
        None,
        (10, "You need 1 year of service for a special advance. School advances are asked for from"),
        (10, "1 September to 15 October. Only one special advance at a time."),
        (10, "For a family ceremony, attach a letter from the family or the fokontany. The advance may"),
        (10, "pay for the z\u00e9bu, the lamba mena and the travel of your household."),
    ],
    [
        (12, "3. Limits"),
        (10, "- Repayments of special advances may not be more than 30% of your net salary in any month."),
        (10, "- An ordinary advance must be repaid before another one is paid."),
        None,
        (12, "4. Approval"),
        (10, "- Payroll approves advances up to 500 000 Ar. The DAF approves larger advances."),
        (10, "- You receive the answer in MyBemarivo within 3 working days."),
        None,
        (12, "5. Leaving the company"),
        (10, "Any balance is taken from your final pay (solde de tout compte)."),
        None,
        (12, "6. Confidentiality"),
        (10, "Your requests and the reason for them are seen only by Payroll, the DAF and you."),
        None,
        (12, "7. Questions"),
        (10, "Payroll, ext 125, or HR, ext 120."),
        None,
        (10, "Directeur Administratif et Financier"),
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
            + b" /Author " + pdf_string("Ressources Humaines et Paie, Vanille Bemarivo SARL")
            + b" /Subject " + pdf_string("Ordinary and special salary advances")
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
