#!/usr/bin/env python3
"""Build docs/operaciones/reglamento-asistencia-y-puntualidad.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "operaciones", "reglamento-asistencia-y-puntualidad.docx")
STAMP = (2032, 4, 19, 0, 0, 0)

BODY = [
    para("Reglamento de Asistencia, Puntualidad y Adherencia", "Heading1"),
    para("Conecta Istmo Contact Center, S.A. de C.V. \u00b7 Workforce Management \u00b7 OPS-02 \u00b7 Revisión 5"),
    para("Vigente desde el 1 de mayo de 2032. Aplica a agentes, agentes en nesting y team leaders de la Sede "
         "Central, la Sede Santa Ana y el Centro de Capacitación. Responsable: Gerencia de Workforce Management "
         "(ext. 1300)."),
    para("1. Inicio y fin del turno", "Heading2"),
    para("Marcá en el reloj biométrico al entrar y hacé log in en MarcaPro a la hora de inicio de tu turno "
         "publicada en TurnoMaestro. Los primeros 5 minutos del turno son de preparación en AUX 0 y forman parte "
         "de la jornada pagada. Una llegada tardía es un log in más de 3 minutos después de la hora de inicio."),
    para("Al terminar, hacé log out en MarcaPro y marcá la salida. Salir antes sin autorización del team leader "
         "se registra como abandono del puesto."),
    para("2. Faltas y medidas", "Heading2"),
    table([
        ["Falta", "Cuántas veces", "Medida"],
        ["Llegada tardía", "3 en 30 días", "Coaching con el team leader y registro en TurnoMaestro"],
        ["Llegada tardía", "5 en 30 días", "Amonestación escrita"],
        ["Ausencia con aviso pero sin justificante", "2 en 60 días", "Amonestación verbal"],
        ["Ausencia sin aviso", "1", "Amonestación escrita"],
        ["Ausencia sin aviso", "2 días consecutivos o 3 en el mismo mes calendario",
         "El caso pasa a Relaciones Laborales (ext. 1105)"],
        ["Abandono del puesto", "1", "Amonestación escrita y descuento del tiempo no trabajado"],
    ], width=3000),
    para("Los días de incapacidad del ISSS, las licencias con goce de sueldo y las vacaciones aprobadas no "
         "cuentan como ausencia."),
    para("3. Cómo avisar una ausencia", "Heading2"),
    para("Paso 1. Avisá al menos 2 horas antes del inicio de tu turno en MiConecta > Reportar ausencia o "
         "llamando a la línea de WFM (ext. 1310), que atiende las 24 horas."),
    para("Paso 2. Avisá también a tu team leader; un mensaje de WhatsApp solo no cuenta como aviso."),
    para("Paso 3. Si faltás por enfermedad, subí la incapacidad a MiConecta > Incapacidades dentro de 48 horas."),
    para("4. Adherencia", "Heading2"),
    para("La meta de adherencia es 92 % por agente en el mes. TurnoMaestro la calcula comparando tus estados "
         "de MarcaPro con tu horario, minuto a minuto. Con una adherencia menor de 85 % durante dos meses "
         "seguidos se abre un plan de mejora de 30 días."),
    para("5. Intercambios de turno", "Heading2"),
    para("Pedilos en TurnoMaestro > Intercambios al menos 48 horas antes del primero de los dos turnos. Ambos "
         "agentes deben ser de la misma campaña y del mismo perfil de idioma, y el team leader aprueba el "
         "cambio en TurnoMaestro. Máximo 4 intercambios por mes. Cada guía de campaña puede bloquear algunos "
         "días."),
    para("6. Horas extra", "Heading2"),
    para("WFM publica las horas extra disponibles en TurnoMaestro > Horas extra; tomalas ahí antes de "
         "trabajarlas. Máximo 10 horas extra por semana. Se pagan en la quincena siguiente con los recargos de "
         "la página de incentivos de IstmoNet."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(12240, 15840), margin=1440),
        styles(font="Calibri", size=22, lang="es-SV"),
        core(title="Reglamento de Asistencia, Puntualidad y Adherencia, OPS-02 Revisión 5",
             creator="Workforce Management", created="2032-04-19"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
