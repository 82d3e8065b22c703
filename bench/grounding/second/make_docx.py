"""Builds docs/long-service-awards.docx by hand with the standard library.

Modelled on bench/grounding/make_docx.py. A DOCX is a zip of XML parts; this writes the
five parts Word needs ([Content_Types].xml, _rels/.rels, word/document.xml,
word/styles.xml, word/_rels/document.xml.rels) with fixed timestamps so that the file
is byte-for-byte reproducible.
Run: python3 bench/grounding/second/make_docx.py
"""

import pathlib
import zipfile
from xml.sax.saxutils import escape

OUT = pathlib.Path(__file__).parent / "docs" / "long-service-awards.docx"

TITLE = "Long Service and Recognition Awards"
BLOCKS = [
    ("p", "People Team - Reward & Benefits - Version 2, effective 1 July 2025"),
    ("h", "1. Purpose"),
    ("p", "Kestrel Freight has grown from a single warehouse in Northampton into a network of five sites, "
          "and much of that is down to colleagues who have stayed with us for many years. This document sets out "
          "how we mark long service and how colleagues can recognise each other's work. It applies at every site; "
          "at Zaragoza and Porto the amounts are paid in euros at the equivalent value shown in the local notice."),
    ("h", "2. Long service awards"),
    ("p", "Awards are made at each five-year anniversary of continuous service. Continuous service counts from the "
          "start date on your contract, including service with a business that transferred to Kestrel Freight. Time "
          "worked on site as an agency worker before you joined us does not count."),
    ("table", [
        ["Years of service", "Gift card", "One-off extra days of leave", "Also included"],
        ["5 years", "£150", "1 day", "Certificate"],
        ["10 years", "£350", "2 days", "Certificate and lunch with the Site General Manager"],
        ["15 years", "£500", "3 days", "Certificate"],
        ["20 years", "£750", "5 days", "Invitation to the annual awards dinner"],
        ["25 years", "£1,000", "5 days", "Awards dinner with a guest and an engraved watch"],
        ["30 years", "£1,250", "5 days", "Awards dinner with a guest"],
    ]),
    ("p", "The extra days of leave are a one-off award in addition to your normal annual leave and must be taken "
          "within 12 months of the anniversary; they cannot be carried over or paid in lieu. They are added to your "
          "RotaPoint balance in the month of your anniversary."),
    ("p", "Gift cards are sent to your work e-mail address in the month of your anniversary. The company pays any "
          "income tax on the gift card through its PAYE settlement agreement, so the award is tax-free for you."),
    ("h", "3. Kestrel Stars"),
    ("p", "Kestrel Stars is our monthly peer recognition award. Anyone can nominate a colleague at their own site in "
          "PeopleHub under Recognition, saying what the colleague did and why it mattered. Nominations close on the "
          "last Friday of each month. Each site's leadership team picks one winner a month, who receives a £50 gift "
          "card and a certificate presented at the next shift briefing."),
    ("h", "4. Annual awards"),
    ("p", "Annual award winners are announced at the awards dinner in March. Winners are chosen by a panel that "
          "includes the Chief People Officer and one colleague from each site."),
    ("table", [
        ["Award", "Prize", "Who can be nominated"],
        ["Driver of the Year", "£500 gift card", "HGV drivers in bands D1 and D2"],
        ["Warehouse Colleague of the Year", "£500 gift card", "Colleagues in bands W1 to W3"],
        ["Safety Champion", "£300 gift card", "Anyone who has made a site safer"],
        ["Team of the Year", "£1,000 towards a team event", "Any team of three or more"],
    ]),
    ("h", "5. Contact"),
    ("p", "Questions about service dates go to the HR Service Centre on extension 2300. Questions about awards go to "
          "Priya Raman, Reward and Benefits Lead, on extension 2320."),
]

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(text: str, style: str | None = None, bold: bool = False) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{run(text, bold)}</w:p>"


def table(rows: list[list[str]]) -> str:
    cells = lambda row, head: "".join(f"<w:tc>{paragraph(c, bold=head)}</w:tc>" for c in row)
    body = "".join(f"<w:tr>{cells(r, i == 0)}</w:tr>" for i, r in enumerate(rows))
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>{body}</w:tbl>'


def document_xml() -> str:
    parts = [paragraph(TITLE, "Title")]
    for kind, content in BLOCKS:
        if kind == "h":
            parts.append(paragraph(content, "Heading1"))
        elif kind == "p":
            parts.append(paragraph(content))
        else:
            parts.append(table(content))
    body = "".join(parts)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>'


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
# Readers such as mammoth and Word resolve pStyle/tblStyle ids here; a missing part breaks them.
STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f"<w:styles {NS}>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
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
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
