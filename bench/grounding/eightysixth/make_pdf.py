#!/usr/bin/env python3
"""Build docs/hr/crew-travel-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "crew-travel-policy.pdf")

TITLE = "Crew Change and Business Travel Policy - HR-POL-05 Issue 5"
DATE = "D:20360914080000+04'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Ghaf Oilfield Services LLC \u00b7 Human Resources and Crew Planning"),
        (16, "CREW CHANGE AND BUSINESS TRAVEL POLICY"),
        (12, "HR-POL-05 \u00b7 Issue 5"),
        (9, "Issued: 14/09/2036 \u00b7 Effective: 01/10/2036 \u00b7 Owner: HR Manager"),
        None,
        (12, "1. Crew change by bus (well test crews, 28/28)"),
        (10, "- The crew change bus leaves Ghala head office at 0500 hrs on the crew change Tuesday."),
        (10, "  Be at the bus 30 minutes before it leaves. It calls at the Nizwa workshop at about"),
        (10, "  0700 hrs and reaches Rimal Base Camp at about 1130 hrs."),
        (10, "- The return bus leaves Rimal Base Camp at 1300 hrs and reaches Ghala at about 1900 hrs."),
        (10, "- Random alcohol and drug tests are done at boarding."),
        None,
        (12, "2. Charter flights (slickline and well maintenance crews, supervisors)"),
        (10, "- The client's charter flies Muscat - Jurf on Sundays and Wednesdays at 0800 hrs."),
        (10, "- Check in at the charter desk 90 minutes before departure. Late passengers are offloaded."),
        (10, "- Baggage: one checked bag of up to 23 kg, plus one small hand bag."),
        (10, "- Power banks and lighters go in the hand bag, never in the checked bag."),
        None,
        (12, "3. Home of record tickets"),
        (10, "Who                                    Ticket at company cost"),
        (10, "--------------------------------------------------------------------------------------"),
        (10, "Home of record in Dhofar               Salalah - Muscat return, every rotation"),
        (10, "Home of record in Musandam             Khasab - Muscat return, every rotation"),
        (10, "Expatriates on 28/28                   Economy return to home of record, every rotation"),
        (10, "Expatriates on 14/14                   Economy return to home of record, every second rotation"),
        None,
        (10, "During the khareef (mid-June to mid-September) flights to Salalah fill up early. Crew"),
        (10, "Planning books Dhofar staff 30 days ahead, so tell them of any change in good time."),
    ],
    [
        (12, "4. Missed crew change"),
        (10, "- Call Crew Planning (ext 2230) or camp control (ext 5111) at once."),
        (10, "- You may drive to camp only with an approved journey plan, and you must arrive before"),
        (10, "  1800 hrs. The self-drive allowance is in the Allowances and Rates 2037 table."),
        (10, "- A crew member who misses a crew change without good reason is not paid the field"),
        (10, "  allowance for the days missed."),
        None,
        (12, "5. Rest after travel"),
        (10, "No driving duty within 8 hours of arriving on a crew change. Night shift crew members who"),
        (10, "arrive by bus start their first night shift the following evening."),
        None,
        (12, "6. Business travel"),
        (10, "- Book flights and hotels through the Travel Desk (ext 2250) at least 7 working days"),
        (10, "  before you travel."),
        (10, "- Per diem, hotel and taxi limits are in the Allowances and Rates 2037 table."),
        (10, "- Travel outside Oman needs the General Manager's approval."),
        None,
        (12, "7. Travel days"),
        (10, "Both crew change days count as days on site for field allowances."),
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
            + b" /Author " + pdf_string("Human Resources and Crew Planning, Ghaf Oilfield Services LLC")
            + b" /Subject " + pdf_string("Crew change buses and charter flights, home of record tickets, business travel")
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
