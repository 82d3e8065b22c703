#!/usr/bin/env python3
"""Build docs/mantenimiento/procedimiento-planta-desalinizadora.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "mantenimiento", "procedimiento-planta-desalinizadora.docx")
STAMP = (2031, 1, 27, 0, 0, 0)

BODY = [
    para("Procedimiento de operación de la planta desalinizadora", "Heading1"),
    para("Hotel Sotavento Varadero \u00b7 Mantenimiento \u00b7 MT-07 \u00b7 Versión 3"),
    para("Vigente desde el 1 de febrero de 2031. Se aplica a los operadores de la planta desalinizadora y a los "
         "técnicos de guardia de Mantenimiento. Responsable: Jefe de Mantenimiento (ext. 2401)."),
    para("1. Descripción", "Heading2"),
    para("La planta produce el agua de consumo del hotel a partir del agua de los pozos salobres, por ósmosis "
         "inversa, con dos trenes de 300 m³/día cada uno (600 m³/día en total). El agua tratada se guarda en una "
         "cisterna de 1 200 m³. Un tren puede trabajar solo mientras el otro está en limpieza."),
    para("2. Parámetros de operación", "Heading2"),
    table([
        ["Parámetro", "Valor normal", "Si se sale del valor", "Frecuencia"],
        ["Sólidos disueltos totales (SDT) del permeado", "Menos de 500 mg/L", "Alarma de salinidad (apartado 4)",
         "Continua; registro cada 2 horas"],
        ["Presión de alimentación", "55 a 65 bar", "Parar el tren y revisar los prefiltros", "Cada 2 horas"],
        ["Cloro residual en la cisterna", "0,5 a 1,0 mg/L", "Ajustar la bomba dosificadora", "Cada 2 horas"],
        ["Nivel de la cisterna", "No menos del 40 %",
         "Avisar al jefe de turno; por debajo del 25 %, también al Jefe de Mantenimiento", "Cada 2 horas"],
        ["pH del agua producto", "7,0 a 8,0", "Ajustar la dosificación", "Cada 2 horas"],
    ]),
    para("3. Lecturas", "Heading2"),
    para("El operador registra las lecturas cada 2 horas en MANTIS > Planta > Lecturas, desde la tableta de la "
         "caseta de control. El Jefe de Mantenimiento revisa los registros cada lunes. Los registros se guardan "
         "3 años."),
    para("4. Alarma de salinidad", "Heading2"),
    para("Paso 1. Desvíe el permeado al drenaje con la válvula V-12."),
    para("Paso 2. Avise a la guardia de Mantenimiento (ext. 2444) y al Jefe de Mantenimiento (ext. 2401)."),
    para("Paso 3. Tome una muestra del permeado y mida el SDT con el conductímetro portátil."),
    para("Paso 4. No vuelva a enviar agua a la cisterna hasta que el SDT esté por debajo de 500 mg/L durante "
         "30 minutos seguidos. Anote en MANTIS la hora de la alarma, las lecturas y la hora de la vuelta a la "
         "cisterna."),
    para("5. Mantenimiento preventivo", "Heading2"),
    para("Limpieza química de las membranas (CIP) cada 3 meses, o antes si la presión diferencial sube un 15 %. "
         "Cambio de los prefiltros de cartucho cada 15 días. Cambio de las membranas cada 3 años."),
    para("6. Interrupción del servicio eléctrico", "Heading2"),
    para("Al faltar la electricidad de la red, la planta se detiene. El grupo electrógeno alimenta solo las bombas "
         "de la cisterna, no la planta. Cuando vuelva el servicio, espere 10 minutos antes de arrancar de nuevo la "
         "planta, siempre a mano y por el operador, empezando por el tren 1."),
    para("7. Productos químicos", "Heading2"),
    para("El hipoclorito de sodio, el antiincrustante y el ácido cítrico del CIP se manejan con careta, guantes de "
         "PVC y delantal. Los bidones se guardan en el almacén de químicos, nunca en la caseta de control. Un "
         "derrame se cubre con arena y se avisa a la guardia de Mantenimiento."),
    para("8. Habilitación", "Heading2"),
    para("Solo operan la planta los operadores con la habilitación de Mantenimiento, que se renueva cada 2 años "
         "con un examen práctico."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="es-ES"),
        core(title="Procedimiento de operación de la planta desalinizadora, versión 3",
             creator="Jefe de Mantenimiento", created="2031-01-27"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
