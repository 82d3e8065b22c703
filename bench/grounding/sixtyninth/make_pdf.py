#!/usr/bin/env python3
"""Build docs/hr/advances-and-loans.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "advances-and-loans.pdf")

TITLE = "Salary Advances and Staff Loans Policy - RH-09 Edition 2036"
DATE = "D:20251201100000-03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Bodega Cord\u00f3n del Plata S.A. \u00b7 Recursos Humanos and Payroll"),
        (16, "SALARY ADVANCES AND STAFF LOANS POLICY"),
        (12, "Policy RH-09 \u00b7 Edition 2036"),
        (9, "Date: 01/12/2035 \u00b7 Effective: 01/01/2036"),
        (9, "This edition replaces the salary advances policy issued on 02/05/2032."),
        None,
        (12, "1. Salary advance (anticipo) for monthly staff"),
        (10, "- Permanent staff who have passed their trial period may ask for an advance."),
        (10, "- Up to 40% of your net monthly salary, up to 3 advances in a calendar year."),
        (10, "- Each advance is deducted in full from your next monthly salary."),
        (10, "- Ask in Vi\u00f1ared > Mis tr\u00e1mites > Anticipo by the 10th of the month."),
        (10, "  Approved advances are paid by transfer on the 15th, or the next working day."),
        None,
        (12, "2. Adelanto de cosecha for harvest staff"),
        (10, "- Cosechadores may take up to 50% of the fichas already scanned that week."),
        (10, "- The encargado requests it in FichaNet by Tuesday 15.00 hs; it is paid on Wednesday."),
        (10, "- The adelanto is deducted from the Friday pay of the same week."),
        None,
        (12, "3. Staff loans"),
        (10, "Loan                  Amount up to       Interest          Repay over      Service needed"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Emergency loan        $ 1.500.000        Interest free     12 months       1 year"),
        (10, "School start loan     $ 450.000          Interest free     6 months        6 months"),
        (10, "Housing repair loan   $ 3.000.000        Half the BNA rate 24 months       3 years"),
        None,
        (10, "An emergency loan is for illness in the family, a funeral, or fire or flood at home."),
        (10, "Upload the bills or a letter from the hospital, funeral home or insurer."),
        (10, "School start loans (inicio de clases) open on 1 February and close on 15 March."),
    ],
    [
        (12, "4. Limits"),
        (10, "- All deductions for advances and loans together may not be more than 25% of your"),
        (10, "  gross salary in a month."),
        (10, "- Only one loan of each type at a time. An advance must be repaid before another is paid."),
        None,
        (12, "5. Who approves"),
        (10, "- Payroll approves advances and loans up to $ 1.500.000."),
        (10, "- The Jefa de Recursos Humanos approves larger loans; the Gerente General approves any"),
        (10, "  housing repair loan over $ 2.000.000."),
        (10, "- You receive the answer in Vi\u00f1ared within 5 working days."),
        None,
        (12, "6. Leaving the company"),
        (10, "Any balance is deducted from your final settlement (liquidaci\u00f3n final), within the limits"),
        (10, "set by law."),
        None,
        (12, "7. Questions"),
        (10, "Payroll, ext 215, or Recursos Humanos, ext 210."),
        None,
        (10, "Payroll (Liquidaci\u00f3n de sueldos)"),
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
            + b" /Author " + pdf_string("Recursos Humanos and Payroll, Bodega Cordón del Plata S.A.")
            + b" /Subject " + pdf_string("Salary advances, adelanto de cosecha, emergency, school start and housing repair loans")
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
