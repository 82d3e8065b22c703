#!/usr/bin/env python3
"""Build docs/payroll/wage-payment-and-aba-rules.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "payroll", "wage-payment-and-aba-rules.pdf")

TITLE = "Wage Payment Dates and ABA Payroll Rules - PAY-01"
DATE = "D:20360616080000+07'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Mekong Weave Garment & Sportswear Co., Ltd. \u00b7 Payroll office"),
        (16, "WAGE PAYMENT DATES AND ABA PAYROLL RULES"),
        (12, "PAY-01 \u00b7 Issued 16/06/2036 \u00b7 In force from 01/07/2036"),
        (9, "For all production and support workers at the factory. City Office staff: see your contract."),
        None,
        (12, "1. Two payments every month"),
        (10, "- 1st payment on the 15th of the month: 50% of the base wage of the month."),
        (10, "- 2nd payment on the last working day of the month: the rest of the base wage, with overtime,"),
        (10, "  bonuses and allowances, less deductions (NSSF worker share, shuttle fee, union dues for"),
        (10, "  members who signed the consent form, wage advance)."),
        (10, "- If the 15th is a Sunday or a public holiday, the 1st payment is made on the working day before."),
        None,
        (12, "2. ABA payroll account only"),
        (10, "- From 01/07/2036 all wages are paid into your ABA payroll account. Wing transfers are no"),
        (10, "  longer used for wages."),
        (10, "- A new worker whose ABA account is not open yet is paid in cash at the payroll window for"),
        (10, "  the first month only."),
        (10, "- Two ABA ATMs are inside Gate 1. You can also pay by KHQR in the canteen with the ABA app."),
        (10, "- Lost ABA card: block it in the ABA app at once, then ask the HR office for a letter and take"),
        (10, "  it with your national ID card to the ABA branch for a new card."),
        None,
        (12, "3. Payment dates for the rest of 2036 and January 2037"),
        (10, "Month            1st payment            2nd payment            Note"),
        (10, "-------------------------------------------------------------------------------------------"),
        (10, "November 2036    Sat 15/11/2036         Sat 29/11/2036"),
        (10, "December 2036    Mon 15/12/2036         Wed 31/12/2036         With the seniority indemnity"),
        (10, "January 2037     Thu 15/01/2037         Sat 31/01/2037         New minimum wage 2037"),
    ],
    [
        (12, "4. Payslips"),
        (10, "- See your payslip on the HR kiosk in the canteen with your ID badge number and your PIN, on the"),
        (10, "  day of each payment."),
        (10, "- A paper payslip is printed at the payroll window if you ask for it."),
        None,
        (12, "5. Wage advance"),
        (10, "- In an emergency you may ask for a wage advance of up to 40% of the base wage you have earned"),
        (10, "  so far in the month, at most 3 times a year."),
        (10, "- Ask at the payroll window by Monday 4:00 PM. The advance is paid into your ABA account on"),
        (10, "  Wednesday and taken back from the 2nd payment of the month."),
        None,
        (12, "6. Wage errors"),
        (10, "- Check your payslip. Report a mistake at the payroll window within 7 days of the payment."),
        (10, "- The correction is paid with the next payment. A mistake of more than USD 20 is paid within"),
        (10, "  2 working days."),
        None,
        (12, "7. Payroll window"),
        (10, "Building A, ground floor, next to the HR office. Open Monday to Saturday, 11:00 AM to 1:00 PM"),
        (10, "and 4:00 PM to 4:30 PM. Ext 105. Payroll Supervisor: Ms. Sok Dara."),
        None,
        (12, "8. Seniority indemnity"),
        (10, "15 days of average wage a year, paid with the 2nd payment of June and of December (7.5 days"),
        (10, "each time). Example: for a worker with an average wage of $300.00, each part is $86.54."),
        None,
        (10, "Payroll office"),
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
            + b" /Author " + pdf_string("Payroll office, Mekong Weave Garment & Sportswear Co., Ltd.")
            + b" /Subject " + pdf_string("Wage payment dates, ABA payroll accounts, payslips and wage advances")
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
