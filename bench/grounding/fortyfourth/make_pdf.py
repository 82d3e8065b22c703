#!/usr/bin/env python3
"""Build docs/cba/agreement-2025-2028-excerpt.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "cba", "agreement-2025-2028-excerpt.pdf")

TITLE = "AFTEA Collective Bargaining Agreement 2025-2028 - Excerpt"
DATE = "D:20250620100000-04'00'"
PAGE_W, PAGE_H = 612, 792  # US Letter in points
LEFT, TOP, BOTTOM = 56, 740, 50

# (font size, text); None is a blank line.
PAGES = [
    [
        (10, "Alder Fork Local Board of Education and Alder Fork Transportation Employees Association (AFTEA)"),
        (16, "COLLECTIVE BARGAINING AGREEMENT 2025-2028"),
        (12, "Excerpt: Articles 12, 14, 15, 17, 18, 19 and 20 \u00b7 for posting in the drivers' room"),
        (9, "Term: 07/01/2025 to 06/30/2028 \u00b7 Ratified by AFTEA 06/11/2025 and by the Board 06/16/2025"),
        (9, "The full Agreement, with Appendix A (pay schedules), is on AFConnect and at the District Office."),
        None,
        (12, "ARTICLE 12. HOURS OF WORK"),
        (10, "12.1 The workweek runs from 12:00 a.m. Sunday to 11:59 p.m. Saturday."),
        (10, "12.2 A regular route driver or bus aide is paid for at least 4 hours on each day students are"),
        (10, "     transported, even when the routes take less time."),
        (10, "12.3 Hours worked over 40 in a workweek are paid at 1.5 times the regular rate. Paid leave"),
        (10, "     hours do not count as hours worked."),
        (10, "12.4 An employee called back to work after leaving for the day is paid for at least 2 hours."),
        (10, "12.5 Work year: route drivers and bus aides 182 days; mechanics, dispatchers and the"),
        (10, "     Transportation Secretary 260 days."),
        (10, "12.6 Paid holidays for school-year employees: New Year's Day, Martin Luther King Jr. Day,"),
        (10, "     Memorial Day, Labor Day, Thanksgiving Day and Christmas Day. Twelve-month employees also"),
        (10, "     receive Independence Day, Juneteenth and the day after Thanksgiving."),
        (10, "12.7 Pay on calamity days is as set out in the department's Calamity Day and Two-Hour Delay"),
        (10, "     Procedure (TR-06), as agreed with the Association."),
        None,
        (12, "ARTICLE 14. SICK LEAVE"),
        (10, "14.1 Each employee earns 1.25 days of sick leave for each month of service, 15 days a year."),
        (10, "14.2 Unused sick leave accumulates without limit."),
        (10, "14.3 Sick leave may be used for the employee's own illness, injury or pregnancy, exposure to"),
        (10, "     a contagious disease, medical and dental appointments, and the illness or injury of a"),
        (10, "     member of the employee's immediate family."),
        (10, "14.4 A statement from a physician or other licensed health care provider is required for an"),
        (10, "     absence of more than 3 consecutive working days."),
        (10, "14.5 An employee who retires under SERS with at least 10 years of district service is paid"),
        (10, "     for 25% of unused sick leave, up to 50 days."),
        None,
        (12, "ARTICLE 15. PERSONAL, BEREAVEMENT AND ASSAULT LEAVE"),
        (10, "15.1 Three days of personal leave each school year, without loss of pay. Unused personal"),
        (10, "     leave is added to sick leave at the end of the school year."),
        (10, "15.2 Bereavement leave of up to 5 days, not charged to sick leave, for the death of a spouse,"),
        (10, "     child, stepchild, parent, stepparent, brother, sister, grandparent or grandchild, or a"),
        (10, "     parent, brother or sister of the spouse."),
        (10, "15.3 An employee injured by a physical assault at work receives assault leave of up to 20"),
        (10, "     days, not charged to sick leave."),
    ],
    [
        (12, "ARTICLE 17. UNIFORMS AND BOOTS"),
        (10, "17.1 Each regular employee receives a boot and uniform allowance of $150 each school year,"),
        (10, "     paid on receipts."),
        (10, "17.2 Mechanics receive a uniform rental service of 5 sets a week and a tool allowance of"),
        (10, "     $400 each year."),
        None,
        (12, "ARTICLE 18. LICENSES AND PHYSICALS"),
        (10, "18.1 The Board pays the fee for renewing an employee's commercial driver's license and the"),
        (10, "     cost of the school bus physical at the district's appointed clinic."),
        (10, "18.2 Time spent at the physical is paid at the regular rate, up to 2 hours."),
        (10, "18.3 Required in-service training is paid at the regular rate."),
        None,
        (12, "ARTICLE 19. SENIORITY"),
        (10, "19.1 Seniority is continuous service in the bargaining unit from the first day worked in the"),
        (10, "     job classification."),
        (10, "19.2 Routes, trips and extra work are offered by seniority as the department's procedures say."),
        (10, "19.3 Layoffs are made in reverse order of seniority. A laid-off employee has recall rights"),
        (10, "     for 24 months."),
        None,
        (12, "ARTICLE 20. GRIEVANCES"),
        (10, "20.1 Step 1: the grievance is given in writing to the Director of Transportation within 10"),
        (10, "     working days of the event. The Director answers within 5 working days."),
        (10, "20.2 Step 2: the Association may appeal to the Superintendent within 5 working days of the"),
        (10, "     Step 1 answer. The Superintendent meets the Association within 10 working days."),
        (10, "20.3 Step 3: the Association may ask for arbitration within 15 working days of the Step 2"),
        (10, "     answer."),
        None,
        (10, "For the Board: Superintendent \u00b7 Treasurer"),
        (10, "For the Association: AFTEA President \u00b7 AFTEA Secretary"),
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
            + b" /Author " + pdf_string("Alder Fork Local Board of Education and AFTEA")
            + b" /Subject " + pdf_string("Hours, sick leave, personal leave, uniforms, licenses, seniority and grievances")
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
