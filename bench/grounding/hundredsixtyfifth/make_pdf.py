#!/usr/bin/env python3
"""Build docs/benefits/group-rrsp-dpsp-2032.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "benefits", "group-rrsp-dpsp-2032.pdf")

TITLE = "Group RRSP and DPSP Matching Plan - 2032 Plan Year"
DATE = "D:20311124100000-08'00'"
PAGE_W, PAGE_H = 612, 792  # US Letter in points, as Canadian offices print
LEFT, TOP, BOTTOM = 56, 740, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Halyard Lane Studios Inc. \u00b7 Payroll & Benefits"),
        (16, "GROUP RRSP AND DPSP MATCHING PLAN"),
        (12, "2032 Plan Year \u00b7 BEN-02"),
        (9, "Issued: 24 November 2031 \u00b7 Plan year: 1 January 2032 to 31 December 2032"),
        (9, "Carrier: Westhaven Life (Group RRSP and DPSP)"),
        None,
        (12, "1. Who can join"),
        (10, "- Permanent employees in Vancouver and Montr\u00e9al after 3 months of continuous service."),
        (10, "- Staff on a show contract of 12 months or longer, also after 3 months."),
        (10, "- Once you are eligible you can join at any time; after that, changes are made in the windows."),
        None,
        (12, "2. Your contributions"),
        (10, "- You choose to put 1% to 6% of your base salary into the Group RRSP, deducted every pay."),
        (10, "- Extra voluntary contributions are welcome but are not matched."),
        None,
        (12, "3. The studio's match"),
        (10, "The studio matches 100% of your contribution up to 4% of your base salary. The match is"),
        (10, "paid into the studio's Deferred Profit Sharing Plan (DPSP) with every pay."),
        None,
        (10, "You put in          Studio adds (DPSP)        Total"),
        (10, "----------------------------------------------------------"),
        (10, "1%                  1%                        2%"),
        (10, "2%                  2%                        4%"),
        (10, "4%                  4%                        8%"),
        (10, "6%                  4%                        10%"),
        None,
        (10, "Example: on a base salary of $82,000, contributing 4% ($3,280 a year), the studio adds"),
        (10, "another $3,280 a year, for a total of $6,560."),
    ],
    [
        (12, "4. Vesting"),
        (10, "The studio's DPSP contributions vest after 1 year of plan membership. If you leave sooner,"),
        (10, "the unvested amount goes back to the plan. Your own contributions are always yours."),
        None,
        (12, "5. Joining and changing your contribution"),
        (10, "- Use PeopleDeck > Benefits > Retirement. There are two windows a year for changes:"),
        (10, "  1 to 15 January and 1 to 15 July."),
        (10, "- A change starts with the first pay of the following month."),
        (10, "- You may stop contributing at any time; restarting waits for the next window."),
        None,
        (12, "6. Your RRSP room"),
        (10, "Your RRSP deduction limit is on your CRA Notice of Assessment. Your Group RRSP"),
        (10, "contributions use that room. The studio's DPSP contributions create a pension"),
        (10, "adjustment on your T4, which lowers your RRSP room for the following year."),
        None,
        (12, "7. Taking money out"),
        (10, "- Group RRSP money may be withdrawn at any time and is taxed as income. The Home Buyers'"),
        (10, "  Plan and the Lifelong Learning Plan can be used."),
        (10, "- Vested DPSP money is paid out or transferred only when you leave the studio."),
        None,
        (12, "8. Questions"),
        (10, "Payroll & Benefits, ext 4120, or the Westhaven Life member app."),
        None,
        (10, "Gurpreet Sandhu, Payroll & Benefits Manager"),
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
            + b" /Author " + pdf_string("Payroll & Benefits, Halyard Lane Studios Inc.")
            + b" /Subject " + pdf_string("Group RRSP contributions, the DPSP match, vesting and enrolment windows")
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
