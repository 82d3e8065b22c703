#!/usr/bin/env python3
"""Build docs/hr/staff-advance-and-loan-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "staff-advance-and-loan-policy.pdf")

TITLE = "Staff Advance and Loan Policy - HR-09 Revision 3"
DATE = "D:20280105110000+05'45'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Himal Sanchar Treks and Expeditions Pvt. Ltd. \u00b7 Accounts and HR"),
        (16, "STAFF ADVANCE AND LOAN POLICY"),
        (12, "Policy HR-09 \u00b7 Revision 3"),
        (9, "Approved: 2084/09/20 \u00b7 Effective: 2084/10/01 (15/01/2028)"),
        (9, "This policy supersedes HR-09 Rev. 2, Staff Advance Rules (Poush 2081)."),
        None,
        (12, "1. Salary advance"),
        (10, "- Monthly staff may take an advance of up to 50% of one month's basic salary."),
        (10, "- At most 2 salary advances in a fiscal year (Shrawan to Asar)."),
        (10, "- The advance is recovered in full from the next month's salary."),
        (10, "- Apply in HimalHR > Money > Advance by the 20th of the Nepali month. Approved"),
        (10, "  advances are paid into your bank account within 3 working days."),
        None,
        (12, "2. Festival advance"),
        (10, "- Up to one month's basic salary, once a year, for Dashain or your own main festival."),
        (10, "- Apply between 1 and 20 Bhadra. Recovered in 10 equal monthly instalments starting"),
        (10, "  with the Kartik salary. No interest is charged."),
        None,
        (12, "3. Loans"),
        (10, "Loan                    Up to              Interest          Repay over       Service needed"),
        (10, "----------------------------------------------------------------------------------------------"),
        (10, "Emergency loan          Rs. 2,00,000       6% a year         24 months        2 years"),
        (10, "Guide kit loan          Rs. 50,000         Interest free     12 months        1 full season"),
        None,
        (10, "An emergency loan is for medical treatment of you or your family, death rites (kiriya)"),
        (10, "in the family, or damage to your home by flood, landslide, fire or earthquake. Attach"),
        (10, "the bills, the hospital papers or the ward office letter."),
        (10, "A guide kit loan is for licensed guides buying their own boots, down gear or a tent."),
        (10, "Interest on the emergency loan is charged on the reducing balance."),
    ],
    [
        (12, "4. Trek-wage advance (season-contract staff)"),
        (10, "Season-contract field staff may take an advance of up to Rs. 10,000 on the wages of"),
        (10, "a trek before it starts. It is recovered from that trek's settlement."),
        None,
        (12, "5. Limits"),
        (10, "- All advance and loan deductions together may not be more than 40% of your monthly"),
        (10, "  gross salary."),
        (10, "- Only one loan of each type at a time. A salary advance must be fully repaid before"),
        (10, "  another is paid."),
        None,
        (12, "6. Approval"),
        (10, "- The HR Manager and the Accounts Manager together approve up to Rs. 1,00,000."),
        (10, "- Above Rs. 1,00,000, the Managing Director approves."),
        (10, "- Accounts answers every request in HimalHR within 5 working days."),
        None,
        (12, "7. Leaving the company"),
        (10, "Any balance is recovered from your final settlement. Your SSF account is not touched."),
        None,
        (12, "8. Questions"),
        (10, "Accounts Officer (payroll), ext 222, or the HR Section, ext 210."),
        None,
        (10, "Accounts Manager"),
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
            + b" /Author " + pdf_string("Accounts and HR, Himal Sanchar Treks and Expeditions Pvt. Ltd.")
            + b" /Subject " + pdf_string("Salary and festival advances, emergency and guide kit loans")
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
