#!/usr/bin/env python3
"""Build docs/building/permit-to-work-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "building", "permit-to-work-procedure.docx")
STAMP = (2028, 1, 18, 0, 0, 0)

BODY = [
    para("Permit-to-Work Procedure", "Heading1"),
    para("Jade Harbour Property Services Limited \u00b7 Building Services \u00b7 BS-04 \u00b7 Version 1"),
    para("Effective 1 February 2028. This procedure supersedes BS-02 Hot Work and Work at Height Rules, issued on "
         "2 May 2025. It applies to all work done by our staff or by contractors at the six sites that needs a "
         "permit, including work for owners' corporations, shop tenants and lift contractors. The owner is the "
         "Building Services Manager (ext 1501)."),
    para("1. When a permit is needed", "Heading2"),
    table([
        ["Work", "Permit", "Issued by", "Valid for", "Main controls"],
        ["Hot work: welding, cutting, grinding, brazing, torch-on roofing", "Hot Work Permit (red)",
         "Building Services Manager or duty Building Services Supervisor", "One shift, up to 10 hours",
         "Two fire extinguishers at the work place; fire watch during the work and for 60 minutes after it ends"],
        ["Work at height: above 2 metres, or near an unprotected edge", "Work at Height Permit (yellow)",
         "Site Manager", "One day",
         "Working platform with guard rails, or a harness on a safe anchor; no outdoor work at Signal No. 3 or "
         "above"],
        ["Confined spaces: water tanks, sewage and pump pits, lift pits", "Confined Space Permit (blue)",
         "Safety Officer", "One shift",
         "Certified workers only; gas test before entry and every hour; a standby person at the entrance"],
        ["Electrical isolation: switchboards, pumps, lift power", "Electrical Isolation Permit (green)",
         "Registered Electrical Worker of Building Services", "Until the work ends",
         "Lock-out and tag-out; test for dead before work"],
    ]),
    para("2. How to apply", "Heading2"),
    para("Step 1. The contractor (or the staff member in charge) applies in FixLog > Permits at least 2 working "
         "days before the work, attaching the method statement, the risk assessment and the insurance "
         "certificate."),
    para("Step 2. The Site Manager checks the application, agrees the working hours with residents or tenants, "
         "and forwards it to the issuer shown in the table."),
    para("Step 3. On the day, the issuer inspects the work place with the contractor. For hot work, the Building "
         "Services Supervisor asks the fire services contractor to isolate the smoke detectors in that zone only, "
         "and tells the Control Room which zone is isolated and until when."),
    para("Step 4. The signed permit is displayed at the work place. The Control Room logs it and tells the patrol "
         "officers, who check the work place on every patrol."),
    para("Step 5. When the work stops, the fire watch stays for 60 minutes. The issuer then checks the work place, "
         "has the detectors restored and tested, signs off the permit and closes the permit in FixLog."),
    para("3. Stopping work", "Heading2"),
    para("Any Security Officer, the Safety Officer (ext 1511) or the issuer may stop work that is not safe or does "
         "not match its permit. Work at height outdoors stops when Signal No. 3 or above is hoisted or a Red or "
         "Black Rainstorm Warning is issued. All permits are suspended when a fire alarm sounds."),
    para("4. Records", "Heading2"),
    para("FixLog keeps every permit for 3 years. The Building Services Manager reviews a sample of closed permits "
         "from each site every month and reports to the Safety Committee each quarter."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-HK"),
        core(title="Permit-to-Work Procedure, BS-04 version 1",
             creator="Building Services Manager", created="2028-01-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
