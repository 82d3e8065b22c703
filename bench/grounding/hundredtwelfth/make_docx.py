#!/usr/bin/env python3
"""Build docs/planta/procedimiento-secado-clasificacion.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "planta", "procedimiento-secado-clasificacion.docx")
STAMP = (2029, 1, 8, 0, 0, 0)

BODY = [
    para("Procedimiento de Secado y Clasificaci\u00f3n de Cardamomo", "Heading1"),
    para("Exportadora Cardamaca, S.A. \u00b7 Planta Cob\u00e1n \u00b7 PRO-PL-04 \u00b7 Versi\u00f3n 5"),
    para("Effective 15 January 2029. This procedure applies to everyone who receives, dries, sorts or packs "
         "cardamom at the Planta Cob\u00e1n: recepci\u00f3n, the secadoras, clasificaci\u00f3n and empaque. The "
         "owner is the Jefa de Calidad e Inocuidad (ext 240)."),
    para("1. Recepci\u00f3n", "Heading2"),
    para("Step 1. Weigh each truck or pick-up at the entrance b\u00e1scula. LoteTrack records the weight, the finca "
         "and the time, gives the lot number and prints the lot label."),
    para("Step 2. Take a sample of 2 kg and count the green, damaged or rotten pods."),
    para("Step 3. Reject the load if more than 5% of the pods are green, damaged or rotten, and record the reason "
         "in LoteTrack. The Jefa de Calidad decides on any doubt."),
    para("Step 4. Cardamomo en uva must reach a secadora within 12 hours of the corte. Fruit older than 24 hours "
         "is dried as a separate lot and sold as Mixed."),
    para("2. Secado", "Heading2"),
    table([
        ["Stage", "Air temperature", "Time", "Check"],
        ["Sweating (pre-heat)", "40 \u00b0C to 45 \u00b0C", "First 4 hours", "Temperature every hour"],
        ["Main drying", "45 \u00b0C to 50 \u00b0C", "20 to 24 hours", "Turn the bed every 3 hours"],
        ["Finishing", "40 \u00b0C", "About 4 hours", "Moisture every hour"],
    ]),
    para("A whole batch takes 28 to 32 hours. Never let the air pass 50 \u00b0C: the pods lose their green colour. "
         "Stop when the moisture is 10% to 11% on 3 samples taken with the plant moisture meter. About 4.6 libras "
         "of cardamomo en uva give 1 libra of dried cardamom."),
    para("To start a batch:"),
    para("Step 1. Check that the firebox and chimney are clean and that the fan turns freely."),
    para("Step 2. Scan the lot label in LoteTrack > Secado and choose the number of the secadora."),
    para("Step 3. Load the fruit evenly, no deeper than 35 cm."),
    para("Step 4. Light the firebox with dry le\u00f1a only. Never use diesel or gasoline to light it."),
    para("Step 5. Record the air temperature in LoteTrack every hour until the batch is finished."),
    para("Let the dried cardamom rest in the bins for at least 24 hours before clasificaci\u00f3n."),
    para("3. Clasificaci\u00f3n", "Heading2"),
    table([
        ["Grade", "Size (sieve)", "Colour", "Usual market"],
        ["Jumbo", "8 mm and over", "Deep green", "Saudi Arabia"],
        ["Extra Bold", "7 to 8 mm", "Green", "Saudi Arabia, UAE"],
        ["Bold", "6.5 to 7 mm", "Green", "UAE, India"],
        ["Medium", "6 to 6.5 mm", "Green to light green", "India"],
        ["Small", "Under 6 mm", "Any", "India, United States"],
        ["Abiertos y amarillos", "Split or yellow pods of any size", "\u2014", "Sold in Guatemala for oil"],
    ]),
    para("The sorting tables take out stones, stalks and split pods by hand before the pods go through the sieves. "
         "Each clasificadora signs the lot sheet in LoteTrack at the end of her line."),
    para("4. Empaque", "Heading2"),
    para("Pack each grade in new 50 kg polypropylene sacks with a food-grade inner bag. Label each sack with the "
         "lot number, grade, net weight, date and \u201cProduct of Guatemala\u201d. Keep two samples of 500 g "
         "from each lot: one for the buyer and one kept at the plant for 12 months."),
    para("5. Macadamia", "Heading2"),
    para("Nuts in shell from Finca Chitzab go into the silos within 24 hours of arriving and are dried with warm "
         "air at no more than 38 \u00b0C until the kernel moisture is 1.5%. Only then are they cracked at the "
         "quebradora."),
    para("6. Records and training", "Heading2"),
    para("All readings are kept in LoteTrack; printed lot sheets are kept by Calidad e Inocuidad for 3 years. "
         "Every operator of a secadora is trained on this procedure before starting and again before each cosecha."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="es-GT"),
        core(title="Procedimiento de Secado y Clasificación de Cardamomo, versión 5",
             creator="Jefa de Calidad e Inocuidad", created="2029-01-08"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
