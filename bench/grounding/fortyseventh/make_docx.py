#!/usr/bin/env python3
"""Build docs/clinical/controlled-drugs-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "clinical", "controlled-drugs-procedure.docx")
STAMP = (2029, 7, 16, 0, 0, 0)

BODY = [
    para("Controlled Drugs Procedure", "Heading1"),
    para("Dales & Moor Veterinary Group Ltd \u00b7 CLIN-04 \u00b7 Revision 4"),
    para("Effective: 1 August 2029. This revision replaces Revision 3 (effective 1 February 2027). It applies to "
         "every vet, RVN, SVN and member of the dispensary team at the Ripon hospital, the branch surgeries and the "
         "Leyburn Farm & Equine Unit, and to locums while they work for us. The owners are the Clinical Director "
         "(ext 5002) and the Dispensary Manager (ext 5140)."),
    para("1. What has changed", "Heading2"),
    para("From 1 August 2029 the CD register is kept in CaseBook instead of the paper book. The old paper registers "
         "stay in the Ripon dispensary archive. Balance checks are now twice a week, the cabinet key is carried "
         "instead of kept in a key safe, and discrepancies must be reported the same shift."),
    para("2. Which drugs and where they are kept", "Heading2"),
    table([
        ["Schedule", "Drugs we stock", "Kept in", "Recorded in", "Checked"],
        ["Schedule 2", "Methadone, morphine, fentanyl, pethidine", "Locked CD cabinet",
         "CaseBook CD register", "Every Monday and Thursday"],
        ["Schedule 3", "Buprenorphine, midazolam, phenobarbital", "Locked CD cabinet",
         "CaseBook (use only); invoices kept", "Full count every month"],
        ["Schedule 4 and 5", "Diazepam, codeine products and others", "Dispensary, locked out of hours",
         "Normal CaseBook records", "Full count every month"],
    ]),
    para("3. The CaseBook CD register", "Heading2"),
    para("Record every receipt, use, return and destruction of a Schedule 2 drug in CaseBook > Dispensary > CD "
         "register at the time, not at the end of the shift. CaseBook keeps the running balance and the name of "
         "whoever signed in. Never record an entry under someone else's login."),
    para("4. Keys", "Heading2"),
    para("The CD cabinet key is carried on the red lanyard by the duty vet during the day. At the 19:00 handover "
         "the night vet signs for it in CaseBook and carries it overnight, and hands it back at the morning "
         "handover. At the branches the senior vet or the vet in charge carries the key and it goes in the key safe "
         "when the branch is locked."),
    para("5. Balance checks and stock counts", "Heading2"),
    para("Every Monday and Thursday a vet and an RVN check the CaseBook balance of each Schedule 2 drug against the "
         "stock in the cabinet and both confirm the check in CaseBook. The Dispensary Manager does a full stock "
         "count of all CDs every month."),
    para("6. If the balance is wrong", "Heading2"),
    para("Check the entries since the last balance check and the hospital sheets. If it still does not match, tell "
         "the Clinical Director within 4 hours, or the duty vet at night, who tells the Clinical Director the next "
         "morning. Record what you found in CaseBook > Incidents."),
    para("7. Destroying out-of-date Schedule 2 stock", "Heading2"),
    para("Step 1. Label out-of-date stock \u201cEXPIRED \u2013 DO NOT USE\u201d and keep it in the CD cabinet, "
         "on the bottom shelf, apart from stock in use."),
    para("Step 2. Ask the Dispensary Manager to book an authorised witness. She keeps the list of people who may "
         "witness destruction."),
    para("Step 3. With the witness watching, empty the ampoules or tablets into a CD denaturing kit, add water up to "
         "the line and shake it."),
    para("Step 4. Record the destruction in the CaseBook CD register; you and the witness both sign it."),
    para("Step 5. Put the sealed kit in the blue-lidded pharmaceutical waste bin."),
    para("Drugs returned by clients are destroyed the same way, but the witness may be any other vet or RVN."),
    para("8. CDs in farm and equine cars", "Heading2"),
    para("Each Leyburn car carries its CDs in a locked box fixed in the car. Use from the car is recorded in "
         "CaseBook on the visit. The vet checks the box against CaseBook every Friday, when the car is restocked."),
    para("9. Training and records", "Heading2"),
    para("Vets, RVNs and dispensary staff do CD training with the Dispensary Manager every year. CaseBook keeps the "
         "CD register for 5 years from the last entry; the paper registers are kept for the same time."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Controlled Drugs Procedure, CLIN-04 Revision 4",
             creator="Clinical Director", created="2029-07-16"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
