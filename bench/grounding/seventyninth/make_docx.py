#!/usr/bin/env python3
"""Build docs/acopio/recepcion-y-secado-paddy.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "acopio", "recepcion-y-secado-paddy.docx")
STAMP = (2036, 8, 29, 0, 0, 0)

BODY = [
    para("Recepci\u00f3n, secado y almacenaje de paddy", "Heading1"),
    para("Cooperativa Arrocera Quebracho del Este \u00b7 Centro de Acopio R\u00edo Branco \u00b7 ACO-02 \u00b7 "
         "Zafra 2036/37"),
    para("Approved by the Consejo Directivo on 28/08/2036; applies from 01/09/2036. These rules are for the "
         "socios who deliver paddy to the Centro de Acopio R\u00edo Branco, for their truck drivers and for the "
         "staff of reception, b\u00e1scula and secadoras. The owner is the Jefe del Centro de Acopio (int. 401)."),
    para("1. Booking a truck", "Heading2"),
    para("Every truck needs a turno booked in the SIRA app at least 24 hours before it arrives. One turno is one "
         "truck. A truck may arrive up to 1 hour before or after its turno; a truck outside that window waits "
         "for the next free turno."),
    para("2. Reception hours during the zafra", "Heading2"),
    para("From 06 a 22 hs every day, Sundays and feriados included. On 1 May the reception is closed, but the "
         "secadoras keep running with the guard crew."),
    para("3. Sampling", "Heading2"),
    para("The calador takes 3 samples from each truck. The result of humedad and impurezas is shown in SIRA and "
         "on the b\u00e1scula screen within 30 minutes. The socio or the driver may ask for a second sample "
         "before the truck is unloaded."),
    para("4. Limits for accepting paddy", "Heading2"),
    table([
        ["Item", "Limit", "If it is over the limit"],
        ["Humedad", "24%", "Rejected"],
        ["Impurezas", "2%", "Descuento by weight above 1%"],
        ["Arroz rojo", "5 grains in 500 g", "Separate lot, precio con descuento"],
        ["Temperature of the grain", "35 \u00b0C", "Dried first, separate lot"],
        ["Insects or bad smell", "None", "Rejected"],
    ]),
    para("5. Weight and drying", "Heading2"),
    para("Paddy is paid on its dry, clean weight at 13% humedad. The tarifa de secado is US$ 1,90 per tonne for "
         "each point of humedad above 13%, charged to the socio's cuenta corriente."),
    para("6. Storage", "Heading2"),
    para("Storage is free for the first 60 days after reception. After that the tarifa de almacenaje is "
         "US$ 0,80 per tonne per month, or part of a month."),
    para("7. Payment", "Heading2"),
    para("The socio receives an adelanto of 70% of the precio provisorio within 30 days of delivery. The rest is "
         "paid when the precio definitivo of the zafra is set."),
    para("8. Drivers", "Heading2"),
    para("Step 1. Show the SIRA turno at the porter\u00eda and put on the reflective vest."),
    para("Step 2. Drive to the b\u00e1scula at no more than 20 km/h and stop on the scale with the engine off."),
    para("Step 3. Wait in the truck zone while the calador takes the samples; never climb on the load while the "
         "calador works."),
    para("Step 4. Unload at the tolva shown on the b\u00e1scula screen, weigh the empty truck and take your "
         "ticket."),
    para("No smoking anywhere in the Centro de Acopio."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="es-UY"),
        core(title="Recepci\u00f3n, secado y almacenaje de paddy, zafra 2036/37",
             creator="Jefe del Centro de Acopio", created="2036-08-29"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
