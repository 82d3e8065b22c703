#!/usr/bin/env python3
"""Build docs/hr/avans-ve-ikramiye-yonetmeligi.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible. WinAnsi has no
dotless i, s-cedilla, g-breve or dotted capital I, so the text writes Turkish words without those letters (Insan
Kaynaklari, Yesilkiyi, maas), as a PDF made with a standard font does.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "avans-ve-ikramiye-yonetmeligi.pdf")

TITLE = "Advances, Staff Loans and Ikramiye Policy - IK-11 Sürüm 4"
DATE = "D:20310808100000+03'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Yesilkiyi Findik Isleme A.S. \u00b7 Insan Kaynaklari and Bordro"),
        (16, "ADVANCES, STAFF LOANS AND IKRAMIYE POLICY"),
        (12, "Avans ve Ikramiye Yönetmeligi \u00b7 Policy IK-11 \u00b7 Sürüm 4"),
        (9, "Date: 08.08.2031 \u00b7 Effective: 01.09.2031"),
        (9, "Applies to all permanent staff at the plant, the buying points and the Istanbul Sales Office."),
        None,
        (12, "1. Ikramiye"),
        (10, "- Permanent staff receive two ikramiye payments a year. Each is one gross monthly wage."),
        (10, "- The ikramiye is paid on 15 June and 15 December, as a separate payment, not with the maas."),
        (10, "  When the 15th is a Saturday or Sunday, it is paid on the next Monday."),
        (10, "- Staff need at least 3 months' service on 1 June or 1 December to receive that ikramiye."),
        (10, "- Staff who leave receive a share for each full month worked since the last ikramiye,"),
        (10, "  except after dismissal for gross misconduct. Seasonal staff do not receive the ikramiye."),
        None,
        (12, "2. Maas avansi (salary advance)"),
        (10, "- You may ask for an advance of up to 40% of your net monthly wage."),
        (10, "- Apply in IK Mobil > Avans by the 10th of the month. Advances are paid on the 15th"),
        (10, "  (or the next working day) and deducted in full from the same month's maas."),
        (10, "- At most 4 advances in a calendar year."),
        None,
        (12, "3. Personel borcu (staff loan)"),
        (10, "Reason                           Up to            Repaid over      Service needed"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Health costs or a death          60.000,00 TL     10 months        1 year"),
        (10, "Education (school, university)   60.000,00 TL     10 months        1 year"),
        (10, "Home: fire, flood, heyelan       60.000,00 TL     10 months        After probation"),
        None,
        (10, "Staff loans are interest-free. Upload the bills, the school invoice or the muhtar's or"),
        (10, "insurer's letter with your application."),
    ],
    [
        (12, "4. Approval and limits"),
        (10, "- The IK Müdürü approves loans up to 30.000,00 TL; the Genel Müdür approves larger loans."),
        (10, "- Only one loan at a time. A new loan can be paid only when the previous one is repaid."),
        (10, "- All advance and loan deductions together may not be more than 25% of your net monthly"),
        (10, "  wage in any month."),
        (10, "- Loans approved by the 20th of the month are paid with that month's maas."),
        None,
        (12, "5. How to apply for a loan"),
        (10, "- Apply in IK Mobil > Avans > Personel borcu and upload your documents."),
        (10, "- Bordro checks your service and your deductions within 3 working days."),
        (10, "- You sign the repayment agreement at IK before the loan is paid."),
        None,
        (12, "6. Leaving the company"),
        (10, "Any unpaid advance or loan is deducted from your final pay."),
        None,
        (12, "7. Questions"),
        (10, "Bordro, ext 215, or IK, ext 210."),
        None,
        (10, "Insan Kaynaklari Müdürü and Bordro"),
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
            + b" /Author " + pdf_string("Insan Kaynaklari and Bordro, Yesilkiyi Findik Isleme A.S.")
            + b" /Subject " + pdf_string("Ikramiye, salary advances and staff loans")
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
