#!/usr/bin/env python3
"""Build docs/policies/lone-worker-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "policies", "lone-worker-procedure.docx")
STAMP = (2027, 7, 5, 0, 0, 0)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def table(rows):
    width = 9000 // len(rows[0])  # A4 text width with 1440 margins is 9026 twips
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in rows[0])
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>',
           f"<w:tblGrid>{grid}</w:tblGrid>"]
    for i, row in enumerate(rows):
        out.append("<w:tr>")
        if i == 0:
            out[-1] = '<w:tr><w:trPr><w:tblHeader/></w:trPr>'
        for cell in row:
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{para(cell)}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


BODY = [
    para("Lone Worker Procedure", "Heading1"),
    para("Procedure H&S-PR-07 \u00b7 Version 3 \u00b7 Effective 1 November 2026 \u00b7 Owner: Health, Safety and "
         "Wellbeing Manager \u00b7 Approved by the Executive Leadership Team"),
    para("1. Purpose", "Heading2"),
    para("Many of our people work on their own, away from help: inspecting buildings, picking up dogs, checking roads "
         "and bridges, or locking up a pool at night. Under the Health and Safety at Work Act 2015 the Council must "
         "make sure they can get help quickly if something goes wrong. Version 3 takes over from version 2 (2024) and "
         "from the 2022 Te Puna page \u201cWorking alone \u2013 check-in guide\u201d, which has been archived."),
    para("2. Who this applies to", "Heading2"),
    para("Building inspectors and consent officers on site visits; Animal Services officers; roading and water "
         "services inspectors; staff on standby callouts; library and aquatics staff who open or close a building on "
         "their own; and anyone working alone in the Civic Centre after 6:00 pm."),
    para("3. Before you go", "Heading2"),
    para("Check the property record in Ara. If the property has a Caution flag, or a dog there is classified as "
         "menacing or dangerous, two officers must attend \u2013 never go alone. Then start a session in the Kia "
         "Haumaru app: choose the risk level, enter the address and the time you expect to finish."),
    para("If you are going somewhere without mobile coverage, such as the Rangiwai Gorge or the coast road north of "
         "Te P\u0101 Point, take a satellite messenger from the key cabinet at the Rangiwai Depot and switch it on "
         "before you lose coverage."),
    para("4. Check-in intervals", "Heading2"),
    table([
        ["Risk level", "Typical work", "Check in", "Escalation starts when you are overdue by"],
        ["Low", "Working in an office or depot after hours; opening or closing a library or pool", "At the start and at "
         "the finish", "15 minutes"],
        ["Medium", "Site inspections, roadside work, driving on rural roads", "Every 60 minutes", "15 minutes"],
        ["High", "Dog seizures, Caution-flag properties (always two officers), areas without coverage", "Every 30 "
         "minutes", "10 minutes"],
    ]),
    para("5. If you miss a check-in or press SOS", "Heading2"),
    para("The Kia Haumaru monitoring centre, on 0800 555 019 (24 hours), rings you twice. If you don't answer, it rings "
         "your manager and then your manager's manager. If nobody can confirm that you are safe, it calls Police on "
         "111 and gives them your last GPS location. Pressing the SOS button in the app goes straight to Police."),
    para("If you are with someone and can't speak freely, ring the monitoring centre and say \u201cI need the blue "
         "file\u201d. They will stay on the line and send help."),
    para("6. Feeling unsafe", "Heading2"),
    para("You never have to finish a visit. If a situation feels wrong, leave, get to a safe place and then call your "
         "manager. Nobody will be criticised for walking away."),
    para("7. Equipment", "Heading2"),
    para("Animal Services officers and building inspectors are issued a personal alarm. Animal Services officers also "
         "wear a stab-resistant vest on every field visit. Other staff can borrow a personal alarm from the Health, "
         "Safety and Wellbeing team."),
    para("8. Reporting", "Heading2"),
    para("Record every incident, near miss or threat in SafeTrack within 24 hours. Your manager follows it up within "
         "5 working days, and serious events are reported to the Executive Leadership Team."),
]

DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(BODY)
            + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
              'w:left="1440" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>')

STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="en-NZ"/></w:rPr></w:rPrDefault></w:docDefaults>
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
  <dc:title>Lone Worker Procedure H&amp;S-PR-07 Version 3</dc:title>
  <dc:creator>Health, Safety and Wellbeing</dc:creator>
  <dcterms:created xsi:type="dcterms:W3CDTF">2026-10-20T00:00:00Z</dcterms:created>
  <dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-20T00:00:00Z</dcterms:modified>
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
