#!/usr/bin/env python3
"""Build docs/clinical/outbreak-management-procedure.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "clinical", "outbreak-management-procedure.pdf")

TITLE = "Outbreak Management Procedure - CL-09 Revision 3"
DATE = "D:20300514103000+10'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Derwent Banksia Aged Care \u00b7 Clinical Governance"),
        (16, "OUTBREAK MANAGEMENT PROCEDURE"),
        (12, "Procedure CL-09 \u00b7 Revision 3"),
        (9, "Date: 14/05/2030 \u00b7 Effective: 01/06/2030 \u00b7 Owner: Infection Prevention and Control Lead"),
        (9, "This procedure replaces CL-09 Outbreak Management Procedure Revision 2."),
        None,
        (10, "It applies to all staff at Banksia House New Town, Banksia Kingston and Banksia Sorell, to"),
        (10, "Banksia at Home staff who visit a home during an outbreak, and to Central Services staff."),
        None,
        (12, "1. When is it an outbreak?"),
        (10, "- Gastro: 2 or more residents with vomiting or diarrhoea within 24 hours in the same wing."),
        (10, "- Respiratory: 2 or more residents with respiratory symptoms within 72 hours, at least one"),
        (10, "  of them with a positive test for COVID-19, influenza or RSV."),
        None,
        (12, "2. The first hour"),
        (10, "- Keep the unwell resident in their room and start contact and droplet precautions."),
        (10, "- The RN in charge tells the Clinical Care Manager and the IPC Lead, Priya Raman (ext 2260);"),
        (10, "  after hours, the After Hours Coordinator."),
        (10, "- The IPC Lead reports the outbreak to Public Health Services (Department of Health)"),
        (10, "  on the same day."),
        (10, "- Put up the outbreak signs and bring out the outbreak box from the clean utility room."),
        (10, "- Tell Central Services and the Home Care Coordinator, so deliveries and visits can change."),
        None,
        (12, "3. Staff"),
        (10, "- Do not come to work with vomiting, diarrhoea, a fever or respiratory symptoms."),
        (10, "- After gastro, stay away until 48 hours after your last symptom of vomiting or diarrhoea."),
        (10, "- After a positive COVID-19 test, stay away for at least 5 days and until your symptoms"),
        (10, "  have gone."),
        (10, "- Work in the outbreak wing only. Do not work at another home or in home care until"),
        (10, "  72 hours after your last shift in an outbreak wing."),
        (10, "- In a respiratory outbreak, do a RAT at home before every shift and record the result"),
        (10, "  in TidePlan."),
        (10, "- Hours lost because you are asked to stay away when you have no symptoms are paid."),
    ],
    [
        (12, "4. PPE"),
        (10, "Outbreak      Mask                             Eye protection           Gown and gloves"),
        (10, "---------------------------------------------------------------------------------------"),
        (10, "Gastro        Surgical mask within 1.5 m       Goggles or face shield   All personal care"),
        (10, "Respiratory   P2/N95 respirator (fit-tested)   Face shield or goggles   Care within 1.5 m"),
        None,
        (10, "Put PPE on outside the room and take it off at the door, with hand hygiene each time."),
        None,
        (12, "5. Visitors"),
        (10, "- Visits continue during an outbreak: up to 2 visitors per resident at a time, at any"),
        (10, "  time of day."),
        (10, "- Visitors wear a surgical mask (supplied at the door), sign in at the visitor kiosk and go"),
        (10, "  straight to the resident's room."),
        (10, "- Essential visitors (end of life, a named partner in care) are always allowed."),
        None,
        (12, "6. Cleaning, laundry and meals"),
        (10, "- Clean the outbreak wing twice a day with a chlorine-based product at 1,000 ppm."),
        (10, "- Soiled linen goes into red alginate bags; the Central Services van collects it separately."),
        (10, "- Residents eat in their rooms; Central Services sends the wing's meals in disposable trays."),
        None,
        (12, "7. Ending the outbreak"),
        (10, "The IPC Lead decides with Public Health Services. A gastro outbreak ends when 48 hours"),
        (10, "have passed with no new case; a respiratory outbreak ends 7 days after the last new case."),
        None,
        (12, "8. Questions"),
        (10, "Infection Prevention and Control Lead, ext 2260, or your Clinical Care Manager."),
        None,
        (10, "Infection Prevention and Control Lead \u00b7 Director of Clinical Services"),
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
            + b" /Author " + pdf_string("Clinical Governance, Derwent Banksia Aged Care Ltd")
            + b" /Subject " + pdf_string("Gastro and respiratory outbreaks: staff, PPE, visitors, cleaning")
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
