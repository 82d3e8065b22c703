#!/usr/bin/env python3
"""Build docs/lager/gabelstapler-richtlinie.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "lager", "gabelstapler-richtlinie.docx")
STAMP = (2030, 8, 12, 0, 0, 0)

BODY = [
    para("Richtlinie Flurförderzeuge (Gabelstapler)", "Heading1"),
    para("Alzette Fret & Logistique S.A. \u00b7 Lager Bettembourg und Cross-Dock Wasserbillig \u00b7 LAG-04 \u00b7 Version 3"),
    para("Gültig ab 1. September 2030. Diese Richtlinie ersetzt die Staplerordnung vom 1. März 2027. Sie gilt für "
         "alle, die im Lager Bettembourg oder im Cross-Dock Wasserbillig einen Stapler, einen Schubmaststapler, einen "
         "Kommissionierer oder einen Elektro-Hubwagen fahren, auch für Leiharbeitskräfte. Verantwortlich ist der "
         "Lagerleiter (Durchwahl 3101)."),
    para("1. Wer darf fahren", "Heading2"),
    para("Fahren darf nur, wer mindestens 18 Jahre alt ist, die arbeitsmedizinische Untersuchung bestanden hat und "
         "einen gültigen internen Staplerschein besitzt. Die Schulung F-01 dauert 2 Tage Theorie und 1 Tag Praxis "
         "und endet mit einer praktischen Prüfung. Der Staplerschein gilt 3 Jahre; danach wird er nach einer "
         "Auffrischung von einem halben Tag verlängert. Tragen Sie Ihren Fahrausweis immer bei sich, wenn Sie fahren. "
         "Leiharbeitskräfte fahren erst nach einer Einweisung durch den Schichtleiter."),
    para("2. Geräte und Schulungen", "Heading2"),
    table([
        ["Gerät", "Schulung", "Gültigkeit", "Höchstgeschwindigkeit in der Halle"],
        ["Frontstapler", "F-01", "3 Jahre", "6 km/h"],
        ["Schubmaststapler", "F-01 und F-02", "3 Jahre", "6 km/h"],
        ["Kommissionierer", "F-03", "5 Jahre", "6 km/h"],
        ["Elektro-Hubwagen", "F-03", "5 Jahre", "Schrittgeschwindigkeit"],
    ]),
    para("3. Abfahrtskontrolle", "Heading2"),
    para("Schritt 1. Prüfen Sie vor jeder Schicht Bremsen, Hupe, Licht, Gabeln, Ketten, Reifen und Batterie."),
    para("Schritt 2. Erfassen Sie das Ergebnis in LagerOS > Checkliste auf dem Scanner des Geräts."),
    para("Schritt 3. Ein Gerät mit Mangel wird nicht gefahren: kennzeichnen Sie es mit dem roten Anhänger und "
         "melden Sie es dem Schichtleiter."),
    para("4. Fahren", "Heading2"),
    para("In der Halle gilt höchstens 6 km/h, im Außenbereich und auf dem Terminalgelände höchstens 10 km/h. Die Last "
         "wird so tief wie möglich und mit nach hinten geneigtem Mast gefahren. Keine Mitfahrer. Fußgänger bleiben "
         "auf den grünen Wegen und haben dort Vorrang. Das Handy bleibt während der Fahrt in der Tasche."),
    para("5. Batterien laden", "Heading2"),
    para("Batterien werden nur in der Ladezone L2 geladen, mit Schutzbrille und Schutzhandschuhen. Rauchen und offenes "
         "Feuer sind dort verboten."),
    para("6. Schäden und Unfälle", "Heading2"),
    para("Melden Sie jeden Schaden an Regalen, Toren, Geräten oder Ware sofort dem Schichtleiter und erfassen Sie ihn "
         "innerhalb von 1 Stunde in LagerOS > Sicherheit > Meldung. Unfälle mit Personen melden Sie sofort über den "
         "Leitstand (3100); bei Verletzten rufen Sie 112."),
    para("7. Verstöße", "Heading2"),
    para("Wer gegen diese Richtlinie verstößt, erhält eine schriftliche Verwarnung; bei schweren oder wiederholten "
         "Verstößen wird der Staplerschein entzogen."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="de-LU"),
        core(title="Richtlinie Flurförderzeuge (Gabelstapler), Version 3",
             creator="Lagerleitung Bettembourg", created="2030-08-12"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
