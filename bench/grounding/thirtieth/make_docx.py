#!/usr/bin/env python3
"""Build docs/ehs/mhe-and-heat-stress-sop.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "ehs", "mhe-and-heat-stress-sop.docx")
STAMP = (2028, 2, 14, 0, 0, 0)

BODY = [
    para("MHE and Heat Stress SOP", "Heading1"),
    para("Tezraah Logistics Private Limited \u00b7 EHS \u00b7 EHS-04 \u00b7 Version 3"),
    para("Effective 1 March 2028. This SOP applies to every person who drives or works near a forklift, reach "
         "truck or electric pallet truck (MHE) at FC-GGN1 Gurugram and FC-BWD1 Bhiwandi, and to all work on the "
         "docks and the mezzanine in hot weather, including agency staff and contractors. The owner is the Head "
         "of EHS (ext 1160)."),
    para("1. Who may drive", "Heading2"),
    para("Only employees holding a company MHE licence may drive a forklift, reach truck or electric pallet "
         "truck. New drivers do a 3-day course with the approved trainer, pass a practical test and then drive "
         "for 1 week with a licensed driver beside them. Licences are renewed every 2 years with a refresher. "
         "Carry your MHE licence card whenever you drive."),
    para("2. Pre-use check", "Heading2"),
    para("Step 1. Scan the QR code on the truck and open MyRaah > MHE > Pre-use check."),
    para("Step 2. Check brakes, horn, lights, reverse alarm, blue spot light, forks, chains, tyres and the "
         "battery charge, and answer every question in the app."),
    para("Step 3. If any item fails, put the red tag on the steering, park the truck in the charging bay and "
         "tell the shift supervisor. A tagged truck is not driven until maintenance clears it in MyRaah."),
    para("3. Driving rules", "Heading2"),
    table([
        ["Rule", "Limit", "Where"],
        ["Speed", "8 km/h", "Inside the FC"],
        ["Speed", "5 km/h", "On the dock and in the container"],
        ["Forks while moving", "15 cm above the floor", "Everywhere"],
        ["Distance from a pedestrian", "3 metres", "Everywhere"],
        ["Seat belt", "Always fastened", "All sit-down trucks"],
    ]),
    para("Sound the horn at every blind corner and rack end. Never carry a passenger or lift a person on the "
         "forks. Pedestrians stay in the green walkways; MHE does not enter them."),
    para("4. Heat stress", "Heading2"),
    para("From 1 April to 30 June, the shift supervisor reads the heat index on the board at each dock every "
         "hour and follows this table."),
    table([
        ["Heat index at the dock", "Work and rest for loaders and mezzanine pickers", "Extra steps"],
        ["Up to 41 \u00b0C", "Normal breaks", "Water at every dock door"],
        ["Above 41 \u00b0C to 46 \u00b0C", "45 minutes work, 15 minutes rest in the cool room",
         "ORS at every water point"],
        ["Above 46 \u00b0C", "30 minutes work, 30 minutes rest",
         "No container unloading without the FC Head\u2019s approval"],
    ]),
    para("Anyone with dizziness, headache, vomiting or hot dry skin is taken to the first-aid room at once "
         "with a buddy. The nurse decides whether the person goes home by company cab or to hospital."),
    para("5. Accidents and near misses", "Heading2"),
    para("Report every MHE accident, tip-over, rack strike or near miss to the shift supervisor at once and in "
         "SafeBol within 24 hours. The truck is not used again until the EHS officer releases it."),
    para("6. Training and records", "Heading2"),
    para("Everyone who works on the floor is trained on this SOP on joining and every 12 months. Pre-use check "
         "records are kept in MyRaah for 3 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-IN"),
        core(title="MHE and Heat Stress SOP, version 3",
             creator="Head of EHS", created="2028-02-14"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
