#!/usr/bin/env python3
"""Build docs/hr/fifo-travel-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "fifo-travel-policy.pdf")

TITLE = "FIFO Travel Policy - HR-05 Revision C"
DATE = "D:20280214090000+08'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Coolabah Haulage Pty Ltd \u00b7 Human Resources and Travel desk"),
        (16, "FIFO TRAVEL POLICY"),
        (12, "Policy HR-05 \u00b7 Revision C"),
        (9, "Date: 14/02/2028 \u00b7 Effective: 01/03/2028 \u00b7 Owner: HR Manager"),
        None,
        (12, "1. Who this covers"),
        (10, "Every Coolabah Haulage employee who flies in and out of Marra Ridge, and labour-hire workers"),
        (10, "booked on our charter. Your point of hire is Perth Airport."),
        None,
        (12, "2. Charter flights"),
        (10, "- The Travel desk books your flights from your roster. You cannot book or change a charter"),
        (10, "  seat yourself, and flights you book yourself are not paid back."),
        (10, "- Check in at the Spinifex Air charter lounge, Perth Airport. Check-in closes 45 minutes"),
        (10, "  before departure. Bring photo ID and your Coolabah ID card."),
        (10, "- Baggage: one checked bag up to 20 kg and one carry-on bag up to 7 kg. Excess baggage is"),
        (10, "  not carried; send tools and bulky gear on the Newman depot freight run."),
        (10, "- No alcohol before or on the flight. Spinifex Air may refuse to board anyone."),
        None,
        (12, "3. Pay on travel days"),
        (10, "Situation                               What you are paid"),
        (10, "-------------------------------------------------------------------------------"),
        (10, "Fly-in day or fly-out day                3 hours at your base rate"),
        (10, "Charter delayed more than 3 hours        Waiting time after 3 hours at base rate,"),
        (10, "                                         plus a meal voucher from the charter lounge"),
        (10, "Charter cancelled by Coolabah            Your rostered shifts as if you had worked them"),
        (10, "Missed charter (your fault)              Nothing until you reach site"),
        None,
        (12, "4. Missing a flight"),
        (10, "If you miss a charter through your own fault (late to check-in, a breath reading above"),
        (10, "0.000 at check-in, no ID), the Travel desk books you on the next available seat. You are not"),
        (10, "paid until you reach site, and a rebooking charge of $250.00 is taken from your pay with"),
        (10, "your written consent. A second missed flight in 12 months is dealt with under the Code"),
        (10, "of Conduct."),
    ],
    [
        (12, "5. When the charter is full or cancelled"),
        (10, "The Travel desk books you on a commercial flight to Newman. The company bus meets the flight"),
        (10, "and takes you to Yandee Downs Village. Keep your boarding pass for the Travel desk."),
        None,
        (12, "6. Getting to Perth Airport"),
        (10, "- If you live more than 150 km from Perth Airport, you may claim the point-of-hire travel"),
        (10, "  allowance (TA-01 in the Allowances and Rates Table) for the drive each way."),
        (10, "- Moving house further away does not change your point of hire."),
        (10, "- Coolabah does not pay for parking at Perth Airport."),
        (10, "- You may not drive yourself to site or home from site. Everyone flies."),
        None,
        (12, "7. Changing your travel"),
        (10, "- Ask in RosterMate > Travel at least 7 days before the flight."),
        (10, "- For a family emergency, ring the Travel desk on ext 2230 at any hour it is open. You go"),
        (10, "  out on the next available seat at the company's cost (see compassionate leave, HR-02)."),
        (10, "- Swing swaps change your flights only after both supervisors approve the swap."),
        None,
        (12, "8. Partners and family"),
        (10, "Partners, children and friends may not fly on the charter or stay at Yandee Downs."),
        None,
        (12, "9. Questions"),
        (10, "Travel desk (Perth), ext 2230, 5.00 am to 7.00 pm, Monday to Saturday."),
        None,
        (10, "HR Manager"),
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
            + b" /Author " + pdf_string("Human Resources and Travel desk, Coolabah Haulage Pty Ltd")
            + b" /Subject " + pdf_string("FIFO charter flights, travel pay, missed flights and point of hire")
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
