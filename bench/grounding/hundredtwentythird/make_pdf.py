#!/usr/bin/env python3
"""Build docs/hr/faedah-perubatan.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "faedah-perubatan.pdf")

TITLE = "Polisi Faedah Perubatan / Medical Benefits Policy 2029 - LMS-HR-POL-05"
DATE = "D:20281204090000+08'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Syarikat Lambak Marine Services Sdn Bhd \u00b7 Jabatan Sumber Manusia / Human Resources"),
        (16, "POLISI FAEDAH PERUBATAN / MEDICAL BENEFITS POLICY"),
        (12, "LMS-HR-POL-05 \u00b7 2029"),
        (9, "Tarikh / Date: 04/12/2028 \u00b7 Berkuat kuasa / Effective: 01/01/2029"),
        None,
        (12, "1. Klinik panel / Panel clinics"),
        (10, "Show your staff medical card at any of our panel clinics. Treatment within your limit is"),
        (10, "paid by the company direct; you pay nothing at the counter."),
        (10, "- Klinik Seri Kiulap, Kiulap"),
        (10, "- Klinik Muara Jaya, Muara"),
        (10, "- Poliklinik Sentosa Belait, Kuala Belait"),
        None,
        (12, "2. Had faedah / Benefit limits"),
        (10, "Benefit                                  Limit                        Who"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Outpatient (panel clinics)               B$1,200.00 a year            Staff"),
        (10, "Outpatient, spouse and children          B$600.00 a year each         Staff with family in Brunei"),
        (10, "Non-panel clinic                         B$40.00 a visit              When no panel clinic is open"),
        (10, "Dental                                   B$300.00 a year              Staff only"),
        (10, "Optical (spectacles or contact lenses)   B$250.00 every 2 years       Staff only"),
        (10, "Hospital (ward, surgery, medicine)       B$15,000.00 a year           Staff"),
        None,
        (10, "Dental covers check-ups, scaling, fillings and extractions. Braces and whitening are not"),
        (10, "covered."),
        None,
        (12, "3. Hospital"),
        (10, "Go to a government hospital (RIPAS Hospital in Bandar Seri Begawan, Suri Seri Begawan"),
        (10, "Hospital in Kuala Belait) or, with HR's approval, a private hospital. In an emergency go to"),
        (10, "the nearest hospital and tell HR within 2 working days."),
    ],
    [
        (12, "4. Tuntutan / Claims"),
        (10, "For a non-panel clinic, or dental, optical or hospital bills you paid yourself:"),
        (10, "- Claim in e-Kakitangan > Tuntutan > Perubatan within 30 days of the treatment."),
        (10, "- Upload the receipt and the medical certificate or the doctor's letter."),
        (10, "- Approved claims are paid with the next salary."),
        None,
        (12, "5. Offshore"),
        (10, "A medevac from a vessel or platform is paid by the company in full. The offshore medical"),
        (10, "every 2 years is also paid by the company (see the Training Certificate Matrix)."),
        None,
        (12, "6. Pemeriksaan kesihatan / Health screening"),
        (10, "Staff aged 40 and above get a yearly health screening at a panel clinic, paid by the company."),
        None,
        (12, "7. Kakitangan asing / Foreign staff"),
        (10, "The medical insurance required for your work permit is paid by the company. Your spouse and"),
        (10, "children are covered only if they live with you in Brunei."),
        None,
        (12, "8. Tidak dilindungi / Not covered"),
        (10, "Cosmetic treatment, vitamins and supplements, and treatment overseas that HR has not"),
        (10, "approved."),
        None,
        (10, "Pertanyaan / Questions: HR counter, samb. 211."),
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
            + b" /Author " + pdf_string("Jabatan Sumber Manusia / HR Department, Syarikat Lambak Marine Services Sdn Bhd")
            + b" /Subject " + pdf_string("Panel clinics, outpatient, dental, optical and hospital benefits, medical claims")
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
