#!/usr/bin/env python3
"""Build the generated documents of the forty-eighth corpus, reproducibly (same bytes on every run).

- docs/notices/guaiba-service-visit.txt: the drier maker's notice, written in ISO-8859-1 (Latin-1), here;
- docs/procedures/parboiling-and-drying-procedure.docx: by make_docx.py;
- docs/hr/salary-advance-request-form.pdf: by make_pdf.py.

Run from anywhere:  python3 build_docs.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, HERE)
import make_docx  # noqa: E402
import make_pdf  # noqa: E402

LATIN1_OUT = os.path.join(HERE, "docs", "notices", "guaiba-service-visit.txt")

NOTICE = """SECADORES GUA\u00cdBA IND\u00daSTRIA E COM\u00c9RCIO LTDA.
Rua dos A\u00e7orianos, 220 - Distrito Industrial
Camaqu\u00e3 - RS - CEP 96180-000 - Brasil
Assist\u00eancia T\u00e9cnica / Technical Service

Camaqu\u00e3, 28/05/2029

To:    Mr Deonarine Ramcharran, Mill Manager
       Essequibo Gold Rice Milling Inc., Anna Regina, Essequibo Coast, Guyana
Copy:  Ms Charmaine Hinds, Safety Officer
Ref.:  ST-2029/114 - Annual service visit, Driers No. 1 and No. 2 and the
       parboiling steam controls

Prezado Sr. Ramcharran,

Dear Mr Ramcharran,

Thank you for your order for the annual service of the two SG-120 driers
we supplied to Anna Regina. Our team will be on site from Monday 25/06/2029
to Thursday 28/06/2029:

  - Eng. Jo\u00e3o Carlos Concei\u00e7\u00e3o, service manager
  - T\u00e9c. S\u00e9rgio Brand\u00e3o L\u00facio, burner and controls technician

WORK PLAN

  Date             Equipment        Work                      Out of service
  ---------------  ---------------  ------------------------  ----------------------
  25/06 - 26/06    Drier No. 2      Burner, fans, new         7:00 a.m. 25/06 to
                                    temperature controller    6:00 p.m. 26/06
  27/06 - 28/06    Drier No. 1      Burner, fans, new         7:00 a.m. 27/06 to
                                    temperature controller    4:00 p.m. 28/06
  28/06            Parboiling       Steam valves; soak tank   No stop: one tank at
                   plant            thermostats calibrated    a time, 1 hour each
                                    for 65 \u00b0C to 70 \u00b0C

THE NEW CONTROLLERS

The new controllers show the inlet air temperature on the panel. They give
an alarm at 58 \u00b0C and cut the burner at 60 \u00b0C. The operating limit in
your own procedure (55 \u00b0C) stays the limit your operators work to; the
controller is only the last protection.

WHAT WE NEED FROM ESSEQUIBO GOLD

  1. Each drier empty, cleaned and cooled below 40 \u00b0C by 7:00 a.m. on the
     first day of its work.
  2. Your electrician to lock out the drier at the MCC panel before we start,
     and to stay with us all day.
  3. A forklift with a licensed driver to lift the new fan motor (about
     350 kg).
  4. The safety induction by your Safety Officer at 7:00 a.m. on 25/06/2029,
     before any work.
  5. A place to keep our tools locked at night.

SPARE PARTS

The parts left Rio Grande by sea on 22/05/2029 and should reach your Parika
warehouse about 15/06/2029: 2 wooden crates, 410 kg in all, marked
"SG-120 / ESSEQUIBO GOLD". Please keep them dry and do not open them; we
will open them with your store clerk on 25/06/2029.

Our engineers travel from Georgetown to Anna Regina on Sunday 24/06/2029.
For any change to these dates please write to our Assist\u00eancia T\u00e9cnica
at least 7 days before the visit.

Atenciosamente / Kind regards,

Eng. Jo\u00e3o Carlos Concei\u00e7\u00e3o
Gerente de Assist\u00eancia T\u00e9cnica
Secadores Gua\u00edba Ind\u00fastria e Com\u00e9rcio Ltda.
"""


def write_latin1():
    data = NOTICE.encode("latin-1")
    assert not any(0x80 <= b <= 0x9F for b in data), "C1 control byte"
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
