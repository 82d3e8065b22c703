#!/usr/bin/env python3
"""Build docs/hr/salary-advance-and-staff-loans.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "salary-advance-and-staff-loans.pdf")

TITLE = "Salary Advance and Staff Loans - HR-11 Revision 3"
DATE = "D:20280615100000+07'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Phasouk Bolaven Coffee & Tea Co., Ltd. \u00b7 HR & Admin and Payroll"),
        (16, "SALARY ADVANCE AND STAFF LOANS"),
        (12, "Policy HR-11 \u00b7 Revision 3"),
        (9, "Date: 15/06/2028 \u00b7 Effective: 01/07/2028"),
        None,
        (12, "1. Salary advance (beek ngeun luang na)"),
        (10, "- Monthly staff who have passed probation may take an advance of up to 30% of one"),
        (10, "  month's net salary, and no more than 2,000,000 kip."),
        (10, "- One advance a month. Ask in HRKhon > Money > Salary advance by the 10th of the month."),
        (10, "- The advance is paid on the 15th (the working day before if the 15th is a Saturday,"),
        (10, "  Sunday or public holiday) and deducted in full from the salary of the same month."),
        (10, "- Daily workers may ask for up to 3 days' wages once a week at the site office by"),
        (10, "  Wednesday 12:00. It is paid on Thursday and deducted from the Saturday pay."),
        None,
        (12, "2. Staff loans"),
        (10, "Scheme              Up to               Interest        Repay over      Service needed"),
        (10, "--------------------------------------------------------------------------------------"),
        (10, "Emergency loan      10,000,000 kip      None            12 months       1 year"),
        (10, "Motorbike loan      18,000,000 kip      3% a year       24 months       2 years"),
        (10, "School loan         3,000,000 kip       None            6 months        6 months"),
        None,
        (10, "An emergency loan is for illness or an accident in your family, damage to your house by"),
        (10, "fire, storm or flood, or a death in your family. Upload the hospital bill, a letter from"),
        (10, "the nai ban or other papers that show what happened."),
        (10, "School loans open on 1 August and close on 15 September each year."),
        (10, "A motorbike loan needs one guarantor who is a permanent employee, and a copy of the"),
        (10, "motorbike's registration in your name within 30 days of buying it."),
    ],
    [
        (12, "3. Limits"),
        (10, "- All advance and loan deductions together may not be more than 40% of your net pay"),
        (10, "  in any month."),
        (10, "- One loan of each type at a time. A new advance is paid only when the last one is repaid."),
        (10, "- Staff on probation, seasonal pickers and contractors cannot borrow."),
        None,
        (12, "4. How to apply for a loan"),
        (10, "- Apply in HRKhon > Money > New loan and upload the papers and your guarantor's"),
        (10, "  consent."),
        (10, "- Payroll checks your service and your deductions within 5 working days."),
        (10, "- The Head of HR & Admin approves loans up to 5,000,000 kip; the Managing Director"),
        (10, "  approves larger loans."),
        (10, "- Approved loans are paid by bank transfer within 3 working days of approval."),
        None,
        (12, "5. Leaving Phasouk"),
        (10, "Any balance on an advance or a loan is deducted from your final pay. If the final pay is"),
        (10, "not enough, you and Payroll agree a plan in writing before your last day."),
        None,
        (12, "6. Questions"),
        (10, "Payroll, ext 112, or HR & Admin, ext 110."),
        None,
        (10, "Payroll & Finance Manager"),
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
            + b" /Author " + pdf_string("HR & Admin and Payroll, Phasouk Bolaven Coffee & Tea Co., Ltd.")
            + b" /Subject " + pdf_string("Salary advances, emergency, motorbike and school loans")
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
