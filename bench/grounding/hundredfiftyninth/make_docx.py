#!/usr/bin/env python3
"""Build docs/haccp/uputstvo-hladnjace-iqf-tunel.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "haccp", "uputstvo-hladnjace-iqf-tunel.docx")
STAMP = (2031, 4, 22, 0, 0, 0)

BODY = [
    para("Uputstvo za rad u hladnjačama i IQF tunelu", "Heading1"),
    para("Sana Frut d.o.o. \u00b7 Pogon Sanski Most \u00b7 Oznaka ZNR-05 \u00b7 Verzija 4, važi od 1. maja 2031."),
    para("Uputstvo važi za sve koji ulaze u hladnjače 1 do 4, u komoru za prijem voća i u IQF tunel: skladištare, "
         "vozače viljuškara, radnike na utovaru, održavanje, čistače i vanjske servisere. Za primjenu uputstva "
         "odgovoran je šef hladnjača Nedžad Omerović (lokal 210)."),
    para("1. Temperature i kontrola", "Heading2"),
    table([
        ["Prostor", "Temperatura", "Provjera"],
        ["Hladnjače 1 do 4", "\u221222 \u00b0C (dozvoljeno od \u221220 \u00b0C do \u221224 \u00b0C)",
         "svaka 2 sata u sistemu TempLog"],
        ["IQF tunel", "\u221235 \u00b0C", "na početku serije i svaki sat u TempLog"],
        ["Komora za prijem voća", "+2 \u00b0C do +4 \u00b0C", "svaka 2 sata u TempLog"],
    ]),
    para("TempLog sam šalje alarm šefu hladnjača i na portirnicu kad je hladnjača toplija od \u221218 \u00b0C duže "
         "od 15 minuta. Smjenovođa tada premješta robu u drugu hladnjaču i zove šefa hladnjača na lokal 210."),
    para("2. Lična zaštitna oprema", "Heading2"),
    para("Za ulazak u hladnjaču ili tunel obavezni su: termo kombinezon kategorije III (ili termo jakna i termo "
         "pantalone iste kategorije), termo kapa ili balaklava, rukavice za hladnoću, termo čarape i zaštitne "
         "čizme S3 CI s izolacijom od hladnoće. Opremu izdaje magacin uz potpis; mokra ili oštećena oprema se "
         "odmah mijenja."),
    para("3. Koliko se smije boraviti u hladnjači", "Heading2"),
    para("Najviše 40 minuta neprekidno, zatim pauza od 15 minuta u toploj prostoriji pored hladnjače 2. Pauza za "
         "zagrijavanje je plaćena i ne oduzima se od pauze za obrok. Smjenovođa vodi raspored ulazaka na tabli "
         "kod vrata."),
    para("4. Sigurnost u hladnjači", "Heading2"),
    para("Korak 1. Prije ulaska upišite ime i vrijeme ulaska na tablu kod vrata."),
    para("Korak 2. U hladnjaču se nikad ne ulazi sam: uvijek u paru, s kolegom koji vas vidi ili čuje."),
    para("Korak 3. Dugme za otvaranje vrata iznutra i alarm testiraju se na početku svake smjene i test se "
         "upisuje u TempLog."),
    para("Korak 4. Vrata i izlaz u nuždi se nikad ne blokiraju paletama."),
    para("Korak 5. Na izlasku obrišite svoje ime s table."),
    para("Brzina viljuškara u hladnjači je najviše 6 km/h. U hladnjačama se koriste samo viljuškari s grijanom "
         "kabinom i baterijom za niske temperature."),
    para("5. IQF tunel", "Heading2"),
    para("U tunel se ulazi samo kada je zaustavljen, glavni prekidač isključen i zaključan ličnim lokotom, a "
         "ključ je kod smjenovođe koji je izdao dozvolu za ulazak. Tunel se odmrzava (defrost) nakon svakih 8 sati "
         "rada. Vanjski serviseri ulaze samo u pratnji šefa hladnjača ili direktora proizvodnje."),
    para("6. Zdravlje", "Heading2"),
    para("Radnici u hladnjačama idu na ljekarski pregled svakih 12 mjeseci; termin zakazuje HR služba pogona. "
         "Trudnice i maloljetnici ne rade u hladnjačama. Ko osjeti utrnulost prstiju, jaku drhtavicu ili "
         "vrtoglavicu, odmah izlazi i javlja se u ambulantu pogona (lokal 260)."),
    para("7. Amonijak", "Heading2"),
    para("Kod sirene za amonijak napustite hladnjaču i idite na zborno mjesto 1 ispred portirnice. Ne vraćajte se "
         "po viljuškar ni po robu."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="bs-Latn-BA"),
        core(title="Uputstvo za rad u hladnjačama i IQF tunelu, verzija 4",
             creator="Šef hladnjača", created="2031-04-22"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
