#!/usr/bin/env python3
"""Build docs/hr/pay-advance-and-tool-plan.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "pay-advance-and-tool-plan.pdf")

TITLE = "Pay Advances and Tool Purchase Plan - HR-09 Revision 3"
DATE = "D:20270906100000-07'00'"
PAGE_W, PAGE_H = 612, 792  # US Letter in points
LEFT, TOP, BOTTOM = 56, 740, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Nechako Ridge Forest Products Ltd. \u00b7 Human Resources and Payroll"),
        (16, "PAY ADVANCES AND TOOL PURCHASE PLAN"),
        (12, "Policy HR-09 \u00b7 Revision 3"),
        (9, "Date: 06/09/2027 \u00b7 Effective: 01/10/2027"),
        (9, "This revision replaces Revision 2 (March 2025)."),
        None,
        (12, "1. Pay advance"),
        (10, "- You may ask for an advance of up to 50% of your net pay for hours already worked"),
        (10, "  in the current pay period."),
        (10, "- Up to 4 advances in a calendar year. Each advance comes off your next pay in full."),
        (10, "- Request it in CrewPortal > Pay > Advance by Tuesday 12 noon; approved advances are"),
        (10, "  deposited on the Thursday of the same week."),
        None,
        (12, "2. Tool and equipment purchase plan"),
        (10, "Plan                        Up to        Interest        Repaid over         Who"),
        (10, "------------------------------------------------------------------------------------"),
        (10, "Trade tools                 C$3,000      None            26 pay periods      Millwrights, mechanics"),
        (10, "Chain saw                   C$2,500      None            13 pay periods      Fallers, buckers"),
        (10, "Caulk boots and rain gear   C$600        None            6 pay periods       Woodlands crews"),
        None,
        (10, "Buy from any supplier and upload the quote in CrewPortal > Pay > Tool plan. Payroll pays"),
        (10, "the supplier directly. The tools are yours from the day they are bought."),
    ],
    [
        (12, "3. Limits"),
        (10, "- Only one purchase of each plan at a time."),
        (10, "- All advance and plan deductions together may not be more than 20% of your gross pay"),
        (10, "  in any pay period."),
        (10, "- You must have finished your probation (90 days)."),
        None,
        (12, "4. Approval"),
        (10, "- The Payroll Supervisor approves requests up to C$2,000."),
        (10, "- The HR Manager approves anything larger."),
        (10, "- You get an answer in CrewPortal within 3 working days."),
        None,
        (12, "5. Leaving the company"),
        (10, "Any balance is taken from your final pay, with your written consent signed when you"),
        (10, "joined the plan, and shows on your final pay statement."),
        None,
        (12, "6. Questions"),
        (10, "Payroll, ext 2230, or the HR Manager, ext 2220."),
        None,
        (10, "Payroll Supervisor"),
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
            + b" /Author " + pdf_string("Human Resources and Payroll, Nechako Ridge Forest Products Ltd.")
            + b" /Subject " + pdf_string("Pay advances and the tool and equipment purchase plan")
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
