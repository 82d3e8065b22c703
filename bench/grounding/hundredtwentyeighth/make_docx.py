#!/usr/bin/env python3
"""Build docs/planta/seguridad-amoniaco-y-camaras.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "planta", "seguridad-amoniaco-y-camaras.docx")
STAMP = (2031, 7, 20, 0, 0, 0)

BODY = [
    para("Seguridad con amoníaco y cámaras de frío", "Heading1"),
    para("Camaronera Estero Real, S.A. \u00b7 Planta Procesadora \u00b7 PL-04 \u00b7 Versión 3"),
    para("Vigente desde el 1 de agosto de 2031. Aplica a todo el personal que trabaja en la antecámara, las cámaras "
         "de producto terminado, el túnel de congelación, la fábrica de hielo y la sala de máquinas de la Planta "
         "Procesadora, incluidos los contratistas y el personal de despacho. Responsable: Jefe de Mantenimiento y "
         "Refrigeración (ext. 3211)."),
    para("1. Temperaturas y permanencia", "Heading2"),
    table([
        ["Área", "Temperatura", "Permanencia máxima", "Revisión"],
        ["Antecámara", "0 \u00b0C a 4 \u00b0C", "Sin límite", "Cada 2 horas en el panel de refrigeración"],
        ["Cámaras 1 y 2 de producto terminado", "\u221220 \u00b0C o más frío",
         "40 minutos seguidos, luego 15 minutos de descanso fuera", "Cada 2 horas en el panel de refrigeración"],
        ["Túnel de congelación", "\u221235 \u00b0C", "Solo para cargar y descargar, máximo 10 minutos",
         "Al inicio de cada lote"],
        ["Fábrica de hielo y silo", "\u22125 \u00b0C", "30 minutos seguidos", "Cada turno"],
    ]),
    para("El operador de la sala de máquinas revisa las lecturas del panel de refrigeración y las anota en la "
         "bitácora de cámara. Si la cámara de producto terminado pasa de \u221215 \u00b0C por más de 30 minutos, "
         "avise al Jefe de Mantenimiento y Refrigeración y a Calidad e Inocuidad (ext. 3230); no se despacha "
         "producto de esa cámara hasta que Calidad lo libere."),
    para("2. Trabajo dentro de las cámaras", "Heading2"),
    para("Use traje térmico, guantes térmicos y pasamontañas. Nunca entre solo: siempre hay una segunda persona "
         "dentro o en la puerta. Junto a la puerta interior de cada cámara hay un botón de alarma rojo que suena en "
         "la sala de máquinas. La apertura interior de la puerta se prueba al inicio de cada turno y la prueba se "
         "anota en la bitácora de cámara."),
    para("Los montacargas eléctricos dentro de las cámaras van a un máximo de 6 km/h, con luces encendidas y "
         "bocina en cada cruce. Solo los conduce personal con licencia interna de montacargas vigente, que se "
         "renueva cada 2 años."),
    para("3. Alarmas de amoníaco", "Heading2"),
    para("Los detectores fijos de la sala de máquinas, las cámaras y el túnel tienen dos niveles. Alarma 1, luz "
         "ámbar, a 25 ppm: arranca la ventilación de emergencia y el operador revisa la fuga con la máscara puesta. "
         "Alarma 2, sirena y luz roja, a 50 ppm: evacuación total de la planta."),
    para("4. Qué hacer si suena la alarma 2", "Heading2"),
    para("Paso 1. Deje lo que está haciendo, apague la máquina que opera si puede hacerlo en segundos y no recoja "
         "sus cosas."),
    para("Paso 2. Salga caminando, sin correr, por la salida más cercana y en contra del viento: mire la manga de "
         "viento roja sobre el techo de la sala de máquinas."),
    para("Paso 3. Vaya al Punto de reunión 2, en el parqueo de camiones."),
    para("Paso 4. El líder de evacuación de su área pasa lista con el rol de TurnoFácil y reporta a los que faltan."),
    para("Paso 5. Nadie regresa a la planta hasta que el Jefe de Mantenimiento y Refrigeración lo autorice."),
    para("Si el amoníaco le toca la piel o los ojos, vaya a la ducha de emergencia más cercana y lávese con agua "
         "durante 15 minutos; la brigada de primeros auxilios lo lleva luego a la enfermería."),
    para("5. Sala de máquinas", "Heading2"),
    para("Solo entran los operadores de la sala de máquinas y, con permiso de trabajo firmado por el Jefe de "
         "Mantenimiento y Refrigeración, los técnicos contratistas. Los equipos de respiración autónoma los usa "
         "únicamente la brigada de amoníaco, de 8 miembros, que se capacita cada 6 meses."),
    para("6. Capacitación", "Heading2"),
    para("Todo el personal de cámara, túnel, fábrica de hielo y despacho recibe esta capacitación antes de empezar "
         "y cada 12 meses, y participa en los simulacros de fuga de amoníaco, al menos dos por año."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="es-NI"),
        core(title="Seguridad con amoníaco y cámaras de frío, versión 3",
             creator="Jefatura de Mantenimiento y Refrigeración", created="2031-07-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
