#!/usr/bin/env python3
"""Build docs/bakery/sanitation-and-allergen-sop.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "bakery", "sanitation-and-allergen-sop.docx")
STAMP = (2033, 10, 2, 0, 0, 0)

BODY = [
    para("Bakehouse Sanitation and Allergen Control", "Heading1"),
    para("Tamarack Commons Food Co-op \u00b7 Tamarack Bakehouse \u00b7 BK-02 \u00b7 Rev. C"),
    para("Effective October 16, 2033. This procedure applies to everyone who works in production, packing or "
         "sanitation at the Bakehouse, 1840 Energy Park Drive, St. Paul, including temporary staff and "
         "contractors. The owner is the Bakehouse Manager, Luis Ortega (ext. 3100)."),
    para("1. Cleaning and sanitizing", "Heading2"),
    table([
        ["Area", "What", "How often", "Checked by"],
        ["Food-contact surfaces (benches, mixer bowls, slicers)", "Wash, rinse, sanitize",
         "Every 4 hours of use and at every product changeover", "Line lead"],
        ["Proofers and retarders", "Clean and sanitize", "Daily, at the end of production", "Sanitation crew"],
        ["Rack ovens 1\u20133", "Racks and floors cleared of crumbs; deep clean", "Daily; deep clean weekly",
         "Sanitation crew"],
        ["Floors and drains", "Scrub and squeegee; enzyme in drains", "End of each shift; drains weekly",
         "Sanitation crew"],
        ["Walk-in cooler", "Hold at 41 \u00b0F or below", "Check every 4 hours", "Production Supervisor"],
    ]),
    para("Sanitizer is quaternary ammonium at 200\u2013400 ppm. Test the sanitizer with a test strip every 2 hours "
         "and record the result in the Sanitation Log on the line tablet. Replace the sanitizer if it tests below "
         "200 ppm or looks dirty."),
    para("2. ATP swabs", "Heading2"),
    para("After cleaning, swab 5 food-contact surfaces each shift, including at least one on every line that "
         "will run. A reading of 150 RLU or less passes. If a surface fails, clean it again and swab again; the "
         "line does not start until it passes."),
    para("3. Allergens", "Heading2"),
    para("The Bakehouse uses wheat, milk, eggs, soy, sesame and tree nuts (almonds, walnuts, pecans). There are "
         "no peanuts in the building."),
    para("Step 1. Nut products are made on Line 2 only, and only as the last run on Thursday and Friday nights."),
    para("Step 2. After the nut run, the crew washes, rinses and sanitizes Line 2, including the depositor and "
         "the conveyor belt."),
    para("Step 3. A second person checks the line against the Allergen Changeover Checklist and swabs it with "
         "an allergen protein test. Both sign the checklist."),
    para("Step 4. Line 2 is released for other products only when the ATP swab and the protein test both pass."),
    para("Sesame products (bagels, sesame loaves) are made on Line 3 only. Check the first label of each run "
         "against the recipe card: the \u201cContains\u201d statement must match."),
    para("4. Personal hygiene", "Heading2"),
    para("Wash hands for 20 seconds at the start of the shift, after breaks, after handling raw eggs and after "
         "touching your face or phone. Hair nets are worn by everyone; beard nets by anyone with facial hair. "
         "No jewelry except a plain band."),
    para("5. Cooling", "Heading2"),
    para("Cooked fillings are cooled from 135 \u00b0F to 70 \u00b0F within 2 hours and to 41 \u00b0F within a "
         "further 4 hours. Record the times and temperatures in the Sanitation Log."),
    para("6. Illness", "Heading2"),
    para("Tell the Production Supervisor before your shift if you have vomiting, diarrhea, a fever with a sore "
         "throat, or jaundice. You may not work with food until 24 hours after the symptoms end. Use earned "
         "sick and safe time for the days you miss."),
    para("7. Training and records", "Heading2"),
    para("Everyone is trained on this procedure before their first shift and every 12 months. Sanitation Log "
         "and checklist records are kept for 2 years."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="en-US"),
        core(title="Bakehouse Sanitation and Allergen Control, BK-02 Rev. C",
             creator="Bakehouse Manager", created="2033-10-02"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
