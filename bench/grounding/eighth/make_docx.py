#!/usr/bin/env python3
"""Build docs/policies/exposure-control-plan.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "policies", "exposure-control-plan.docx")
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
    para("Bloodborne Pathogens Exposure Control Plan", "Heading1"),
    para("Policy IC-POL-02 · Revision 5 · Effective 04/01/2026 · Approved by Daniel Whitcomb, MD, Chief Medical Officer"),
    para("1. Purpose", "Heading2"),
    para("This plan protects Sagebrook Community Health employees from bloodborne pathogens such as HIV, hepatitis B and "
         "hepatitis C, as required by the OSHA Bloodborne Pathogens Standard (29 CFR 1910.1030). Revision 5 replaces "
         "Revision 4 (2022) and the SageNet page \u201cNeedlestick and Blood Exposure: What to Do\u201d, which has been archived."),
    para("2. Who is covered", "Heading2"),
    para("All employees whose work may bring them into contact with blood or other potentially infectious materials: "
         "providers, nurses, medical assistants, dental staff, laboratory and pharmacy staff, environmental services and "
         "anyone who cleans up after a patient. Patient services and administrative staff are covered when they handle "
         "specimens or work on the dental van."),
    para("3. Preventing exposures", "Heading2"),
    para("Use the safety-engineered needle, lancet or scalpel every time and activate the safety feature immediately "
         "after use. Never recap a used needle by hand. Replace sharps containers when they are three-quarters full. "
         "Wear gloves for any contact with blood, and a face shield or mask and goggles when splashes are possible, "
         "including all dental procedures."),
    para("Hepatitis B vaccine is offered free to every covered employee within 10 working days of assignment to a "
         "covered job. Employees who decline sign the OSHA declination form and may start the vaccine later at no cost."),
    para("4. If you are exposed", "Heading2"),
    para("An exposure is a needlestick or cut from a used sharp, or a splash of blood or body fluid into the eyes, nose, "
         "mouth or broken skin. Preventive treatment works best when it is started quickly, so follow these steps at once:"),
    table([
        ["Step", "What to do", "When"],
        ["1. Wash", "Wash needlesticks and cuts with soap and water. Flush eyes, nose or mouth with water for 15 minutes.",
         "Immediately"],
        ["2. Call", "Call the Exposure Hotline at (208) 555-0188. An Employee Health nurse answers 24 hours a day, "
         "including weekends and holidays, and tells you where to go.", "Right after washing"],
        ["3. Get evaluated", "Go to WorkWell Occupational Health or the nearest emergency department for a "
         "post-exposure evaluation.", "Within 2 hours of the exposure"],
        ["4. Document", "Complete the Sharps Injury Log (form IC-7) and an Employee Incident Report (form SF-12) on "
         "SageNet.", "Before the end of your shift"],
        ["5. Follow up", "Employee Health arranges follow-up blood tests and counseling.",
         "At 6 weeks, 3 months and 6 months"],
    ]),
    para("Tell your supervisor as soon as you have called the hotline. Your supervisor arranges for someone to cover your "
         "patients so that you can leave for the evaluation."),
    para("5. The source patient", "Heading2"),
    para("The Employee Health nurse, not the exposed employee, asks the source patient for consent to test for HIV, "
         "hepatitis B and hepatitis C. Never look up the source patient's results in Chartwell yourself; Employee Health "
         "will give you the information you need."),
    para("6. Records and confidentiality", "Heading2"),
    para("Exposure and vaccination records are kept by Employee Health, separate from personnel files, for the length "
         "of employment plus 30 years. They are released only with the employee's written consent or as the law "
         "requires. All costs of evaluation, treatment and follow-up are covered by workers' compensation."),
    para("7. Training and review", "Heading2"),
    para("Covered employees complete bloodborne pathogens training in SageLearn before their first patient contact and "
         "every year after that. The Infection Prevention Committee reviews this plan and the Sharps Injury Log every "
         "year, and asks front-line staff to help choose safer devices."),
]

DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(BODY)
            + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
              'w:left="1440" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>')

STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault></w:docDefaults>
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
  <dc:title>Bloodborne Pathogens Exposure Control Plan IC-POL-02 Rev 5</dc:title>
  <dc:creator>Infection Prevention Committee</dc:creator>
  <dcterms:created xsi:type="dcterms:W3CDTF">2026-03-16T00:00:00Z</dcterms:created>
  <dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-16T00:00:00Z</dcterms:modified>
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
