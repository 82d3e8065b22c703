"""Builds docs/volunteer-handbook.docx with the standard library only (zipfile).

Parts: [Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml,
word/_rels/document.xml.rels. Fixed timestamps so the output is reproducible.
Run: python3 /work/notes/fifth/make_docx.py
"""

import pathlib
import zipfile
from xml.sax.saxutils import escape

OUT = pathlib.Path(__file__).parent / "docs" / "volunteer-handbook.docx"

TITLE = "Volunteer Handbook"
BLOCKS = [
    ("p", "Kilbrannagh Libraries – Community Engagement – Edition 3, effective 1 February 2026"),
    ("h1", "1. Welcome"),
    ("p", "Thank you for giving your time to Kilbrannagh Libraries. Volunteers run alongside our staff in homework "
          "clubs, digital skills sessions, reading programmes and the Home Library Service. Volunteers add to what "
          "staff do; a volunteer never fills a paid post or covers a staff shift."),
    ("h1", "2. Who can volunteer"),
    ("h2", "2.1 Age"),
    ("p", "The minimum age is 16. Volunteers aged 16 or 17 need a parent or guardian to sign consent form VC3. "
          "Some roles have a higher minimum age, shown in the table in section 3."),
    ("h2", "2.2 Garda vetting"),
    ("p", "Every role that brings you into contact with children or vulnerable adults needs Garda vetting before "
          "your first session. Vetting is arranged through the Council's Garda Vetting Liaison Person in HR and "
          "usually takes 4 to 6 weeks. Vetting is renewed every three years; the Volunteer Coordinator will "
          "remind you."),
    ("h2", "2.3 Induction"),
    ("p", "All new volunteers attend a three-hour induction at the Central Library, which includes the Children "
          "First e-learning module, fire safety and a tour of the branch where you will volunteer."),
    ("h1", "3. Volunteer roles"),
    ("table", [
        ["Role", "Where", "When", "Garda vetting", "Minimum age"],
        ["Homework Club helper", "Central, Ballymoran", "Mon–Thu 15:30–17:00 (school term)", "Yes", "18"],
        ["Digital Buddy", "Central, Tullyvane", "Tuesday 10:30–12:30", "Yes (vulnerable adults)", "16"],
        ["Summer Stars reading buddy", "All four static branches", "July and August", "Yes", "16"],
        ["Ciorcal Comhrá host", "Cnoc Rua", "Wednesday 11:00–12:30", "No", "18"],
        ["Home Library Service driver", "Housebound readers, from Carrigeen", "Alternate Thursdays",
         "Yes", "21, with a full driving licence"],
    ]),
    ("h1", "4. Sessions, expenses and insurance"),
    ("p", "A volunteer session lasts no more than three hours, and we ask volunteers to do no more than two "
          "sessions a week. Volunteers can claim a travel contribution of €8 per session on form VE1; it is "
          "paid monthly by bank transfer. Home Library Service drivers claim 25 cent per km for the route "
          "instead of the session contribution."),
    ("p", "Volunteers are covered by the Council's public liability insurance while taking part in approved "
          "activities. Home Library Service drivers must have business use on their own motor insurance."),
    ("h1", "5. What volunteers do not do"),
    ("p", "Volunteers do not handle cash or card payments, do not log into ShelfWise or look at borrower records, "
          "and are never left alone in charge of a child or a group of children. If a child or adult tells you "
          "something that worries you, tell the staff member in charge the same day."),
    ("h1", "6. Identification"),
    ("p", "Volunteers wear an orange lanyard with a Volunteer ID card, so that customers and staff can tell you "
          "apart from staff, who wear green. Please return the lanyard and card when you stop volunteering."),
    ("h1", "7. Recognition"),
    ("p", "Volunteers receive a certificate after 50 hours and are invited to the Volunteer Thank-You evening at "
          "the Central Library each December. After six months of regular volunteering we are happy to give a "
          "reference for study or work."),
    ("h1", "8. Contacts"),
    ("p", "Aoife Brennan, Volunteer Coordinator, Library HQ, ext. 2245, volunteers@kilbrannaghlibraries.example. "
          "In an emergency at a branch, follow the instructions of the staff member in charge."),
]

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(text: str, style: str | None = None, bold: bool = False) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{run(text, bold)}</w:p>"


def table(rows: list[list[str]]) -> str:
    def cells(row, head):
        return "".join(f"<w:tc>{paragraph(c, bold=head)}</w:tc>" for c in row)
    body = "".join(f"<w:tr>{cells(r, i == 0)}</w:tr>" for i, r in enumerate(rows))
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>{body}</w:tbl>'


def document_xml() -> str:
    parts = [paragraph(TITLE, "Title")]
    for kind, content in BLOCKS:
        if kind == "h1":
            parts.append(paragraph(content, "Heading1"))
        elif kind == "h2":
            parts.append(paragraph(content, "Heading2"))
        elif kind == "p":
            parts.append(paragraph(content))
        else:
            parts.append(table(content))
    body = "".join(parts)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<w:document {NS}><w:body>{body}</w:body></w:document>")


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/></Relationships>'
)
STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f"<w:styles {NS}>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
    '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
    '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
    "</w:tblBorders></w:tblPr></w:style></w:styles>"
)


def main() -> None:
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": RELS,
        "word/document.xml": document_xml(),
        "word/_rels/document.xml.rels": DOC_RELS,
        "word/styles.xml": STYLES,
    }
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 2, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
