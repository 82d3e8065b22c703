#!/usr/bin/env python3
"""Build the three CSV tables and the two JSON exports in docs/data/, and the shop's Latin-1 cold weather bulletin
in docs/notices/ (deterministic; CSVs with CRLF line ends)."""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "docs", "data")
NOTICES = os.path.join(HERE, "docs", "notices")


def write_csv(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(os.path.join(DATA, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


HOLIDAYS = [
    ["New Year's Day", "01/01/2028", "Saturday", "Yes (observed Friday 12/31/2027)", "Yes", "Winter break",
     "Closed Friday 12/31/2027", "Yes", "Paid on the observed day, Friday 12/31/2027"],
    ["Martin Luther King Jr. Day", "01/17/2028", "Monday", "Yes", "Yes", "Yes", "Closed", "Yes",
     "Timesheets for the 01/21/2028 pay are due the Friday before"],
    ["Presidents' Day (Washington-Lincoln Day)", "02/21/2028", "Monday", "Yes", "Yes", "Yes", "Closed", "No",
     "Not a paid holiday for school-year staff; no routes"],
    ["Good Friday", "04/14/2028", "Friday", "No", "No", "Yes (spring break 04/10/2028 - 04/14/2028)", "Closed", "No",
     "Not a legal holiday; the pay date moves to Thursday 04/13/2028"],
    ["Memorial Day", "05/29/2028", "Monday", "Yes", "Yes", "Yes (after the last student day, Thursday 05/25/2028)",
     "Closed", "Yes", "Memorial Day falls after the school year ends but is paid under the CBA"],
    ["Juneteenth", "06/19/2028", "Monday", "Yes", "Yes", "Summer", "Closed", "No (summer)",
     "Paid for 12-month staff (mechanics, dispatch, office)"],
    ["Independence Day", "07/04/2028", "Tuesday", "Yes", "Yes", "Summer", "Closed", "No (summer)",
     "Paid for 12-month staff"],
    ["Labor Day", "09/04/2028", "Monday", "Yes", "Yes", "Yes", "Closed", "Yes",
     "First paid holiday of the 2028-2029 school year"],
    ["Columbus Day", "10/09/2028", "Monday", "Yes", "Yes", "No - school in session", "Open", "No",
     "Routes run as normal"],
    ["Election Day", "11/07/2028", "Tuesday", "No", "No", "Yes - staff professional development day", "Open", "No",
     "Three school buildings are polling places; no routes; mechanics and dispatch work"],
    ["Veterans Day", "11/11/2028", "Saturday", "Yes (observed Friday 11/10/2028)", "Yes",
     "No - school in session on Friday 11/10/2028", "Open", "No", "Routes run on Friday 11/10/2028"],
    ["Thanksgiving Day", "11/23/2028", "Thursday", "Yes", "Yes", "Yes", "Closed", "Yes",
     "Noon dismissal on Wednesday 11/22/2028: afternoon routes leave schools at noon"],
    ["Day after Thanksgiving", "11/24/2028", "Friday", "No", "No", "Yes", "Closed", "No",
     "Paid for 12-month staff under the CBA"],
    ["Christmas Day", "12/25/2028", "Monday", "Yes", "Yes", "Yes (winter break)", "Closed", "Yes",
     "Winter break dates for 2028-2029 follow the board's calendar, not yet adopted"],
]

RATES = [
    ["ET-01", "Trip driving time (field trips and athletic trips)", "Regular route drivers", "24.50", "USD",
     "hour", "2 hours", "2027-08-01",
     "From report time until the bus is back, fueled and checked; includes the pre-trip inspection"],
    ["ET-02", "Trip driving time", "Sub drivers", "21.40", "USD", "hour", "2 hours", "2027-08-01",
     "Same rules as ET-01"],
    ["ET-03", "Layover", "All drivers", "12.75", "USD", "hour", "", "2027-08-01",
     "Only when the group leader releases you from the bus for 1 hour or more; otherwise paid as ET-01 or ET-02"],
    ["ET-04", "Bus aide on a trip", "Bus aides", "17.10", "USD", "hour", "2 hours", "2027-08-01", ""],
    ["ET-05", "Weekend and holiday trips", "Drivers and bus aides", "1.5 times the ET-01 to ET-04 rate", "",
     "hour", "", "2027-08-01", "Saturdays, Sundays and the holidays in the district's holiday calendar"],
    ["ET-06", "Meal allowance", "Drivers and bus aides", "14.00", "USD", "meal", "", "2027-08-01",
     "For a trip of 5 hours or more that covers a normal meal time; receipt required"],
    ["ET-07", "Overnight trip lodging", "Drivers and bus aides", "Actual cost", "USD", "night", "", "2027-08-01",
     "Booked and paid by the Transportation Secretary"],
    ["ET-08", "Overnight trip daily allowance", "Drivers and bus aides", "48.00", "USD", "day", "", "2027-08-01",
     "For meals on each day of an overnight trip; no receipts needed"],
    ["ET-09", "Cancelled trip (after you have reported)", "Drivers and bus aides", "2 hours at the trip rate", "",
     "trip", "", "2027-08-01", "Nothing is paid if the trip is cancelled before you report"],
    ["ET-10", "Parking and tolls", "Drivers", "Actual cost", "USD", "trip", "", "2027-08-01", "Receipt required"],
    ["ET-11", "Bus clean-out after a trip", "Drivers", "0.5 hours at the ET-01 rate", "", "trip", "",
     "2027-08-01", "Only when the shop decides the bus needs more than a normal sweep, for example after a fair"],
]


def fleet():
    spares = {19, 31, 44, 53, 55, 57, 59, 60, 61}
    fixed = {58: 9, 12: 14, 27: 22}
    east = {40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 54}
    years = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]
    free_routes = [r for r in range(1, 53) if r not in fixed.values()]
    rows = []
    for b in range(1, 62):
        year = years[(b * 5) % len(years)]
        btype, fuel, cap, wc, notes = "Type C", "Diesel", "77", "0", ""
        if b % 4 == 0:
            cap = "71"
        if 33 <= b <= 38:
            fuel, notes = "Propane", "No engine heater; propane pump 4"
        if b == 12:
            btype, cap, wc, notes = "Type A", "20 (14 with both wheelchair positions in use)", "2", "Special needs route"
        if b == 27:
            cap, wc, notes = "65 (57 with both wheelchair positions in use)", "2", "Wheelchair lift"
        if b == 58:
            cap, wc, notes = "54 (42 with all 3 wheelchair positions in use)", "3", "Wheelchair lift; special needs route"
        if b == 60:
            cap, wc, notes = "65 (57 with both wheelchair positions in use)", "2", "Spare lift bus"
        if b in (59, 61):
            btype, cap = "Type D", "84"
        if b in spares:
            assigned = "Spare"
        elif b in fixed:
            assigned = f"Route {fixed[b]}"
        else:
            assigned = f"Route {free_routes.pop(0)}"
        if assigned == "Route 41":
            notes = "Route open for bid until 01/24/2028; driven by a sub driver"
        lot = "East Lot" if b in east else ("Lot A" if b <= 30 else "Lot B")
        rows.append([str(b), str(year), btype, fuel, cap, wc, lot, assigned, notes])
    assert not free_routes
    return rows


FAQ = {
    "export": {"system": "AFConnect Transportation FAQ", "exported_at": "2028-01-10T14:20:00-05:00", "items": "12"},
    "faqs": [
        {"id": "FAQ-01", "category": "Personal details",
         "question": "How do I change my home address or phone number?",
         "answer": "Change them yourself in EmployeeLink > My Info > Address and Phone. The change reaches Payroll "
                   "and Human Resources the same day. Dispatch cannot change them for you.",
         "updated": "2027-09-13"},
        {"id": "FAQ-02", "category": "Pay",
         "question": "How do I claim the boot and uniform allowance?",
         "answer": "Upload your receipts in EmployeeLink > Expenses > Uniform and Boots by 05/15/2028. The "
                   "allowance is paid on the next pay after the Transportation Secretary approves it. The amount is "
                   "set by the CBA.",
         "updated": "2027-09-13"},
        {"id": "FAQ-03", "category": "Riders",
         "question": "Can my own child ride my bus?",
         "answer": "Only if your child is a student assigned to that route and stop. Nobody else may ride: not your "
                   "children, grandchildren or friends, unless the Director approves it in writing (for example a "
                   "new driver in training).",
         "updated": "2027-08-16"},
        {"id": "FAQ-04", "category": "Riders",
         "question": "A student left a phone or a coat on my bus. What do I do with it?",
         "answer": "Give it to the dispatch window with the bus number and the date. Phones and wallets go to the "
                   "school office the next morning. Everything else is kept until the end of the semester and then "
                   "donated.",
         "updated": "2027-08-16"},
        {"id": "FAQ-05", "category": "Qualifications",
         "question": "When and where do I get my yearly physical?",
         "answer": "Book it through the Transportation Secretary (ext. 4406). Physicals are done at the district's "
                   "appointed clinic between 05/01 and 07/31. The time is paid as the CBA says.",
         "updated": "2027-10-04"},
        {"id": "FAQ-06", "category": "FleetPad",
         "question": "I forgot my FleetPad PIN.",
         "answer": "The shop resets FleetPad PINs. Stop at the shop window with your badge, or radio Channel 2 if you "
                   "are already on the bus. Never share your PIN or use someone else's.",
         "updated": "2027-08-09"},
        {"id": "FAQ-07", "category": "Routes",
         "question": "A parent asked me to move their stop closer to the house. Can I?",
         "answer": "No. Drivers may not add, move or skip stops. Give the parent the Routing Coordinator's "
                   "extension (4405). A change starts only when the Routing Coordinator sends you an updated route "
                   "sheet on FleetPad, normally within 3 school days.",
         "updated": "2027-08-09"},
        {"id": "FAQ-08", "category": "Summer",
         "question": "Is there summer work for drivers and aides?",
         "answer": "Yes: the summer school routes in June, bus cleaning and seat repair, and summer trips. Put your "
                   "name on the summer work list at the dispatch window by 04/28/2028. Summer work is paid at your "
                   "regular rate.",
         "updated": "2028-01-10"},
        {"id": "FAQ-09", "category": "Pay",
         "question": "How am I paid when I cover part of an open route?",
         "answer": "The extra time is added to your day at your regular rate and shows on your timesheet as "
                   "'route cover'. Hours over 40 in the workweek are overtime.",
         "updated": "2027-11-01"},
        {"id": "FAQ-10", "category": "Pay",
         "question": "Is the lift bus differential paid on field trips?",
         "answer": "No. The lift bus differential is paid on route hours only, not on trip hours, even when the "
                   "trip is in a lift bus.",
         "updated": "2027-11-01"},
        {"id": "FAQ-11", "category": "East Lot",
         "question": "Where do I park my car at the East Lot?",
         "answer": "Along the fence on the north side of the East Lot. Never park in the bus rows or in Hickory "
                   "Ridge Elementary's staff lot.",
         "updated": "2027-08-09"},
        {"id": "FAQ-12", "category": "Qualifications",
         "question": "What is the Clearinghouse consent form?",
         "answer": "Each August you sign a consent so the district can run its yearly query of the FMCSA Drug and "
                   "Alcohol Clearinghouse. To see your own record, register on the Clearinghouse website yourself.",
         "updated": "2027-08-09"},
    ],
}

REGISTER = {
    "export": {"system": "AFConnect policy register", "department": "Transportation",
               "exported_at": "2028-01-14T09:05:00-05:00", "records": "13"},
    "records": [
        {"ref": "TR-01", "title": "Welcome to Alder Fork Transportation (handbook part 1)", "version": "2027",
         "status": "In force", "effective": "2027-08-09", "owner": "Director of Transportation",
         "review_due": "2028-08-01", "notes": ""},
        {"ref": "TR-03", "title": "Dispatch and Radio", "version": "2027", "status": "In force",
         "effective": "2027-11-29", "owner": "Assistant Director / Dispatch Supervisor", "review_due": "2028-11-01",
         "notes": "Channel 4 kept for emergencies only."},
        {"ref": "TR-04", "title": "Attendance and Call-Offs", "version": "2027", "status": "In force",
         "effective": "2027-08-01", "owner": "Assistant Director / Dispatch Supervisor", "review_due": "2028-08-01",
         "notes": "SubCall call-off line."},
        {"ref": "TR-05", "title": "Pre-Trip and Post-Trip Inspection Procedure", "version": "Revision 5",
         "status": "In force", "effective": "2027-08-01", "owner": "Fleet Supervisor", "review_due": "2029-08-01",
         "notes": "Inspections recorded in FleetPad."},
        {"ref": "TR-06", "title": "Calamity Day and Two-Hour Delay Procedure", "version": "2027",
         "status": "In force", "effective": "2027-11-01", "owner": "Director of Transportation",
         "review_due": "2028-10-01", "notes": "AF Alert texts."},
        {"ref": "TR-07", "title": "Field Trips and Athletic Trips", "version": "2027", "status": "In force",
         "effective": "2027-09-07", "owner": "Assistant Director / Dispatch Supervisor", "review_due": "2028-08-01",
         "notes": "Pay in the Extra Trip Rates table 2027-2028."},
        {"ref": "TR-08", "title": "Route Bidding Procedure", "version": "2027", "status": "In force",
         "effective": "2027-05-10", "owner": "Assistant Director / Dispatch Supervisor", "review_due": "2028-05-01",
         "notes": "Bids in AFConnect > Route Bids."},
        {"ref": "TR-09", "title": "Cell Phones and Electronic Devices", "version": "2027", "status": "In force",
         "effective": "2027-08-01", "owner": "Director of Transportation", "review_due": "2028-08-01",
         "notes": "Hands-free calls no longer allowed while driving."},
        {"ref": "TR-09", "title": "Electronic Devices Rule", "version": "2022", "status": "Withdrawn",
         "effective": "2022-03-01", "owner": "Director of Transportation", "review_due": "",
         "notes": "Withdrawn on 08/01/2027 and replaced by the 2027 Cell Phones and Electronic Devices rule."},
        {"ref": "TR-10", "title": "Safety and Accidents", "version": "2027", "status": "In force",
         "effective": "2027-08-23", "owner": "Director of Transportation", "review_due": "2028-08-01",
         "notes": "Form T-7 Accident Report; Form T-12 evacuation drills."},
        {"ref": "TR-11", "title": "Student Conduct on the Bus", "version": "2027", "status": "In force",
         "effective": "2027-08-16", "owner": "Director of Transportation", "review_due": "2028-08-01",
         "notes": "Bus Conduct Report (pink form)."},
        {"ref": "TR-12", "title": "Cold Weather Operations (shop bulletin 2027-14)", "version": "2027-14",
         "status": "In force", "effective": "2027-12-13", "owner": "Fleet Supervisor", "review_due": "2028-03-31",
         "notes": "Applies until 03/31/2028."},
        {"ref": "HR-31", "title": "Drug and Alcohol Testing for CDL Holders", "version": "2026", "status": "In force",
         "effective": "2026-07-01", "owner": "Director of Human Resources", "review_due": "2028-07-01",
         "notes": "Follows 49 CFR Parts 40 and 382."},
    ],
}

BULLETIN = """ALDER FORK TRANSPORTATION - SHOP BULLETIN 2027-14
COLD WEATHER OPERATIONS

Date: 12/13/2027
From: José Ortega, Mechanic II (ext. 4421), for the Fleet Supervisor
To:   All drivers, bus aides and dispatch

These rules apply from today until 03/31/2028.

1. ENGINE HEATERS
1.1 Connect the engine heater cord on the post to your bus every night when the forecast low is
    below 20 °F. Hang the cord on the mirror bracket hook so you see it before you drive off. If
    you drive away still connected and break the cord, tell the shop. Nobody gets in trouble for
    that; we just need to fix it.
1.2 At the East Lot only 8 of the 14 spaces have cords. When the forecast low is below 0 °F, the
    shop moves the East Lot buses without a cord to Lot B the afternoon before. Dispatch tells
    those drivers where their bus is.
1.3 The propane buses (33 to 38) have no engine heater and do not need one.

2. VERY COLD MORNINGS
2.1 When the forecast low is below 0 °F, the mechanics come in at 4:00 a.m. and start every bus in
    Lots A and B. At the East Lot, start your own bus and let it run while you do your pre-trip.
2.2 Let the bus warm up for 10 to 15 minutes, not longer. At schools, turn the engine off if you
    will wait more than 5 minutes, unless it is below 20 °F outside.
2.3 If a bus will not start, radio Channel 2. Do not jump-start a bus yourself.

3. FUEL AND DEF
3.1 From 11/01 to 03/31 the fuel island pumps winter-blend diesel (No. 1 and No. 2 mixed) and the
    shop adds anti-gel. Never add anything to the tank yourself.
3.2 Keep the tank above ½ overnight in cold weather.
3.3 DEF (diesel exhaust fluid) freezes at 12 °F. The bus thaws it by itself after start-up, so a
    DEF warning light in the first 30 minutes of a cold start is normal. If it is still on after
    30 minutes, report it on FleetPad.

4. AIR SYSTEM
4.1 Drain the air tanks at the end of every afternoon route. Water in the air lines freezes and
    can lock the brakes.
4.2 If the brakes feel slow or the air builds slowly, radio Channel 2 before you leave the lot.

5. WINDOWS, DOORS AND STEPS
5.1 Clear all windows, mirrors, lights, the stop arm and the roof hatches of snow and ice before
    you leave. Never pour hot water on the windshield.
5.2 Salt the bus steps from the de-icer bucket by the fuel island.
5.3 The wash bay is closed whenever it is below 25 °F.

6. IF YOU ARE STUCK OR STRANDED
6.1 Stay with the bus and keep the students on board. Radio Channel 1 (Channel 3 on a trip).
6.2 Run the engine and heater for 10 minutes in every hour, with one window open a little, and
    check that the exhaust pipe is clear of snow.

Andrés Peña (Mechanic I) has the early shift on Mondays and Fridays this winter. Call the shop at
ext. 4420 with any cold weather question.

José Ortega
Mechanic II, Alder Fork Transportation
"""


def main():
    os.makedirs(DATA, exist_ok=True)
    write_csv("holidays-2028.csv",
              ["holiday", "date", "weekday", "federal_holiday", "ohio_legal_holiday", "school_closed",
               "transportation_office", "paid_for_route_drivers_and_aides", "notes"], HOLIDAYS)
    write_csv("extra-trip-rates.csv",
              ["code", "item", "who", "amount", "currency", "per", "minimum", "effective_from", "notes"], RATES)
    write_csv("bus-fleet.csv",
              ["bus", "model_year", "type", "fuel", "capacity", "wheelchair_positions", "parked_at", "assigned_to",
               "notes"], fleet())
    for name, obj in (("staff-faq.json", FAQ), ("policy-register.json", REGISTER)):
        with open(os.path.join(DATA, name), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    data = BULLETIN.encode("latin-1")
    assert not any(0x80 <= c <= 0x9F for c in data), "C1 control byte"
    try:
        data.decode("utf-8")
        raise AssertionError("bulletin must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    with open(os.path.join(NOTICES, "cold-weather-bulletin.txt"), "wb") as fh:
        fh.write(data)
    print("wrote docs/data/*.csv, docs/data/*.json, docs/notices/cold-weather-bulletin.txt")


if __name__ == "__main__":
    main()
