#!/usr/bin/env python3
"""Build docs/hse/drug-and-alcohol-policy.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hse", "drug-and-alcohol-policy.pdf")

TITLE = "Drug and Alcohol Policy - HSE-02 Issue 3"
DATE = "D:20270816100000-04'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Cascadura Marine & Terminal Services Limited \u00b7 Health, Safety and Environment"),
        (16, "DRUG AND ALCOHOL POLICY"),
        (12, "Policy HSE-02 \u00b7 Issue 3"),
        (9, "Date: 16/08/2027 \u00b7 Effective: 01/09/2027"),
        (9, "This issue replaces the Drug and Alcohol Policy issued in March 2022."),
        None,
        (12, "1. Who this policy covers"),
        (10, "All staff, contractors and visitors at Company sites and on Company tugs and launches,"),
        (10, "in Trinidad and in Tobago. Safety-critical staff are tug and launch crews, Marine Control,"),
        (10, "the Marine Workshop, and yard staff who drive or direct reach stackers, trucks or forklifts."),
        None,
        (12, "2. The limits"),
        (10, "- A breath test result above 0.02% blood alcohol concentration (BAC) is a positive result."),
        (10, "- A drug test confirmed by the laboratory above its cut-off is a positive result."),
        (10, "- Refusing a test, or tampering with a sample, counts as a positive result."),
        (10, "- No alcohol for anyone who will be on watch, on shift or driving a Company vehicle"),
        (10, "  within 12 hours. At Company functions the bar closes at 10.00 p.m."),
        None,
        (12, "3. Cannabis"),
        (10, "The Dangerous Drugs (Amendment) Act, 2019 made it lawful for adults to hold small amounts"),
        (10, "of cannabis. It did not make it safe to work impaired. Cannabis that shows in a test above"),
        (10, "the cut-off is treated as a positive result, whenever and wherever it was used."),
        None,
        (12, "4. When you may be tested"),
        (10, "Test                 When                                        Done by"),
        (10, "------------------------------------------------------------------------------------------"),
        (10, "Pre-employment       Before a new starter's first day            Testing provider"),
        (10, "Random               At least 25% of safety-critical staff a year   Testing provider"),
        (10, "After an incident    Within 4 hours of the incident               Site nurse or provider"),
        (10, "Reasonable cause     When a supervisor sees signs of impairment   Site nurse or provider"),
        (10, "Follow-up            Unannounced, for 12 months after a return    Testing provider"),
        None,
        (10, "An incident means any incident involving a vessel, a reach stacker, a truck, a forklift"),
        (10, "or a Company vehicle, or an injury that needs treatment. Random names are picked by the"),
        (10, "testing provider's computer; your manager does not choose them."),
    ],
    [
        (12, "5. Getting help"),
        (10, "If you ask for help before you are selected for a test, you are not disciplined. The"),
        (10, "Employee Assistance Programme (EAP) gives confidential counselling, and you may use up"),
        (10, "to 30 days of sick leave for treatment. Talk to the Occupational Health Nurse (ext 2295)"),
        (10, "or the HR Service Centre (ext 2200)."),
        None,
        (12, "6. Medicines"),
        (10, "Tell the Occupational Health Nurse before you start work if a medicine you take warns of"),
        (10, "drowsiness. You may be given other duties until it is safe. You do not have to say what"),
        (10, "the medicine is for."),
        None,
        (12, "7. A positive result"),
        (10, "- First positive result: you are removed from safety-critical duty, given a final written"),
        (10, "  warning and referred to the EAP. You go back to work only after a negative"),
        (10, "  return-to-work test, and you have follow-up tests for 12 months."),
        (10, "- A second positive result within 3 years: dismissal."),
        (10, "- Results are kept by the Occupational Health Nurse and seen only by HR and the HSE"),
        (10, "  Manager. They are never shared with your colleagues."),
        None,
        (12, "8. Questions"),
        (10, "HSE Manager, ext 2290, or the HSE Hotline, ext 2299 (24 hours)."),
        None,
        (10, "HSE Manager"),
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
            + b" /Author " + pdf_string("Health, Safety and Environment, Cascadura Marine & Terminal Services Limited")
            + b" /Subject " + pdf_string("Alcohol and drug limits, testing, cannabis, help and results")
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
