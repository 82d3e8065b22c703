#!/usr/bin/env python3
"""Build docs/ops/cargo-handling-procedure.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "ops", "cargo-handling-procedure.docx")
STAMP = (2029, 11, 15, 0, 0, 0)

BODY = [
    para("Cargo Handling and Stowage Procedure", "Heading1"),
    para("Tamarind Shipping Company Limited \u00b7 Freight Warehouse and Fleet \u00b7 OPS-06 \u00b7 Rev 5"),
    para("Effective December 1, 2029. This procedure applies to everyone who receives, loads, stows or delivers "
         "freight: the Freight Warehouse team at Warehouse B, stevedores, forklift operators and the deck crews of "
         "M/V Lady Tamarind, M/V Bonefish Queen and M/V Sea Hibiscus. The owner is the Freight Warehouse Manager "
         "(ext 250)."),
    para("1. Receiving freight at Warehouse B", "Heading2"),
    para("Step 1. Weigh or measure every item and enter it in CargoTrack against the shipper's booking."),
    para("Step 2. Print the bill of lading in 3 copies: one for the shipper, one for the warehouse and one that "
         "travels with the cargo to the consignee. The shipper signs all three."),
    para("Step 3. Put a CargoTrack label on every item, labelled with its bill of lading number and the island "
         "port."),
    para("Step 4. Goods that have come in from abroad are not loaded until the Customs broker's release is "
         "scanned into CargoTrack."),
    para("2. The cargo manifest", "Heading2"),
    para("The cargo manifest closes 2 hours before departure. The Freight Warehouse Manager checks it against the "
         "labels on the dock and signs it in CargoTrack, which sends it to the bridge tablet and to the Port "
         "Department. Nothing is loaded after the manifest closes without the Master's agreement."),
    para("3. Where cargo goes", "Heading2"),
    table([
        ["Cargo", "Where", "How", "Limit per voyage"],
        ["Vehicles", "Main deck", "Chained at 4 points, handbrake on, keys to the bosun", "-"],
        ["Propane cylinders", "Open deck, aft", "Upright in racks, at least 10 ft from passenger areas",
         "40 cylinders"],
        ["Fuel drums", "Open deck, forward", "Away from the propane racks, lashed in pairs", "20 drums"],
        ["Chilled or frozen", "Reefer container", "Chilled 34 \u00b0F to 38 \u00b0F; frozen 0 \u00b0F or colder",
         "-"],
        ["Livestock", "Main deck, in shade", "Water before sailing and at each island", "-"],
        ["General freight", "Hold or deck", "Under cargo nets", "-"],
    ]),
    para("4. Loading", "Heading2"),
    para("The Bosun briefs the stevedores and the deck crew before loading starts. Heavy freight and vehicles go "
         "on first, propane and fuel drums last. A stevedore gang is at least 4 stevedores and a signalman, and "
         "only the signalman gives signals to the crane or forklift driver."),
    para("5. Lifting and forklifts", "Heading2"),
    para("Nobody lifts more than 50 lb alone: use a team lift or a forklift. Forklifts on the dock keep to 5 mph, "
         "sound the horn at every corner and never carry passengers. Only licensed forklift operators (grade S3) "
         "drive them."),
    para("6. Heat", "Heading2"),
    para("From May to October stevedores take a 15-minute water break every 2 hours in the shade of Warehouse B. "
         "Water is free at the warehouse cooler."),
    para("7. Damaged cargo", "Heading2"),
    para("Report damaged cargo in CargoTrack (Form CD-1) within 2 hours, with photos. The consignee signs for "
         "damaged goods on the bill of lading, and the Freight Warehouse Manager calls the shipper the same day."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="en-BS"),
        core(title="Cargo Handling and Stowage Procedure, Rev 5",
             creator="Freight Warehouse Manager", created="2029-11-15"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
