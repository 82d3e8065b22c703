#!/usr/bin/env python3
"""Write docs/notices/compressor-service-visit.txt in ISO-8859-1 (Latin-1): a notice from the French maker of the
dive compressors, with accented names. Asserts that no byte lies in 0x80-0x9F and that the bytes are not valid
UTF-8. Reproducible: the text is fixed and nothing else is written."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "notices", "compressor-service-visit.txt")

TEXT = """COMPRESSEURS OC\u00c9ANE S.A.R.L.
Zone industrielle de Ducos, 27 rue Ren\u00e9 Cassin, 98800 Noum\u00e9a, Nouvelle-Cal\u00e9donie
Service apr\u00e8s-vente - After-sales service

Noum\u00e9a, 05/06/2028

To:   Ms Kelera Vuetaki, Dive & Activities Manager, Naiqoro Bay Resorts, Fiji
Copy: Captain Josefa Nabou, Marine Operations Manager
Ref.: Annual service of the breathing air compressors - visit n\u00ba 2028/14

Bula and bonjour Madame Vuetaki,

Thank you for your order of 18 May. This letter confirms our annual service visit
to your two dive shops, with the plan of work. Our engineers are:

  - M. Fr\u00e9d\u00e9ric Lef\u00e8vre, chef d'atelier (service engineer)
  - Mme H\u00e9l\u00e8ne Ducr\u00f4t, technicienne (air quality and filters)

They arrive at Nadi airport on Monday 26/06/2028 at 11h40 from Noum\u00e9a.

WORK PLAN

Date          Site                Work                                 Compressor stopped
------------  ------------------  -----------------------------------  ---------------------
Mon 26/06     Korotogo            Arrival, inspection of the room      No - normal fills
                                                                       until 5.00 pm
Tue 27/06     Korotogo            Full service, new filters, valves    Yes - 7.30 am to
                                  and oil, air sample                  4.00 pm
Wed 28/06     Port Denarau        Travel to Nukuvou on the 13h30       No
                                  transfer
Thu 29/06     Nukuvou             Full service, new filters, valves    Yes - 7.00 am to
                                  and oil, air sample                  2.00 pm
Fri 30/06     Nukuvou - Nadi      Return on the 10h30 transfer,        No
                                  report to the Dive Manager

WHAT WE ASK FROM YOUR TEAM

1. No tank can be filled while the compressor is stopped. Please fill all the
   spare tanks the day before: at Korotogo by Monday 26/06 at 5.00 pm, and at
   Nukuvou by Wednesday 28/06 at 5.00 pm.
2. Please keep the compressor room door open in the morning. The room must be
   below 35 \u00b0C for the tests; our limit is 35 \u00b0C \u00b1 2 \u00b0C.
3. Please have the compressor log ready, with the running hours since our last
   visit in June 2027.
4. Please book the two seats for our engineers on the boat manifest. We understand
   the manifest closes before departure and our engineers will be at the pontoon
   early.

OUR RECOMMENDATIONS FROM LAST YEAR

- Change the filter cartridges every 25 hours of running, not every 40 hours.
  Our new cartridges (type OC-7) are brought with us for both sites.
- Change the compressor oil every 500 hours of running.
- Working pressure stays at 232 bar for the aluminium tanks.

The air samples go to our laboratory in Noum\u00e9a. You will receive the results by
e-mail within 10 working days after the visit. The service is covered by your
annual contract; spare parts are invoiced separately.

With our best regards - avec nos salutations distingu\u00e9es,

Fr\u00e9d\u00e9ric Lef\u00e8vre
Chef d'atelier, Compresseurs Oc\u00e9ane S.A.R.L.
"""


def main():
    data = TEXT.encode("latin-1")
    assert not any(0x80 <= b <= 0x9F for b in data), "byte in 0x80-0x9F"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("bytes are valid UTF-8")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as fh:
        fh.write(data)
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
