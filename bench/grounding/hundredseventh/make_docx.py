#!/usr/bin/env python3
"""Build docs/fincas/fermentacion-y-secado-cacao.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "fincas", "fermentacion-y-secado-cacao.docx")
STAMP = (2028, 4, 18, 0, 0, 0)

BODY = [
    para("Procedimiento de fermentaci\u00f3n y secado de cacao", "Heading1"),
    para("Hojarasca Tabacos & Cacao, S.R.L. \u00b7 Finca Los Cacaos \u00b7 CAL-05 \u00b7 Versi\u00f3n 3"),
    para("Vigente desde el 1 de mayo de 2028 (May 1, 2028). This procedure applies to everyone who harvests, opens, "
         "ferments, dries, bags or stores cocoa at Finca Los Cacaos, including the temporary harvest workers. The "
         "owner is Calidad, together with the Encargada de la Finca Los Cacaos (ext 401)."),
    para("1. Cosecha y quiebre", "Heading2"),
    para("Harvest only ripe pods, with a clean cut of the stalk; never pull a pod from the tree. Black or diseased "
         "pods go to a separate pile and are buried the same day."),
    para("Paso 1. Open the pods (quiebre) within 4 days of the harvest, on clean plastic sheets, never on the "
         "ground."),
    para("Paso 2. Take out the wet beans (cacao en baba) by hand and throw away the placenta and any broken "
         "beans."),
    para("Paso 3. Weigh the wet beans and open a lot in TrazaLote with the plot number and the weight."),
    para("Paso 4. Load the beans into the cajones the same day. Beans from plots that are not certified organic go "
         "to the boxes marked NC and are never mixed with certified lots."),
    para("2. Fermentaci\u00f3n", "Heading2"),
    table([
        ["Etapa", "Qu\u00e9 se hace", "L\u00edmite", "Registro"],
        ["Carga", "Fill the caj\u00f3n and cover it with banana leaves and sacks", "Same day as the quiebre",
         "TrazaLote: lot opened"],
        ["Primera vuelta", "Move the beans to the next caj\u00f3n", "At 48 hours", "TrazaLote: turn"],
        ["Vueltas siguientes", "Turn again", "Every 24 hours", "TrazaLote: turn"],
        ["Temperatura", "Probe thermometer in the centre of the box", "45 \u00b0C or more by day 3",
         "TrazaLote: reading"],
        ["Fin", "Take the beans to the marquesinas", "After 6 days", "TrazaLote: fermentation closed"],
    ]),
    para("If a box has not reached 40 \u00b0C by day 3, tell the capataz de fermentaci\u00f3n; the lot gets a cut "
         "test before it is dried."),
    para("3. Secado", "Heading2"),
    para("Spread the beans on the marquesinas in a layer no thicker than 8 cm. Rake every 2 hours during the day and "
         "cover the beans at night and whenever it rains. Dry until the moisture meter reads 7% or less; this "
         "usually takes 5 to 8 days."),
    para("4. Prueba de corte", "Heading2"),
    para("Cut 300 beans from each lot. The lot is accepted if at least 75% of the beans are well fermented (brown) "
         "and no more than 3% are mouldy. A lot that fails is sold as a lower grade and is never mixed with export "
         "lots."),
    para("5. Ensacado y almac\u00e9n", "Heading2"),
    para("Bag the dry beans in clean jute bags of 64 kg net. Print the lot label from TrazaLote and sew it to the "
         "bag. Store the bags on pallets, 50 cm from the walls, away from fuel and fertiliser."),
    para("6. Formaci\u00f3n y registros", "Heading2"),
    para("Everyone who works in fermentation and drying is trained on this procedure before each harvest starts. "
         "TrazaLote records are kept for 5 years for the organic certification and the buyers' audits."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="es-DO"),
        core(title="Procedimiento de fermentaci\u00f3n y secado de cacao, versi\u00f3n 3",
             creator="Calidad", created="2028-04-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
