#!/usr/bin/env python3
"""Build docs/quality/hub-assembly-sop.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "quality", "hub-assembly-sop.docx")
STAMP = (2028, 8, 1, 0, 0, 0)

BODY = [
    para("Hub Assembly and Final Inspection Procedure 花鼓組裝及最終檢驗程序", "Heading1"),
    para("Tianlu Precision Industrial Co., Ltd. \u00b7 Quality Assurance 品保課 \u00b7 SOP-QA-07 \u00b7 Rev. A"),
    para("Effective 2028/08/15. This procedure replaces the Hub Assembly Work Instruction (WI-HA-03) issued "
         "2026/05/04. It applies to operators, team leaders 組長 and QA inspectors on assembly lines 1 to 4, "
         "including agency and migrant staff. The owner is the QA Manager (ext 1250)."),
    para("1. Torque 扭力", "Heading2"),
    table([
        ["Part", "Tool", "Torque", "Checked"],
        ["Cone lock nut (quick-release hubs)", "Torque wrench T-2, calibrated every 3 months", "18\u201322 N\u00b7m",
         "Every hub"],
        ["Freehub body fixing bolt", "10 mm hex torque wrench", "35\u201340 N\u00b7m", "Every hub"],
        ["Thru-axle end caps", "By hand, then checked with the gauge", "Hand tight, no play", "Every hub"],
        ["Disc rotor bolts (test rotors only)", "T25 torque driver", "5\u20136 N\u00b7m", "Start of each shift"],
    ]),
    para("Torque wrenches carry a green calibration label. A wrench with an expired label is handed to QA and not "
         "used."),
    para("2. Grease 潤滑", "Heading2"),
    para("Put 0.6 g of ratchet grease on the freehub pawls with the weighed dispenser. Bearings arrive "
         "pre-greased; do not add grease to them."),
    para("3. Final inspection 最終檢驗", "Heading2"),
    para("Step 1. Scan the work order barcode on the hub tray into QIS."),
    para("Step 2. Spin the hub on the spin tester for 30 seconds. A noise reading above 55 dB is a reject."),
    para("Step 3. Turn the freehub backwards three full turns: every pawl must click, with no slipping."),
    para("Step 4. Measure the axial play with the dial gauge: no more than 0.05 mm."),
    para("Step 5. Put rejects in the red box 不良品 with a red tag, and record the defect code in QIS."),
    para("Step 6. Laser-mark the batch number on the hub shell and pack the hub in its sleeve."),
    para("4. Torque audit 扭力稽核", "Heading2"),
    para("The QA inspector takes 5 hubs from every 200 and checks the cone lock nut and freehub bolt torque. The "
         "readings are recorded in QIS. If any reading is out of range, the line stops and the team leader "
         "quarantines the last 200 hubs until QA releases them."),
    para("5. Training and records 訓練與紀錄", "Heading2"),
    para("Every operator is trained on this procedure before working on the line and again every 12 months. QIS "
         "records are kept for 5 years, because customers' warranty claims may need them."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-TW"),
        core(title="Hub Assembly and Final Inspection Procedure, SOP-QA-07 Rev. A",
             creator="QA Manager", created="2028-08-01"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
