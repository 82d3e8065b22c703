#!/usr/bin/env python3
"""Build docs/hr/crew-pay-scale.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "crew-pay-scale.pdf")

TITLE = "Crew Pay Scale 2030 - HR-08"
DATE = "D:20291214100000-05'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Tamarind Shipping Company Limited \u00b7 Payroll and Human Resources"),
        (16, "CREW PAY SCALE 2030"),
        (12, "Sea staff of M/V Lady Tamarind, M/V Bonefish Queen and M/V Sea Hibiscus"),
        (9, "Issued December 14, 2029 \u00b7 Effective January 1, 2030 \u00b7 Policy HR-08"),
        None,
        (12, "1. Monthly base pay"),
        (10, "Rank                          Monthly base pay      Certificate needed"),
        (10, "--------------------------------------------------------------------------------"),
        (10, "Master                        B$5,400.00            Master's licence"),
        (10, "Chief Engineer                B$4,850.00            Chief Engineer's licence"),
        (10, "Mate                          B$3,950.00            Mate's licence"),
        (10, "Second Engineer               B$3,400.00            Engineer's licence"),
        (10, "Bosun                         B$2,700.00            AB certificate"),
        (10, "Purser                        B$2,450.00            First aid certificate"),
        (10, "Cook                          B$2,050.00            Food handler's card"),
        (10, "AB seaman                     B$2,150.00            AB certificate"),
        (10, "Ordinary Seaman (OS)          B$1,750.00            Basic safety training"),
        (10, "Steward                       B$1,650.00            First aid certificate"),
        None,
        (10, "The company pays the renewal fee of any certificate your rank needs."),
        None,
        (12, "2. Pay days"),
        (10, "- Crew are paid twice a month: half of the month's pay on the 15th and half on the last"),
        (10, "  working day of the month, by direct deposit."),
        (10, "- If the 15th falls on a weekend or public holiday, pay is on the working day before."),
        (10, "- Payslips are in CrewLink (Pay > Payslips) the day before pay day."),
    ],
    [
        (12, "3. Hours and overtime"),
        (10, "- The normal sea week is 48 hours. Hours over 48 in a week are paid at time and a half."),
        (10, "- Work at sea or in port on a public holiday is paid at double time."),
        (10, "- The Master approves overtime; the Master's log is the record of hours."),
        None,
        (12, "4. Increments"),
        (10, "Base pay goes up by 3% after every 2 full years of service, up to 5 increments."),
        None,
        (12, "5. Sea-time bonus"),
        (10, "Crew who miss no sailing in a quarter are paid a bonus of B$250.00 for that quarter,"),
        (10, "with the pay on the last working day of March, June, September and December."),
        None,
        (12, "6. Probation"),
        (10, "New crew are on probation for 3 months and sign articles with the Master."),
        None,
        (12, "7. Allowances"),
        (10, "Subsistence, night sailing and the other allowances are in the Crew Allowances Table."),
        None,
        (12, "8. Questions"),
        (10, "Payroll, ext 215, or Human Resources, ext 210."),
        None,
        (10, "Payroll and Accounts Supervisor"),
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
            + b" /Author " + pdf_string("Payroll and Human Resources, Tamarind Shipping Company Limited")
            + b" /Subject " + pdf_string("Crew base pay, pay days, overtime, increments and sea-time bonus")
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
