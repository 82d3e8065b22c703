#!/usr/bin/env python3
"""Build docs/hr/material-assistance-and-loans.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "material-assistance-and-loans.pdf")

TITLE = "Material Assistance and Interest-Free Loans - HR-09 (2028 edition)"
DATE = "D:20271218100000+05'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Oqtola Tekstil AJ \u00b7 Kadrlar bo'limi and Buxgalteriya \u00b7 with the kasaba uyushmasi"),
        (16, "MATERIAL ASSISTANCE AND INTEREST-FREE LOANS"),
        (12, "Rules HR-09 \u00b7 2028 edition"),
        (9, "Approved: 18.12.2027 \u00b7 In force from: 01.01.2028"),
        None,
        (12, "1. Moddiy yordam (material assistance)"),
        (10, "The company gives a one-off grant, not repaid, for these events in an employee's life:"),
        (10, "Event                                            Amount"),
        (10, "--------------------------------------------------------------------------"),
        (10, "Your own wedding                                 3 000 000 so'm"),
        (10, "Birth of your child                              2 000 000 so'm"),
        (10, "Death of your spouse, parent or child            2 500 000 so'm"),
        (10, "Your serious illness or operation                up to 5 000 000 so'm"),
        (10, "Fire or flood damage to your home                up to 10 000 000 so'm"),
        None,
        (10, "- You can apply once your probation (3 months) is over."),
        (10, "- Apply in Xodim > Ariza > Moddiy yordam within 3 months of the event and upload a copy of"),
        (10, "  the certificate (FHDYo guvohnomasi), the hospital's statement or the mahalla's act."),
        (10, "- When both parents work at Oqtola, the grant for the birth of a child is paid to one of them."),
        (10, "- The commission (HR, Buxgalteriya and the kasaba uyushmasi) meets every second Wednesday."),
        (10, "  Approved grants are paid with the next avans or oylik."),
        None,
        (12, "2. Foizsiz qarz (interest-free loan)"),
        (10, "- Up to 15 000 000 so'm, repaid over up to 12 months by deduction from your oylik."),
        (10, "- You must have worked at Oqtola for at least 1 year without a hayfsan in the last 6 months."),
        (10, "- For housing repair, medical treatment, a child's university kontrakt or a family wedding."),
    ],
    [
        (12, "3. Limits"),
        (10, "- The monthly loan deduction may not be more than 20% of your oylik."),
        (10, "- A loan over 8 000 000 so'm needs one kafil (guarantor): a permanent employee with at"),
        (10, "  least 2 years at Oqtola."),
        (10, "- One loan at a time. A new loan can be given 3 months after the last one is repaid."),
        None,
        (12, "4. How to apply for a loan"),
        (10, "Step 1. Apply in Xodim > Ariza > Foizsiz qarz and say what the loan is for."),
        (10, "Step 2. Upload the estimate, invoice or kontrakt and, over 8 000 000 so'm, the kafil's"),
        (10, "        signed consent."),
        (10, "Step 3. Buxgalteriya checks your service and deductions; the commission decides."),
        (10, "Step 4. Sign the loan agreement at kadrlar bo'limi, room 105, with your pasport or ID-karta."),
        (10, "        The money is paid to your salary card within 5 working days."),
        None,
        (12, "5. Leaving the company"),
        (10, "Any loan balance is deducted from your final payment. What is left must be repaid within"),
        (10, "1 month under the loan agreement."),
        None,
        (12, "6. Questions"),
        (10, "Kadrlar bo'limi, ext 210; Buxgalteriya, ext 230; kasaba uyushmasi, ext 290."),
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
            + b" /Author " + pdf_string("Kadrlar bo'limi and Buxgalteriya, Oqtola Tekstil AJ")
            + b" /Subject " + pdf_string("Material assistance grants and interest-free staff loans")
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
