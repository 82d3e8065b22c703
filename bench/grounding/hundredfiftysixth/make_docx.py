#!/usr/bin/env python3
"""Build docs/kocevje/varno-delo-vd-07.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "kocevje", "varno-delo-vd-07.docx")
STAMP = (2031, 8, 18, 0, 0, 0)

BODY = [
    para("Varno delo na skladišču hlodovine, v sušilnicah in z viličarji", "Heading1"),
    para("Kolpa Les d.d. \u00b7 Obrat Kočevje \u00b7 Navodilo VD-07 \u00b7 Izdaja 3"),
    para("Velja od 1. septembra 2031. Navodilo velja za vse, ki delajo na skladišču hlodovine, v sušilnicah in na "
         "odpremi žaganega lesa in lepljenih nosilcev v Kočevju, ter za vse voznike viličarjev in čelnih "
         "nakladalnikov, tudi za delavce agencij in zunanje prevoznike. Skrbnik navodila je strokovni delavec za "
         "varnost pri delu (int. 150)."),
    para("1. Hitrosti in poti", "Heading2"),
    table([
        ["Območje", "Največja hitrost", "Pešci", "Obvezno"],
        ["Skladišče hlodovine", "10 km/h", "ne bližje kot 5 m od kupa, ko dela nakladalnik",
         "čelada in odsevni brezrokavnik"],
        ["Hala žage in lepljenega lesa", "6 km/h", "samo po rumenih označenih poteh", "glušniki in očala"],
        ["Odprema in nakladalna rampa", "8 km/h", "samo po rumenih označenih poteh",
         "tovornjak zavarovan z zagozdami"],
        ["Sušilnice", "6 km/h", "vstop v komoro samo v paru", "merilnik temperature pri vhodu"],
    ]),
    para("Viličar ima prižgane luči in modro opozorilno luč ves čas vožnje. Tovor vozite nizko, pri vožnji navzdol "
         "po klančini vzvratno."),
    para("2. Skladiščenje hlodovine", "Heading2"),
    para("Kupi hlodovine so visoki največ 4 m in stojijo na podlogah. Med kupi je prehod širok najmanj 4 m za "
         "nakladalnik in gasilce. Po kupih ne plezamo; vzorce za meritev jemljemo samo s tal ali s ploščadi "
         "merilne postaje."),
    para("3. Vozniki viličarjev in nakladalnikov", "Heading2"),
    para("Korak 1. Viličar ali nakladalnik sme voziti samo delavec, ki je opravil 16-urni tečaj za voznika in "
         "preizkus pri pooblaščenem izvajalcu, nato pa 1 teden vozil pod nadzorom izkušenega voznika."),
    para("Korak 2. Pred vsako izmeno voznik opravi dnevni pregled vozila in ga vpiše v Planer > Pregledi. Vozilo, ki "
         "pregleda ne opravi, označi z listkom NE UPORABLJAJ in to takoj sporoči vodji izmene."),
    para("Korak 3. Usposabljanje voznikov se obnovi vsaka 3 leta; obnovitev vključuje praktični preizkus na "
         "skladišču."),
    para("Korak 4. Sopotnikov na viličarju ali nakladalniku ne vozimo nikoli. Ključ vozila ostane po izmeni na "
         "vratarnici."),
    para("4. Sušilnice", "Heading2"),
    para("V sušilno komoro vstopita vedno dva delavca, in to šele, ko je temperatura v komori pod 35 °C. Vrata "
         "zavarujete z zagozdo, drugi delavec ostane pri vratih. Sušilni program sme spremeniti samo vodja "
         "sušilnic ali dežurni sušilničar po njegovem navodilu."),
    para("5. Menjava žaginega lista in vzdrževanje", "Heading2"),
    para("Pred menjavo žaginega lista ali posegom v stroj žago izklopite na glavnem stikalu, stikalo zaklenete z "
         "osebno ključavnico in preizkusite, da se stroj ne zažene. Ključ ostane pri vas, dokler ne končate. Pri "
         "menjavi lista nosite vizir in protivrezne rokavice."),
    para("6. Usposabljanje in evidence", "Heading2"),
    para("Vsak, ki dela na skladišču ali v sušilnicah, se seznani s tem navodilom pred začetkom dela in nato enkrat "
         "na leto. Dnevni pregledi vozil se v Planerju hranijo 2 leti."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="sl-SI"),
        core(title="Varno delo na skladišču hlodovine, v sušilnicah in z viličarji, izdaja 3",
             creator="Varstvo pri delu", created="2031-08-18"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
