#!/usr/bin/env python3
"""Build docs/policies/drug-and-alcohol-policy.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "policies", "drug-and-alcohol-policy.docx")
STAMP = (2026, 12, 2, 0, 0, 0)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def table(rows):
    grid = "".join('<w:gridCol w:w="2300"/>' for _ in rows[0])
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>',
           f"<w:tblGrid>{grid}</w:tblGrid>"]
    for i, row in enumerate(rows):
        out.append("<w:tr>")
        if i == 0:
            out[-1] = '<w:tr><w:trPr><w:tblHeader/></w:trPr>'
        for cell in row:
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="2300" w:type="dxa"/></w:tcPr>{para(cell)}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


BODY = [
    para("Drug and Alcohol Policy", "Heading1"),
    para("Document HS-POL-04 · Revision 4 · Effective 01/02/2025 · Approved by Graham Pettigrew, Managing Director"),
    para("1. Purpose", "Heading2"),
    para("Brolga Civil Contracting is committed to a workplace where nobody is impaired by alcohol or drugs. "
         "Our crews work around heavy plant, live traffic, deep excavations and high-pressure water mains, "
         "where one impaired person can kill or injure others. This revision replaces Revision 3 (2020)."),
    para("2. Who this applies to", "Heading2"),
    para("This policy applies to all employees, labour-hire workers, subcontractors and visitors on any Brolga site, "
         "depot or compound, and to anyone driving a Brolga vehicle or operating Brolga plant, at any time."),
    para("3. Our standard", "Heading2"),
    para("Nobody may start or continue work with a blood alcohol concentration (BAC) above 0.02, or with any drug "
         "in their system at or above the cut-off levels in AS 4760 (oral fluid testing). This is stricter than the "
         "road rules because our work is more dangerous than driving a car."),
    para("4. Testing", "Heading2"),
    para("Breath testing is done on site with a calibrated breathalyser. Oral fluid screening is done on site by a "
         "trained collector; non-negative screens are sent to an accredited laboratory for confirmation."),
    table([
        ["Test", "When", "Method", "Who is tested"],
        ["Pre-employment", "Before the first shift", "Oral fluid (AS 4760)", "All new starters and labour-hire workers"],
        ["Random", "At least 10% of the workforce each month, selected by the Brolga app",
         "Breath and oral fluid", "Everyone on site, including subcontractors"],
        ["For cause", "When a supervisor has reasonable grounds to believe someone is impaired",
         "Breath and oral fluid", "The person concerned"],
        ["Post-incident", "Within 4 hours of a serious incident, service strike or vehicle crash",
         "Breath and oral fluid", "Everyone directly involved"],
    ]),
    para("5. Non-negative and positive results", "Heading2"),
    para("A person with a non-negative result is stood down on full pay for the rest of the shift and is driven "
         "home – they must not drive. They return to work only after a negative retest or a negative laboratory result."),
    para("A confirmed positive result leads to a written warning, a referral to the Employee Assistance Program and a "
         "return-to-work test. A second confirmed positive within 24 months may lead to termination of employment. "
         "Refusing a test, or tampering with a sample, is treated as a confirmed positive."),
    para("6. Medication", "Heading2"),
    para("If you take prescription or over-the-counter medication that may affect your ability to work safely, tell "
         "your supervisor before you start work. You do not have to say what the medication is or why you take it; "
         "any medical information you give is kept confidential by the HSEQ team."),
    para("7. Getting help", "Heading2"),
    para("Anyone who is worried about their own drinking or drug use, or a mate's, can call the Employee Assistance "
         "Program on 1800 818 728. Asking for help before a test is not a breach of this policy, and Brolga will "
         "support a reasonable period of leave for treatment."),
    para("8. Alcohol at work functions", "Heading2"),
    para("Alcohol may be served only at functions approved by the Managing Director, never on a site, in a compound "
         "or in a vehicle. Nobody drives a Brolga vehicle home from a function where they have been drinking."),
]

DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(BODY)
            + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
              'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>')

STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="21"/><w:lang w:val="en-AU"/></w:rPr></w:rPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="36"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="26"/></w:rPr></w:style>
  <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
  <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
  <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
  <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
  <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>'''

CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <dc:title>Drug and Alcohol Policy HS-POL-04 Rev 4</dc:title>
  <dc:creator>HSEQ Manager</dc:creator>
  <dcterms:created xsi:type="dcterms:W3CDTF">2025-01-20T00:00:00Z</dcterms:created>
  <dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-20T00:00:00Z</dcterms:modified>
</cp:coreProperties>'''

APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>'''

PARTS = [
    ("[Content_Types].xml", CONTENT_TYPES),
    ("_rels/.rels", RELS),
    ("docProps/core.xml", CORE),
    ("docProps/app.xml", APP),
    ("word/_rels/document.xml.rels", DOC_RELS),
    ("word/document.xml", DOCUMENT),
    ("word/styles.xml", STYLES),
]


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in PARTS:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
