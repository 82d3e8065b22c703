#!/usr/bin/env python3
"""Rebuilds the generated documents of this corpus, byte for byte the same each time:

- docs/notices/redes-oceanicas-service-visit.txt, the net maker's notice, in ISO-8859-1 (Latin-1), written here;
- the DOCX (make_docx.py) and the PDF (make_pdf.py).

Standard library only. Run from anywhere:  python3 build_docs.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, HERE)
import make_docx  # noqa: E402
import make_pdf  # noqa: E402

LATIN1_OUT = os.path.join(HERE, "docs", "notices", "redes-oceanicas-service-visit.txt")

NOTICE = """REDES OCE\u00c2NICAS DA P\u00d3VOA, LDA.
Redes de arrasto - Trawl nets and netting since 1968
Rua dos Pescadores, 112 - 4490-401 P\u00f3voa de Varzim - Portugal

To:     Benguela Reef Fishing (Pty) Ltd, Walvis Bay, Namibia
Attn.:  Capt. Hennie van Wyk, Fleet Manager
        Mr Josef Gaseb, Crew Office Manager
Date:   02/07/2029
Ref.:   N\u00ba ROP/NAM/2029/031

Subject: Service visit to Walvis Bay, 23/07/2029 to 27/07/2029 - new
bottom trawl nets for MFV Benguela Pride and MFV Reef Endeavour

Exmos. Senhores, dear Sirs,

We confirm that our technicians Eng.\u00ba Jo\u00e3o Sim\u00f5es Gon\u00e7alves (net design) and
Sr. S\u00e9rgio Ara\u00fajo Magalh\u00e3es (master net mender) will work in your net loft at
Quay 4 from Monday 23/07/2029 to Friday 27/07/2029, from 08:00 to 17:00
each day. They arrive in Walvis Bay on Sunday 22/07/2029 and stay at the
hotel booked by your Crew Office.

WORK PLAN

Mon 23/07  Unpacking of the 4 new bottom trawl nets (2 for Benguela Pride,
           2 for Reef Endeavour) and of the spare netting. Check against
           the packing list nr. 2029-0457 with your Crew Office.
Tue 24/07  Rigging of the first net for Benguela Pride with your net
           menders: footrope, headline, floats and the codend.
Wed 25/07  Second net for Benguela Pride. The first net is measured and
           the mesh of the codend is checked with the gauge in the
           presence of your Fleet Manager.
Thu 26/07  Training day for net menders and bosuns: repair of the new
           high-tenacity netting, splicing and the right knots. 08:00
           to 16:00, maximum 8 persons, in English with a few words of
           Portugu\u00eas!
Fri 27/07  Handover of both Benguela Pride nets, signed report, and
           advice for the Reef Endeavour nets, which stay packed in the
           net loft until her dry dock is finished.

WHAT WE ASK FROM BENGUELA REEF

1. The net loft cleared and swept before Monday 08:00, with the
   overhead crane working.
2. A forklift with driver on Monday 23/07 from 08:00 to 12:00.
3. Four (4) of your net menders for the whole week, and the bosuns of
   both freezer trawlers for the training on Thursday.
4. The first Benguela Pride net on the quay by Wednesday 25/07 at 16:00,
   so that it can be taken on board before she sails on 27/07.

WARRANTY

The nets have a warranty of 12 months from the date of the signed
handover, for faults of the netting, the twine and our assembly. The
warranty does not cover damage from rocks, wrecks or other fastenings
on the sea bottom, nor repairs done with netting not supplied by us.

SPARE NETTING

The price list for spare netting and twine is attached (prices in EUR,
ex works P\u00f3voa de Varzim, payment at 30 days). Orders placed during the
visit travel in the same container as the next delivery, without
freight cost.

Our technicians will give their mobile numbers to your Crew Office on
arrival. For anything urgent before the visit, please write to our
technical office.

Com os melhores cumprimentos / With best regards,

Eng.\u00ba Jo\u00e3o Sim\u00f5es Gon\u00e7alves
Director T\u00e9cnico
Redes Oce\u00e2nicas da P\u00f3voa, Lda.
"""


def write_latin1():
    data = NOTICE.encode("latin-1")
    assert not any(0x80 <= b <= 0x9F for b in data), "C1 control bytes"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("the notice must not be valid UTF-8")
    os.makedirs(os.path.dirname(LATIN1_OUT), exist_ok=True)
    with open(LATIN1_OUT, "wb") as fh:
        fh.write(data)
    print("wrote", os.path.relpath(LATIN1_OUT, HERE))


def main():
    write_latin1()
    make_docx.main()
    make_pdf.main()


if __name__ == "__main__":
    main()
