#!/usr/bin/env python3
"""Build docs/lead-hand-development-program.docx with the standard library only."""
import zipfile
from xml.sax.saxutils import escape

OUT = "docs/lead-hand-development-program.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def para(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

def bullet(text):
    return para(text, "ListBullet")

def table(rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    out.append("<w:tblGrid>" + "".join('<w:gridCol w:w="1900"/>' for _ in rows[0]) + "</w:tblGrid>")
    for i, row in enumerate(rows):
        out.append("<w:tr>")
        for cell in row:
            rpr = "<w:rPr><w:b/></w:rPr>" if i == 0 else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="1900" w:type="dxa"/></w:tcPr><w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(cell)}</w:t></w:r></w:p></w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)

body = [
    para("Lead Hand Development Program", "Heading1"),
    para("Ground Operations Training Centre \u2013 program guide for applicants, 2026 intakes", "Subtitle"),
    para("The Lead Hand Development Program prepares experienced ramp and baggage agents to run a turn and lead a crew. "
         "It combines classroom modules at the Training Centre in Mississauga with shadow shifts at your own station. "
         "Completing the program is not a promotion in itself: it puts you on the acting lead hand list and gives you "
         "priority for interview when a lead hand vacancy is posted."),
    para("Who can apply", "Heading2"),
    bullet("At least 2 years of continuous service as a ramp or baggage agent with Tamarack Air."),
    bullet("A current Airside Driving Permit and a current marshalling and wingwalking qualification."),
    bullet("No disciplinary warning on file in the last 12 months. Attendance support stages do not count as discipline."),
    bullet("The support of your duty manager, who completes the short reference form in Hangar Academy."),
    para("Intakes and selection", "Heading2"),
    para("There are two intakes a year. For the spring intake, applications open on 2 March 2026 and close on 20 March 2026, "
         "and the program starts on 20 April 2026. For the autumn intake, applications close on 14 August 2026 and the "
         "program starts on 14 September 2026."),
    para("Each intake takes at most 12 participants across the four stations, and at least 5 places are kept for YYZ. "
         "Shortlisted applicants have a 30-minute panel interview with a station manager and a Training Centre instructor. "
         "If there are more suitable applicants than places, seniority decides."),
    para("Modules", "Heading2"),
    table([
        ["Module", "What it covers", "Format", "Length", "Assessment"],
        ["M1 Turn coordination", "Running a turn in RampTrack, delay codes, working with SOC", "Classroom, Training Centre", "3 days", "Written test, pass mark 80%"],
        ["M2 Load control", "Weight and balance, load sheets, NOTOC and special loads", "Classroom, Training Centre", "4 days", "Written test, pass mark 85%"],
        ["M3 Leading people", "Briefings, feedback, fatigue conversations, conflict on the ramp", "Classroom and role play", "2 days", "Observed role play"],
        ["M4 Safety leadership", "SafeSky investigations, near-miss reviews, just culture", "E-learning and a half-day workshop", "1 day", "Case study"],
        ["M5 Shadow shifts", "Working alongside a mentor lead hand on live turns", "On the ramp at your own station", "8 shifts", "Mentor sign-off"],
    ]),
    para("Modules are taken in order. M5 can only start once M1 to M4 are passed. One resit of a written test is allowed, "
         "within 30 days, in line with the Training Centre rules."),
    para("Time, pay and travel", "Heading2"),
    para("Program days are rostered in CrewLink as training days and paid at your base rate for your rostered hours. "
         "Shadow shifts are paid as normal shifts, premiums included. Staff from YUL, YOW and YHZ travel to Mississauga as "
         "P1 duty travel, stay at the contracted hotel and claim meals at the duty travel rates."),
    para("After the program", "Heading2"),
    para("Graduates are added to the acting lead hand list for their station and are paid the acting lead hand allowance "
         "whenever the duty manager assigns them as acting lead hand in CrewLink. The graduation stays valid for 3 years; "
         "after that, a graduate who has not held a lead hand post repeats M3 before acting up again."),
    para("Contacts", "Heading2"),
    para("Program manager: Naomi Achterberg, Manager, Training Centre. Lead instructor: Ravi Chandrasekar. "
         "Questions by e-mail to training.groundops@tamarackair.example."),
]

document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(body)
            + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>'
            + "</w:body></w:document>")

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F5C3A"/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1F5C3A"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:color w:val="595959"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''

content_types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>'''

rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>'''

doc_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>'''

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", rels),
                       ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
                       ("word/styles.xml", styles)]:
        info = zipfile.ZipInfo(name, date_time=(2026, 2, 16, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data.encode("utf-8"))
print("wrote", OUT)
