"""Builds docs/company-car-scheme.docx by hand with the standard library.

A DOCX is a zip of XML parts; this writes the five parts Word needs
([Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml,
word/_rels/document.xml.rels)
with fixed timestamps so that the file is byte-for-byte reproducible.
Run: python3 bench/grounding/make_docx.py
"""

import pathlib
import zipfile
from xml.sax.saxutils import escape

OUT = pathlib.Path(__file__).parent / "docs" / "company-car-scheme.docx"

TITLE = "Company Car and Car Allowance Scheme"
BLOCKS = [
    ("p", "Fleet and Facilities - Operations Directorate - Version 3, effective 1 January 2025"),
    ("h", "1. Purpose"),
    ("p", "Many of our senior engineers drive to client sites several times a week. The firm offers them a "
          "choice between a company car and a monthly car allowance. This document explains who is eligible, "
          "what each option includes and the rules for using a company car. It applies to the Leeds and "
          "Bristol offices; the Lyon and Graz offices run their own vehicle arrangements under local tax rules."),
    ("h", "2. Eligibility"),
    ("p", "The scheme is open to employees at grade G4 (Associate) and above, and to site engineers at any grade "
          "whose role requires them to drive more than 8,000 business miles a year. Eligibility is confirmed by "
          "the Operations Director."),
    ("h", "3. The two options"),
    ("p", "Eligible employees choose either a company car from the approved list or a monthly cash allowance, "
          "paid with salary and subject to tax and National Insurance. You may change your choice only when "
          "your current car lease ends, normally every four years."),
    ("table", [
        ["Grade", "Monthly car allowance", "Company car list price limit", "Private fuel"],
        ["Site engineer (any grade)", "£350", "£34,000", "Not provided"],
        ["Associate (G4)", "£450", "£42,000", "Not provided"],
        ["Director (G5)", "£550", "£48,000", "Not provided"],
        ["Managing Director", "£650", "£55,000", "Not provided"],
    ]),
    ("h", "4. Electric vehicles only"),
    ("p", "From 1 January 2025 only fully electric cars can be ordered under the scheme. Cars already on lease "
          "may be kept until the lease ends. The firm pays for a home charging point up to £1,000, installed by "
          "our approved supplier, and business charging costs are paid through the fleet charge card."),
    ("h", "5. Using a company car"),
    ("p", "Company cars may be used privately by the employee and their spouse or partner, provided they hold a "
          "full driving licence and are named on the insurance. Other drivers are not insured. Drivers must "
          "show their licence to the fleet team each year and report any penalty points within seven days."),
    ("p", "Report any accident, however minor, to the fleet provider within 24 hours using the number on the key "
          "fob, and to the Fleet and Facilities Coordinator on the next working day."),
    ("h", "6. Leaving the scheme"),
    ("p", "If you leave the firm, the car must be returned on your last day. Excess wear and tear beyond the "
          "lessor's standard is charged to the employee, up to a maximum of £500."),
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
