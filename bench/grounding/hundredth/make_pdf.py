#!/usr/bin/env python3
"""Build docs/hr/pay-and-parget-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "pay-and-parget-policy.pdf")

TITLE = "Pay, Overtime and Parget Policy - FIN-02 Revision 5"
DATE = "D:20290514110000+04'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Arevaberd Brandy and Wine CJSC \u00b7 Accounts and Payroll"),
        (16, "PAY, OVERTIME AND PARGET POLICY"),
        (12, "Policy FIN-02 \u00b7 Revision 5"),
        (9, "Date: 14.05.2029 \u00b7 Effective: 01.06.2029 \u00b7 Approved by the General Director"),
        (9, "This revision replaces Revision 4 (June 2027)."),
        None,
        (12, "1. When you are paid"),
        (10, "Your ashkhatavardz is paid to your salary card in two parts:"),
        (10, "- the kanxavchar (advance), 40% of the month's net ashkhatavardz, on the 20th of the month;"),
        (10, "- the balance for the month by the 5th of the next month."),
        (10, "If the 20th or the 5th is a Saturday, a Sunday or a public holiday, you are paid on the"),
        (10, "working day before. Your payslip is in Kadr Online > My pay on every payday."),
        None,
        (12, "2. Overtime"),
        (10, "Overtime is work beyond your rostered hert. It is paid only if your manager approved it in"),
        (10, "HertPlan before the work starts (in an emergency, on the same day)."),
        None,
        (10, "Work                                        Paid at"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Overtime on a working day                   150% of the hourly rate"),
        (10, "Work on your rest day                       200% of the hourly rate"),
        (10, "Work on a public holiday                    200%, or 150% plus a day off within 30 days"),
        (10, "Evening hours, 18:00 to 22:00               hourly rate plus 15%"),
        (10, "Night hours, 22:00 to 06:00                 hourly rate plus 30%"),
        None,
        (10, "The hourly rate is your monthly ashkhatavardz divided by the working hours of that month in"),
        (10, "the company calendar. Nobody works more than 4 hours of overtime in 2 days in a row or"),
        (10, "180 hours of overtime in a calendar year. At the Grape Reception Point the harvest night"),
        (10, "premium of the Harvest 2029 procedure is paid instead of the night rate above."),
    ],
    [
        (12, "3. Parget"),
        (10, "Quarterly parget: up to 15% of your ashkhatavardz for the quarter. It depends on your site's"),
        (10, "targets (bottling volume, cellar losses, safety) and on your manager's assessment, and is"),
        (10, "paid with the kanxavchar of the month after the quarter (20 January, 20 April, 20 July and"),
        (10, "20 October). A written warning in the quarter means no quarterly parget for that quarter."),
        None,
        (10, "Annual parget (the \"13th ashkhatavardz\"): one full month's ashkhatavardz for everyone with"),
        (10, "12 months of service on 30 November, paid with the December kanxavchar."),
        None,
        (10, "Referral parget: AMD 50,000 when a friend you recommended finishes probation and is still"),
        (10, "with us. Seasonal contracts do not count."),
        None,
        (10, "Harvest parget: see the Harvest 2029 procedure (PRD-07)."),
        None,
        (12, "4. Deductions"),
        (10, "Payroll deducts income tax, the social payment for your funded pension and the stamp duty"),
        (10, "as the law requires. Other deductions (a lost pass, an unspent gorcuxum advance) are made"),
        (10, "only as company policies say and always appear on your payslip."),
        None,
        (12, "5. Leaving the company"),
        (10, "Your final ashkhatavardz, leave pay for unused ardzakurd and any parget you have earned"),
        (10, "are paid on your last working day or within 3 working days after it."),
        None,
        (12, "6. Questions"),
        (10, "Payroll, ext 1130, or the Chief Accountant, ext 1131. Payroll never asks for your card PIN"),
        (10, "or an SMS code and never discusses one employee's pay with another."),
        None,
        (10, "Chief Accountant"),
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
            + b" /Author " + pdf_string("Accounts and Payroll, Arevaberd Brandy and Wine CJSC")
            + b" /Subject " + pdf_string("Paydays, overtime, evening and night rates, quarterly, annual and referral parget")
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
