#!/usr/bin/env python3
"""Build docs/hr/salary-advances-and-loans.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "salary-advances-and-loans.pdf")

TITLE = "Salary Advances and Staff Loans - RH-09 (2037 edition)"
DATE = "D:20370118100000+00'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Baobab Marine Canneries SA \u00b7 Direction des ressources humaines \u00b7 Paie"),
        (16, "SALARY ADVANCES AND STAFF LOANS"),
        (12, "Policy RH-09 \u00b7 2037 edition"),
        (9, "Date: 18/01/2037 \u00b7 Effective: 01/02/2037"),
        None,
        (10, "Baobab Marine helps its staff with money before pay day and for the big expenses of the year."),
        (10, "All advances and loans are repaid by deduction on the bulletin de paie."),
        None,
        (12, "1. Acompte (mid-month advance)"),
        (10, "- Permanent staff: up to 40% of your net monthly salary."),
        (10, "- Ask on the Portail RH (Paie > Avances et pr\u00eats) by the 12th of the month; the acompte is"),
        (10, "  paid on the 15th, or on the working day before if the 15th is not a working day."),
        (10, "- No more than 8 acomptes in a calendar year."),
        (10, "- Saisonniers: one acompte per quinzaine, up to 25% of the net pay earned in that quinzaine,"),
        (10, "  at the Paie window."),
        None,
        (12, "2. Advances for the f\u00eates and the rentr\u00e9e"),
        (10, "Advance                      Up to           Repaid over     Paid"),
        (10, "--------------------------------------------------------------------------------------"),
        (10, "Avance Tabaski               XOF 150 000     6 months        at least 10 days before Tabaski"),
        (10, "Avance Korit\u00e9                XOF 75 000      3 months        at least 10 days before Korit\u00e9"),
        (10, "Avance rentr\u00e9e scolaire      XOF 100 000     5 months        with the September salary"),
        None,
        (10, "Requests open about 6 weeks before the f\u00eate. For Korit\u00e9 2037, expected on 10/11/2037,"),
        (10, "requests open on Monday 28/09/2037. The date of payment follows the date announced for the f\u00eate."),
    ],
    [
        (12, "3. Pr\u00eat social"),
        (10, "- For housing repairs, a medical expense not covered by the IPM, or a family event."),
        (10, "- Up to XOF 500 000, without interest, repaid over 12 months."),
        (10, "- For permanent staff with at least 1 year of service. One pr\u00eat social at a time."),
        (10, "- Upload the quotation, the prescription or the invoice with your request on the Portail RH."),
        None,
        (12, "4. Limits and approval"),
        (10, "- All deductions for advances and loans together may not be more than 30% of your net"),
        (10, "  salary in any month."),
        (10, "- The Responsable paie approves up to XOF 150 000; the DRH approves up to XOF 500 000;"),
        (10, "  anything above is exceptional and needs the Directeur G\u00e9n\u00e9ral."),
        (10, "- Journaliers do not receive advances or loans."),
        None,
        (12, "5. Leaving the company"),
        (10, "Whatever is still owed is deducted from the final pay (solde de tout compte)."),
        None,
        (12, "6. Questions"),
        (10, "Paie window, ext 215, Monday to Friday 10h00 - 12h00 and 15h00 - 16h30."),
        None,
        (10, "Cheikh Tidiane Sarr, Responsable paie"),
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
            + b" /Author " + pdf_string("Direction des ressources humaines, Baobab Marine Canneries SA")
            + b" /Subject " + pdf_string("Acomptes, advances for Tabaski, Korite and the rentree, and the pret social")
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
