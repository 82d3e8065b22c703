#!/usr/bin/env python3
"""Build docs/training/cpd-funding-application-form.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "training", "cpd-funding-application-form.pdf")

TITLE = "CPD Funding Application Form - TRN-02 Version 3"
DATE = "D:20290901090000+01'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Dales & Moor Veterinary Group Ltd \u00b7 Training & CPD"),
        (16, "CPD FUNDING APPLICATION FORM"),
        (12, "Form TRN-02 \u00b7 Version 3 \u00b7 September 2029"),
        (9, "Send the completed form to Hannah Raw, Training Coordinator, ext 5012, training@dalesmoorvets.co.uk,"),
        (9, "at least 6 weeks before the course starts (or before the early-booking date, if that is sooner)."),
        None,
        (12, "Section A: About you"),
        (10, "Name: ______________________________   Role: ______________________________"),
        (10, "Site: ______________________________   Line manager: ______________________"),
        None,
        (12, "Section B: The course"),
        (10, "Course title: ______________________________________________________________"),
        (10, "Provider: ___________________________   Dates: ______________________________"),
        (10, "Venue or online: ____________________   CPD hours: __________________________"),
        (10, "How will this course help your work and the practice? ________________________"),
        (10, "____________________________________________________________________________"),
        None,
        (12, "Section C: Costs"),
        (10, "Course fee: \u00a3__________   Travel: \u00a3__________   Accommodation: \u00a3__________"),
        (10, "Total cost: \u00a3__________   Paid from my CPD allowance: \u00a3__________"),
        (10, "Travel and hotels are paid at the rates in the Expenses and Allowances table (FIN-02)."),
        (10, "Do not book or pay for the course yourself: once it is approved, the Training Coordinator"),
        (10, "books it and pays the provider."),
        None,
        (12, "Section D: Time"),
        (10, "CPD days used: ________   Days on a weekend or a day off: ________"),
        (10, "TOIL requested: ________ hours (hour for hour, up to 7.5 hours a day)"),
        None,
        (12, "Section E: Signatures"),
        (10, "Applicant: ____________________   Date: __________"),
        (10, "Line manager: _________________   Date: __________"),
        (10, "Approved by: __________________   Date: __________"),
    ],
    [
        (12, "Guidance notes"),
        (10, "1. Yearly CPD allowance (1 April to 31 March)"),
        (10, "Role                                   Allowance         Paid CPD days"),
        (10, "------------------------------------------------------------------------"),
        (10, "Vets                                   \u00a31,500            5 days"),
        (10, "Graduate vets (VetGDP, first 2 years)  \u00a32,000            7 days"),
        (10, "RVNs                                   \u00a3800              3 days"),
        (10, "SVNs                                   College fees      Day release + 1 day"),
        (10, "ACAs, kennel, reception, admin         \u00a3250              1 day"),
        None,
        (10, "2. Who approves"),
        (10, "Your line manager signs first. Then: the Clinical Director for vets; the Head Nurse for"),
        (10, "RVNs, SVNs and ACAs; the Practice Director for reception, admin and the support office."),
        (10, "Any application with a total cost over \u00a32,500 also needs the Practice Director."),
        (10, "You will hear within 10 working days of the Training Coordinator receiving the form."),
        None,
        (10, "3. Repayment agreement"),
        (10, "If the total cost of a course is \u00a31,000 or more and you leave the practice, you repay:"),
        (10, "- 100% of the cost if you leave within 12 months of the end of the course;"),
        (10, "- 50% of the cost if you leave between 12 and 24 months after the end of the course."),
        (10, "You repay nothing if the practice ends your employment because of redundancy."),
        (10, "Any amount due is taken from your final pay. By signing this form you agree to this."),
        None,
        (10, "4. After the course"),
        (10, "Upload your certificate to StaffRoom > Training within 14 days, and record your hours"),
        (10, "on the RCVS 1CPD platform. Claim travel and hotel costs in StaffRoom > Expenses."),
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
            + b" /Author " + pdf_string("Training Coordinator, Dales & Moor Veterinary Group Ltd")
            + b" /Subject " + pdf_string("CPD funding application, allowances and repayment agreement")
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
