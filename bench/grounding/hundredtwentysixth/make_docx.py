#!/usr/bin/env python3
"""Build docs/taller/procedimiento-pti-reefers.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "taller", "procedimiento-pti-reefers.docx")
STAMP = (2031, 4, 7, 0, 0, 0)

BODY = [
    para("Procedimiento de inspección PTI y preparación de reefers", "Heading1"),
    para("Manglar Azul Logística, S.A. \u00b7 Taller de Reefers \u00b7 TR-02"),
    para("Vigente desde el 14 de abril de 2031. Sustituye al instructivo \u00abInspección de reefers antes del "
         "despacho\u00bb de marzo de 2028. Aplica a todos los técnicos de reefers del taller de la Nave 2 y a los "
         "contratistas que trabajen en reefers dentro del patio de Cativá. Responsable: Jefe del Taller de Reefers "
         "(ext 3301)."),
    para("1. Turnos del taller", "Heading2"),
    para("Turno A de 7 a 3 (7:00 a.m. a 3:00 p.m.) y turno B de 3 a 11 (3:00 p.m. a 11:00 p.m.), de lunes a "
         "sábado. Fuera de esos horarios, un técnico de guardia recibe las alarmas de FrioLog en su celular y "
         "atiende las llamadas del Centro de Despacho (ext 5100)."),
    para("2. Antes de empezar", "Heading2"),
    para("Solo manipulan refrigerante los técnicos con certificación vigente en manejo de refrigerantes. Use "
         "lentes de seguridad y guantes de nitrilo. No trabaje dentro del contenedor con la unidad encendida; "
         "bloquee y etiquete la toma antes de abrir el cuadro eléctrico."),
    para("3. Inspección PTI paso a paso", "Heading2"),
    para("Paso 1. Revise el exterior y el interior: paneles, puertas, empaques, piso y drenajes. Tome las fotos "
         "en PatioNet."),
    para("Paso 2. Conecte la unidad a una toma del bloque E y compruebe que el voltaje esté entre 440 y 460 V."),
    para("Paso 3. Revise la versión del programa del controlador y actualícela si un boletín del fabricante lo "
         "exige."),
    para("Paso 4. Corra la prueba PTI automática completa del controlador y guarde el resultado."),
    para("Paso 5. Revise fugas de refrigerante con el detector electrónico en todas las uniones y válvulas."),
    para("Paso 6. Haga la prueba de enfriamiento: la unidad debe bajar de la temperatura ambiente a \u221218 \u00b0C "
         "en no más de 150 minutos."),
    para("Paso 7. Si la unidad pasa, coloque la etiqueta PTI verde con la fecha y registre el resultado en "
         "FrioLog. La etiqueta PTI es válida por 30 días."),
    para("Paso 8. Si la unidad no pasa, coloque la etiqueta roja \u00abNO APTO\u00bb, regístrela en PatioNet y "
         "avise al Jefe del Taller."),
    para("4. Controles y límites", "Heading2"),
    table([
        ["Control", "Límite", "Dónde se registra", "Si no cumple"],
        ["Prueba de enfriamiento", "\u221218 \u00b0C en no más de 150 minutos", "FrioLog", "Etiqueta roja NO APTO"],
        ["Reefer conectado en el patio", "Lectura cada 4 horas", "FrioLog", "Alarma al técnico de guardia"],
        ["Desvío de un reefer cargado", "Más de 2 \u00b0C del punto de ajuste durante 30 minutos", "FrioLog",
         "Avisar al Centro de Despacho y al cliente"],
        ["Preenfriamiento antes del despacho", "2 horas al punto de ajuste del cliente", "PatioNet",
         "No se entrega al camión"],
        ["Alarma que se repite", "Más de 2 reinicios de la misma alarma", "FrioLog",
         "No se libera para carga"],
    ]),
    para("5. Antes del despacho", "Heading2"),
    para("Preenfríe la unidad al punto de ajuste del cliente durante 2 horas antes de entregarla al camión. Lave "
         "el interior con agua a presión y detergente neutro; nunca use cloro. Entregue al conductor el EIR con "
         "el número de la etiqueta PTI anotado."),
    para("6. Registros", "Heading2"),
    para("Los resultados de PTI se guardan en FrioLog durante 3 años. El Jefe del Taller revisa cada lunes las "
         "unidades rechazadas de la semana anterior."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="es-PA"),
        core(title="Procedimiento de inspección PTI y preparación de reefers",
             creator="Taller de Reefers", created="2031-04-07"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
