"""Builds docs/tuition-assistance-program.docx with the standard library only.

Writes the parts Word needs ([Content_Types].xml, _rels/.rels, word/document.xml,
word/styles.xml, word/_rels/document.xml.rels) with fixed timestamps, so the file
is byte-for-byte reproducible. Run: python3 make_docx.py
"""

import pathlib
import zipfile
from xml.sax.saxutils import escape

OUT = pathlib.Path(__file__).parent / "docs" / "tuition-assistance-program.docx"

TITLE = "Tuition Assistance Program"
BLOCKS = [
    ("p", "People Operations - Learning and Development - Policy PEO-14 - Effective July 1, 2026"),
    ("h1", "1. Purpose"),
    ("p", "Pellridge helps employees build skills that matter for their current role or a realistic next role "
          "at the company. The Tuition Assistance Program reimburses tuition and required fees for approved "
          "courses, degrees and certifications. Smaller items such as single books and short online courses "
          "under $200 are claimed as ordinary expenses in Spendwell instead."),
    ("h1", "2. Eligibility"),
    ("p", "Full-time US employees become eligible after six months of continuous service. Part-time "
          "employees, interns and contractors are not eligible. Montréal employees are covered by the same "
          "program, paid in Canadian dollars at the same numbers. You must be in good standing, which means "
          "not on a performance plan, when the course starts and when you claim."),
    ("h1", "3. What the program pays"),
    ("h2", "3.1 Annual limits"),
    ("p", "Limits apply per calendar year, by the date the course ends. Unused amounts do not carry over."),
    ("table", [
        ["Program type", "Annual limit", "Grade or result required", "Stay after reimbursement"],
        ["Undergraduate courses toward a degree", "$5,250", "C or better", "12 months"],
        ["Graduate degree courses (master's or doctoral)", "$8,000", "B or better", "24 months"],
        ["Professional certification exams and prep (for example AWS, PMP, CPA, SHRM)", "$2,500", "Pass", "None"],
        ["Bootcamps and non-credit courses", "$1,500", "Certificate of completion", "None"],
    ]),
    ("p", "If you combine program types in one year, the overall limit is $8,000. Books, lab fees and required "
          "software count toward the limit; parking, travel, meals and late fees do not."),
    ("h2", "3.2 Taxes"),
    ("p", "Up to $5,250 of tuition assistance in a calendar year is tax-free under section 127 of the Internal "
          "Revenue Code. Anything above $5,250 is added to your taxable wages in the paycheck that reimburses it."),
    ("h1", "4. How to apply"),
    ("p", "Apply before the course starts. Claims for courses that were not approved in advance are declined."),
    ("p", "Step 1. At least 30 days before the course starts, submit a request in Harbor under Learning Wallet, "
          "with the school, the course, the dates and the cost."),
    ("p", "Step 2. Your manager approves the request and confirms how the course relates to your role. "
          "Requests over $2,500 also need your VP's approval."),
    ("p", "Step 3. Learning and Development confirms the approved amount by email within five business days."),
    ("p", "Step 4. Pay the school yourself. Within 60 days after the course ends, upload the paid invoice and "
          "your final grade or certificate to the same Learning Wallet request."),
    ("p", "Step 5. The reimbursement is paid with the next regular paycheck after approval of the claim."),
    ("h1", "5. Repayment if you leave"),
    ("p", "If you resign or are dismissed for cause within the stay period shown in the table, you repay a share "
          "of the tuition assistance paid in the previous 24 months: all of it if you leave within 12 months of "
          "the payment, and half of it if you leave between 12 and 24 months after it. Repayment is not required "
          "after a layoff, or if you leave for military service."),
    ("h1", "6. Questions"),
    ("p", "Keisha Donovan, Learning and Development Partner, learning@pellridge.example, (312) 555-0152."),
]

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(text, style=None, bold=False):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{run(text, bold)}</w:p>"


def table(rows):
    def cells(row, head):
        return "".join(f"<w:tc>{paragraph(c, bold=head)}</w:tc>" for c in row)
    body = "".join(f"<w:tr>{cells(r, i == 0)}</w:tr>" for i, r in enumerate(rows))
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>{body}</w:tbl>'


def document_xml():
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
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
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
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
    '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
    '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
    "</w:tblBorders></w:tblPr></w:style></w:styles>"
)


def main():
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": RELS,
        "word/document.xml": document_xml(),
        "word/_rels/document.xml.rels": DOC_RELS,
        "word/styles.xml": STYLES,
    }
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
