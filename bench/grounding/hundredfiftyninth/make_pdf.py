#!/usr/bin/env python3
"""Build docs/hr/pravilnik-o-sezonskom-radu-2031.pdf with the standard library only.

PDF 1.4, uncompressed content streams, the standard Helvetica font with WinAnsiEncoding, one Tj per text line, a
title in the document information dictionary and fixed dates and /ID, so the bytes are reproducible. WinAnsi has no
c-caron, c-acute or d-stroke, so the text is written as the HR system exports it: Bosnian without diacritics.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hr", "pravilnik-o-sezonskom-radu-2031.pdf")

TITLE = "Pravilnik o sezonskom radu - HR-09 izdanje 2031"
DATE = "D:20310512100000+02'00'"
PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 56, 790, 50

# (font size, text); None is a blank line. Table rows are single lines with columns padded by spaces.
PAGES = [
    [
        (10, "Sana Frut d.o.o. \u00b7 Sluzba ljudskih resursa"),
        (16, "PRAVILNIK O SEZONSKOM RADU"),
        (12, "Oznaka HR-09 \u00b7 izdanje 2031"),
        (9, "Datum: 12.05.2031. \u00b7 Primjenjuje se od: 01.06.2031."),
        None,
        (12, "1. Ko se zaposljava"),
        (10, "- Sezonski radnici rade u pogonu Sanski Most (prijem voca, IQF tunel, hladnjace, linija za dzem"),
        (10, "  i pekmez) i kao beraci na vlastitim zasadima maline i sljive u Sanskom Mostu i Kljucu."),
        (10, "- Ugovor o sezonskom radu traje najranije od 1. juna, a najkasnije do 31. oktobra."),
        (10, "- Sezonski radnik mora imati najmanje 18 godina."),
        (10, "- Uz prijavu donosite licnu kartu i broj tekuceg racuna. Za rad u pogonu potrebna je vazeca"),
        (10, "  sanitarna knjizica; pregled placa Sana Frut i obavlja se prije prvog radnog dana."),
        None,
        (12, "2. Zarada radnika u pogonu"),
        (10, "- Dnevnica za smjenu od 8 sati u pogonu iznosi 55,00 KM neto."),
        (10, "- Za nocnu smjenu (22:00-06:00) dnevnica se uvecava za 30%."),
        (10, "- Topli obrok i naknada za prevoz isplacuju se prema Tabeli naknada 2031."),
        None,
        (12, "3. Zarada beraca"),
        (10, "Voce          Cijena branja       Ko mjeri"),
        (10, "------------------------------------------------------------"),
        (10, "Malina        1,10 KM po kg       brigadir, na sabirnom mjestu"),
        (10, "Kupina        0,90 KM po kg       brigadir, na sabirnom mjestu"),
        (10, "Sljiva        0,12 KM po kg       brigadir, na sabirnom mjestu"),
        None,
        (10, "- Ubrano voce se mjeri na sabirnom mjestu u 11 sati i u 16 sati, a kolicina se upisuje u"),
        (10, "  beracki karton i u SanaHR, gdje je berac vidi isti dan."),
        (10, "- Ako se berba prekine zbog nevremena prije 10 sati, berac za taj dan dobija 20,00 KM."),
        (10, "- Berba pocinje u 06:00. Kad je temperatura iznad 32 stepena, berba se zavrsava u 12 sati."),
        (10, "- Brigadir vodi grupu od najvise 25 beraca."),
    ],
    [
        (12, "4. Isplata"),
        (10, "- Zarada se isplacuje dva puta mjesecno na tekuci racun: do 20. u mjesecu za period od 1. do"),
        (10, "  15. u mjesecu, i do 5. u narednom mjesecu za period od 16. do kraja mjeseca."),
        (10, "- Radnik koji radi od pocetka ugovora do 31. oktobra bez neopravdanog izostanka dobija nagradu"),
        (10, "  za sezonu od 150,00 KM, uz konacni obracun."),
        (10, "- Konacni obracun isplacuje se najkasnije 14 dana nakon isteka ugovora."),
        None,
        (12, "5. Smjestaj i prevoz"),
        (10, "- Radnici koji zive dalje od 40 km mogu spavati u Radnickom domu u Sanskom Mostu. Nocenje"),
        (10, "  kosta 3,00 KM i odbija se od zarade."),
        (10, "- Firmeni autobus (Linija 1 i Linija 2) je besplatan za sve sezonske radnike."),
        None,
        (12, "6. Godisnji odmor i bolovanje"),
        (10, "- Godisnji odmor sezonskih radnika odredjen je Pravilnikom o godisnjem odmoru (HR-03)."),
        (10, "- Za bolovanje vrijede ista pravila kao za stalne uposlenike; berac se javlja brigadiru."),
        None,
        (12, "7. Prijave za narednu sezonu"),
        (10, "- Prijave se primaju od 1. marta na SanaNetu ili na portirnici pogona."),
        (10, "- Prednost imaju radnici iz prethodne sezone bez neopravdanog izostanka."),
        None,
        (12, "8. Pitanja"),
        (10, "HR sluzba pogona, lokal 221. Obracun plata, lokal 125."),
        None,
        (10, "Lejla Begic, direktorica ljudskih resursa"),
    ],
]


def pdf_string(text):
    """A PDF literal string in WinAnsi (cp1252) bytes, with the three escapes."""
    b = text.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def content(lines, page_no, pages):
    out = []
    y = TOP
    footer = f"{TITLE} \u00b7 Page {page_no} of {pages}"
    for item in lines:
        if item is None:
            y -= 8
            continue
        size, text = item
        y -= size + 6 if size > 10 else 14
        out.append(b"BT /F1 %d Tf %d %d Td " % (size, LEFT, y) + pdf_string(text) + b" Tj ET")
    assert y > BOTTOM + 20, "page overflow"
    out.append(b"BT /F1 8 Tf %d %d Td " % (LEFT, BOTTOM - 20) + pdf_string(footer) + b" Tj ET")
    return b"\n".join(out) + b"\n"


def build():
    n_pages = len(PAGES)
    # object numbers: 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    page_ids = [5 + 2 * i for i in range(n_pages)]
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % n_pages,
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: (b"<< /Title " + pdf_string(TITLE)
            + b" /Author " + pdf_string("Sluzba ljudskih resursa, Sana Frut d.o.o.")
            + b" /Subject " + pdf_string("Sezonski ugovori, dnevnice, berba, isplata i smjestaj")
            + b" /Creator " + pdf_string("make_pdf.py")
            + b" /Producer " + pdf_string("Python standard library")
            + b" /CreationDate " + pdf_string(DATE) + b" /ModDate " + pdf_string(DATE) + b" >>"),
    }
    for i, lines in enumerate(PAGES):
        pid, cid = page_ids[i], page_ids[i] + 1
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] " % (PAGE_W, PAGE_H)
                     + b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid)
        data = content(lines, i + 1, n_pages)
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream"

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    file_id = hashlib.md5(bytes(out)).hexdigest().encode("ascii")
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R /ID [<" % size + file_id + b"> <" + file_id
            + b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return bytes(out)


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as fh:
        fh.write(build())
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
