#!/usr/bin/env python3
"""Build docs/poscosecha/procedimiento-poscosecha-cuarto-frio.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "poscosecha", "procedimiento-poscosecha-cuarto-frio.docx")
STAMP = (2029, 2, 20, 0, 0, 0)

BODY = [
    para("Procedimiento de poscosecha y cuarto frío", "Heading1"),
    para("Flores del Funza S.A.S. \u00b7 Sala de poscosecha \u00b7 PO-POS-02 \u00b7 Versión 5"),
    para("Vigente desde el 1 de marzo de 2029. Esta versión reemplaza la versión 4 (marzo de 2027). Aplica a todo "
         "el personal de la sala de poscosecha de Finca Funza, a los auxiliares de cuarto frío y al personal "
         "temporal de temporada. Responsable: Jefe de Poscosecha (ext. 310)."),
    para("1. Temperaturas y tiempos", "Heading2"),
    table([
        ["Producto", "Temperatura del cuarto frío", "Hidratación antes de empacar", "Máximo en cuarto frío antes del despacho"],
        ["Rosa", "1 °C a 2 °C", "Mínimo 4 horas", "72 horas"],
        ["Clavel", "0 °C a 1 °C", "Mínimo 3 horas", "5 días"],
        ["Hortensia (llega de Finca Rionegro)", "2 °C a 4 °C", "Mínimo 6 horas", "48 horas"],
    ]),
    para("La flor cortada debe llegar del bloque a la sala en menos de 30 minutos y pasar de una vez a los baldes "
         "de hidratación con solución hidratante. Los baldes se lavan y desinfectan al final de cada turno."),
    para("2. Registro de temperaturas", "Heading2"),
    para("Los sensores de TrazaFlor registran la temperatura de cada cuarto cada 15 minutos. Si un cuarto pasa de "
         "4 °C durante 20 minutos, TrazaFlor envía una alarma al celular del supervisor de turno, que mueve la flor "
         "a otro cuarto y avisa al Jefe de Poscosecha. Ninguna caja de ese cuarto sale para el aeropuerto hasta "
         "que Calidad la libere."),
    para("3. Trabajo dentro del cuarto frío", "Heading2"),
    para("Paso 1. Antes de entrar, póngase la chaqueta y el pantalón térmicos, el gorro, los guantes térmicos y las "
         "botas térmicas."),
    para("Paso 2. Pase su tarjeta por el lector de la puerta para que TrazaFlor registre su entrada."),
    para("Paso 3. Trabaje máximo 40 minutos seguidos dentro del cuarto frío y salga a una pausa de 10 minutos en la "
         "zona templada."),
    para("Paso 4. Al salir, pase de nuevo la tarjeta. Nadie trabaja solo en un cuarto frío, y la puerta se abre "
         "siempre desde adentro con la manija roja."),
    para("4. Clasificación, empaque y preenfriamiento", "Heading2"),
    para("La flor se clasifica por grado y se boncha según la ficha del cliente. Las cajas empacadas pasan al túnel "
         "de preenfriamiento por un mínimo de 60 minutos, hasta que la flor llegue a 2 °C, y luego al cuarto de "
         "despacho. Cada caja lleva la etiqueta de TrazaFlor con el código de la finca, el bloque, la fecha de "
         "empaque y el número del clasificador."),
    para("5. Cargue del camión", "Heading2"),
    para("El camión refrigerado se preenfría a 1 °C durante al menos 30 minutos antes de cargar. El supervisor revisa "
         "el termógrafo del camión y lo registra en TrazaFlor. Las cajas de Miami se cargan de últimas, junto a la "
         "puerta. Cada despacho lleva un registrador de temperatura dentro de la estiba del centro."),
    para("6. Capacitación", "Heading2"),
    para("Todo el personal nuevo de poscosecha, incluido el temporal, recibe una inducción de 1 día sobre este "
         "procedimiento antes de entrar al cuarto frío, y un repaso cada año antes de la temporada de San Valentín."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="es-CO"),
        core(title="Procedimiento de poscosecha y cuarto frío, versión 5",
             creator="Jefatura de Poscosecha", created="2029-02-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
