#!/usr/bin/env python3
"""Rebuilds the generated documents of the forty-seventh corpus, byte for byte:

- docs/notices/xray-service-visit.txt, the X-ray maker's notice, written in ISO-8859-1 (Latin-1) on purpose;
- docs/clinical/controlled-drugs-procedure.docx (make_docx.py);
- docs/training/cpd-funding-application-form.pdf (make_pdf.py).

Standard library only. Run from anywhere:  python3 build_docs.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, HERE)
import make_docx  # noqa: E402
import make_pdf  # noqa: E402

LATIN1_OUT = os.path.join(HERE, "docs", "notices", "xray-service-visit.txt")

NOTICE = """IMAGERIE V\u00c9T\u00c9RINAIRE DELACROIX S.A.S.
Service apr\u00e8s-vente / After-sales service
12, rue des Tanneurs - 69100 Villeurbanne - France

Villeurbanne, le 22/10/2029

To: Dales & Moor Veterinary Group Ltd
    Ripon Small Animal Hospital, Ure Bank Road, Ripon HG4 1JD
    For the attention of Mrs Beth Wray, Radiation Protection Supervisor

Our ref.: SAV-UK-2029-0418
Your contract: n\u00b0 DMV-2027-114

Subject: Annual preventive maintenance visit - DR X-ray system D\u00e9ltaVet 4343 (Ripon)
         and dental X-ray unit Dental\u00e9o 70 (Thirsk)

Dear Mrs Wray,

As foreseen in your maintenance contract, we will make the annual preventive
maintenance visit of your X-ray equipment in November. The visit will be made by
our service engineers Mr J\u00e9r\u00f4me Lef\u00e8vre and Mrs Ana\u00efs B\u00e9renger.

WORK PLAN

Date        Site              Hours            Work
----------  ----------------  ---------------  ----------------------------------
20/11/2029  Ripon hospital    08h00 - 13h00    DR detector calibration, generator
                                               check, dose measurements (kV, mAs),
                                               software update to version 4.2
21/11/2029  Thirsk surgery    09h30 - 11h00    Dental unit: tube head, timer and
                                               leakage test

WHAT WE ASK FROM YOU

1. The X-ray room at Ripon must be free of patients from 08h00. Please switch on
   the generator at 07h45 so that it is warm when our engineers arrive.
2. The two DR detectors must be charged at 100 % before the visit.
3. Please have ready the last quality control (QC) test images and the dose
   record book.
4. The RPS or a deputy named by her must be present during the dose
   measurements, and a member of staff with the keys of the X-ray room.
5. At Thirsk, the dental room must be free from 09h30; the unit does not need to
   be switched on before.

Our engineers wear their own dosimeters. The controlled area signs stay as
usual during the work. After the software update, the first images of the day
take about 2 minutes more to appear; this is normal.

COSTS

This visit is included in your contract. Spare parts outside the contract (for
example a new detector battery) are invoiced at cost, and any extra labour at
\u00a395 per hour, excluding VAT. We will always ask before doing extra work.

IMPORTANT - DENTAL UNIT AT THIRSK

The Dental\u00e9o 70 unit at Thirsk was installed in 2020. The manufacture of
spare parts for this model will stop on 31/12/2030. We recommend that you plan
its replacement; we will be pleased to send you a proposal.

For any question before the visit, please write to our after-sales service
(sav.uk@imagerie-delacroix.fr). Our engineers speak English.

With our best regards,

J\u00e9r\u00f4me Lef\u00e8vre
Ing\u00e9nieur de maintenance / Service engineer, United Kingdom
Imagerie V\u00e9t\u00e9rinaire Delacroix S.A.S.
"""


def write_notice():
    data = NOTICE.encode("latin-1")
    assert not any(0x80 <= b <= 0x9F for b in data), "C1 control byte"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("the notice must not be valid UTF-8")
    with open(LATIN1_OUT, "wb") as fh:
        fh.write(data)
    print("wrote", os.path.relpath(LATIN1_OUT, HERE))


def main():
    write_notice()
    make_docx.main()
    make_pdf.main()


if __name__ == "__main__":
    main()
