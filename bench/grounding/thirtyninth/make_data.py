#!/usr/bin/env python3
"""Build the three CSV tables and the two JSON exports in docs/data/, and the supplier's Latin-1 notice in
docs/notices/. Standard library only; running it again writes identical bytes."""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "docs", "data")


def write_csv(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        assert len(r) == len(header), (name, r)
        w.writerow(r)
    with open(os.path.join(DATA, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    print("wrote docs/data/" + name)


HOL_HEAD = ["date_ad", "day", "date_bs", "holiday", "date_type", "head_office_thamel", "sanchar_lake_lodge",
            "lukla_store", "notes"]
R = "Open - holiday roster"
F = "Open - festival roster"
HOLIDAYS = [
    ["2028-01-11", "Tuesday", "2084-09-27", "Prithvi Jayanti (National Unity Day)", "Fixed (B.S.)", "Closed", R, "Open", ""],
    ["2028-01-15", "Saturday", "2084-10-01", "Maghe Sankranti", "Fixed (B.S.)", "Weekly holiday", R, "Closed", "Falls on a Saturday; no substitute day"],
    ["2028-01-27", "Thursday", "2084-10-13", "Sonam Lhosar", "Expected (lunar)", "Open", "Open", "Closed", "Holiday for staff who celebrate; tell your supervisor 7 days ahead"],
    ["2028-02-19", "Saturday", "2084-11-07", "Democracy Day (Prajatantra Diwas)", "Fixed (B.S.)", "Weekly holiday", R, "Open", "Falls on a Saturday; no substitute day"],
    ["2028-02-23", "Wednesday", "2084-11-11", "Maha Shivaratri", "Expected (lunar)", "Closed", R, "Closed", ""],
    ["2028-02-26", "Saturday", "2084-11-14", "Gyalpo Lhosar", "Expected (lunar)", "Weekly holiday", "Open", "Closed", "Sherpa and other Himalayan staff"],
    ["2028-02-27", "Sunday", "2084-11-15", "Id-ul-Fitr", "Expected (lunar)", "Open", "Open", "Open", "Holiday for Muslim staff"],
    ["2028-03-08", "Wednesday", "2084-11-25", "International Women's Day", "Fixed (A.D.)", "Open (women staff on holiday)", "Open (women staff on holiday)", "Open", "Holiday for women staff only"],
    ["2028-03-11", "Saturday", "2084-11-28", "Fagu Purnima (Holi), hill districts", "Expected (lunar)", "Weekly holiday", R, "Closed", "Terai districts celebrate on Sunday 2028-03-12; staff from the Terai may take that day instead"],
    ["2028-04-13", "Thursday", "2085-01-01", "Nepali New Year 2085", "Fixed (B.S.)", "Closed", R, "Closed", ""],
    ["2028-05-01", "Monday", "2085-01-19", "Labour Day", "Fixed (A.D.)", "Closed", R, "Open", "Peak season: Lukla store open 6:00-8:00 AM only"],
    ["2028-05-05", "Friday", "2085-01-23", "Bakra Id (Id-ul-Adha)", "Expected (lunar)", "Open", "Open", "Open", "Holiday for Muslim staff"],
    ["2028-05-09", "Tuesday", "2085-01-27", "Buddha Jayanti", "Expected (lunar)", "Closed", R, "Closed", ""],
    ["2028-05-28", "Sunday", "2085-02-15", "Republic Day", "Fixed (B.S.)", "Closed", R, "Open", ""],
    ["2028-08-06", "Sunday", "2085-04-22", "Janai Purnima / Raksha Bandhan", "Expected (lunar)", "Closed", R, "Closed", ""],
    ["2028-08-07", "Monday", "2085-04-23", "Gai Jatra", "Expected (lunar)", "Closed", "Open", "Open", "Kathmandu valley only"],
    ["2028-08-14", "Monday", "2085-04-30", "Krishna Janmashtami", "Expected (lunar)", "Closed", R, "Closed", ""],
    ["2028-08-23", "Wednesday", "2085-05-08", "Haritalika Teej", "Expected (lunar)", "Open (women staff on holiday)", "Open (women staff on holiday)", "Open", "Holiday for women staff only"],
    ["2028-09-18", "Monday", "2085-06-03", "Constitution Day", "Fixed (B.S.)", "Closed", R, "Open", ""],
    ["2028-09-19", "Tuesday", "2085-06-04", "Ghatasthapana", "Expected (lunar)", "Open", "Open", "Open", "Dashain starts; not a company holiday"],
    ["2028-09-25", "Monday", "2085-06-10", "Fulpati", "Expected (lunar)", "Closed", F, "Open", "Dashain"],
    ["2028-09-26", "Tuesday", "2085-06-11", "Maha Ashtami", "Expected (lunar)", "Closed", F, "Closed", "Dashain"],
    ["2028-09-27", "Wednesday", "2085-06-12", "Maha Navami", "Expected (lunar)", "Closed", F, "Closed", "Dashain"],
    ["2028-09-28", "Thursday", "2085-06-13", "Vijaya Dashami (Dashain Tika)", "Expected (lunar)", "Closed", F, "Closed", "Dashain; festival duty allowance for field staff on trek"],
    ["2028-09-29", "Friday", "2085-06-14", "Ekadashi", "Expected (lunar)", "Closed", F, "Open", "Dashain"],
    ["2028-09-30", "Saturday", "2085-06-15", "Dwadashi", "Expected (lunar)", "Weekly holiday", F, "Open", "Dashain"],
    ["2028-10-17", "Tuesday", "2085-07-01", "Laxmi Puja", "Expected (lunar)", "Closed", F, "Open", "Tihar; festival duty allowance for field staff on trek"],
    ["2028-10-18", "Wednesday", "2085-07-02", "Gobardhan Puja / Mha Puja", "Expected (lunar)", "Closed", F, "Open", "Tihar"],
    ["2028-10-19", "Thursday", "2085-07-03", "Bhai Tika", "Expected (lunar)", "Closed", F, "Open", "Tihar; festival duty allowance for field staff on trek"],
    ["2028-10-23", "Monday", "2085-07-07", "Chhath", "Expected (lunar)", "Open", "Open", "Open", "Holiday for staff who celebrate"],
    ["2028-12-25", "Monday", "2085-09-11", "Christmas Day", "Fixed (A.D.)", "Closed", R, "Open", ""],
    ["2028-12-29", "Friday", "2085-09-15", "Tamu Lhosar", "Fixed (B.S.)", "Open", "Open", "Open", "Holiday for Gurung staff who celebrate"],
]

FA_HEAD = ["code", "allowance", "staff_group", "condition", "rate", "currency", "per", "effective_from_bs", "notes"]
E = "2084-04-01"
FIELD = [
    ["FA-01", "Daily allowance (DA)", "Trekking guide", "Sleeping below 3000 m", "1800", "NPR", "trek day", E, ""],
    ["FA-02", "Daily allowance (DA)", "Trekking guide", "Sleeping 3000 m to 4500 m", "2200", "NPR", "trek day", E, ""],
    ["FA-03", "Daily allowance (DA)", "Trekking guide", "Sleeping above 4500 m", "2800", "NPR", "trek day", E, ""],
    ["FA-04", "Daily allowance (DA)", "Assistant guide or cook", "Sleeping below 3000 m", "1500", "NPR", "trek day", E, ""],
    ["FA-05", "Daily allowance (DA)", "Assistant guide or cook", "Sleeping 3000 m to 4500 m", "1900", "NPR", "trek day", E, ""],
    ["FA-06", "Daily allowance (DA)", "Assistant guide or cook", "Sleeping above 4500 m", "2400", "NPR", "trek day", E, ""],
    ["FA-07", "Daily allowance (DA)", "Porter", "Sleeping below 3000 m", "1200", "NPR", "trek day", E, "On top of the trek-day wage"],
    ["FA-08", "Daily allowance (DA)", "Porter", "Sleeping 3000 m to 4500 m", "1500", "NPR", "trek day", E, "On top of the trek-day wage"],
    ["FA-09", "Daily allowance (DA)", "Porter", "Sleeping above 4500 m", "1900", "NPR", "trek day", E, "On top of the trek-day wage"],
    ["FA-10", "Climbing allowance", "Climbing guide on a trekking peak", "Each summit day", "6000", "NPR", "summit day", E, "Paid even if the team turns back for weather; expedition peaks are paid under the expedition contract"],
    ["FA-11", "Festival duty allowance", "All field staff", "On trek on Vijaya Dashami, Laxmi Puja or Bhai Tika", "2000", "NPR", "festival day", E, "On top of DA"],
    ["FA-12", "Night halt", "Driver", "Night outside Kathmandu valley and Pokhara", "1200", "NPR", "night", E, ""],
    ["FA-13", "Meal allowance", "Driver", "Trip of more than 10 hours with no night halt", "600", "NPR", "day", E, ""],
    ["FA-14", "Field visit DA", "Office staff", "Visit to a hill or mountain district", "2000", "NPR", "night", E, "Hotel paid on the bill up to 3500 a night"],
    ["FA-15", "Mobile data on trek", "Guide in charge", "Trek of 5 days or more", "500", "NPR", "trek week", E, "For the TrekDesk daily check; claim with the trip"],
    ["FA-16", "Return travel", "Porters, assistant guides and cooks", "From the trek end to Kathmandu or Pokhara", "Actual bus fare + 500", "NPR", "trip", E, "The 500 is for food on the way; keep the ticket"],
    ["FA-17", "Waiting day", "All field staff", "Waiting for weather or a flight at Lukla, Jomsom or a trailhead", "Same as DA for the altitude", "NPR", "day", E, "Nights in the Lukla staff hostel while waiting for a cancelled flight are free"],
]

KIT_HEAD = ["code", "item", "issued_to", "when_issued", "replace_after", "deposit_npr", "return_to", "notes"]
KIT = [
    ["K-01", "Down jacket", "All field staff", "Trips sleeping at 3500 m or higher", "3 seasons", "2000", "Thamel or Lukla store within 2 days of the trek end", "Deposit only from season-contract staff"],
    ["K-02", "Sleeping bag (comfort -20 °C)", "All field staff", "Trips sleeping at 3500 m or higher", "4 seasons", "2500", "Thamel or Lukla store within 2 days of the trek end", "Deposit only from season-contract staff; washed by the store"],
    ["K-03", "Trekking boots", "Guides and assistant guides", "On joining", "2 seasons", "0", "Kept", "Worn-out pair handed back for the new one"],
    ["K-04", "Trekking shoes", "Porters", "Each season", "1 season", "0", "Kept by the porter", ""],
    ["K-05", "Sunglasses (UV400)", "All field staff", "Each season", "1 season", "0", "Kept", ""],
    ["K-06", "Insulated gloves", "All field staff", "Trips sleeping at 3500 m or higher", "2 seasons", "0", "Kept", ""],
    ["K-07", "Microspikes", "Guides and porters", "Trips crossing a pass above 5000 m", "Per trip", "1500", "Thamel or Lukla store within 2 days of the trek end", "Deposit from every porter, permanent or not"],
    ["K-08", "Headtorch", "All field staff", "Each season", "2 seasons", "0", "Kept", "Spare batteries from the store on the kit sheet"],
    ["K-09", "Rain poncho", "All field staff", "Each season", "1 season", "0", "Kept", ""],
    ["K-10", "Company fleece", "Guides, assistant guides and cooks", "On joining", "2 years", "0", "Kept", ""],
    ["K-11", "Porter duffel (company logo)", "Porters", "Per trip", "Per trip", "0", "Store", "Clients' bags are packed inside"],
    ["K-12", "Pulse oximeter", "Guide in charge", "Trips sleeping above 3500 m", "Per trip", "0", "Store", "On the TrekDesk kit sheet"],
    ["K-13", "Garmin inReach", "Guide in charge", "Trips sleeping above 3500 m", "Per trip", "0", "Store", "Lost or stolen: tell the Operations duty desk within 24 hours"],
    ["K-14", "Oxygen set (cylinder, regulator, mask)", "Guide in charge", "Above 4500 m, one set for every 6 people", "Per trip", "0", "Store", "Checked every year by the supplier"],
    ["K-15", "Lodge uniform (2 sets)", "Sanchar Lake Lodge staff", "Every Shrawan", "1 year", "0", "Kept", "Washed in the lodge laundry"],
]

FAQ = {
    "export": {
        "source": "SancharNet FAQ",
        "exported_at": "2028-03-15T10:20:00+05:45",
        "exported_bs": "2084-12-02",
        "items": "12",
    },
    "faqs": [
        {"id": "FAQ-01", "category": "Pay", "question": "Where do I see my payslip?",
         "answer": "In HimalHR > My Pay > Payslips, on the web or in the app. It is there from the salary day. Season-contract staff see a trip statement for each trek instead.",
         "updated": "2084-10-05"},
        {"id": "FAQ-02", "category": "Pay", "question": "Where is my SSF number?",
         "answer": "On every payslip under your name, and in HimalHR > My Profile > SSF. If it is missing, HR has not finished your SSF registration; call ext 210.",
         "updated": "2084-10-05"},
        {"id": "FAQ-03", "category": "Pay", "question": "How do I change the bank account my salary goes to?",
         "answer": "Update it in HimalHR > My Profile > Bank and upload a photo of a cheque or the bank's letter. Changes made by the 20th of the Nepali month apply to that month's salary; later changes apply from the next month. The account must be in your own name.",
         "updated": "2084-11-02"},
        {"id": "FAQ-04", "category": "Letters", "question": "Can I get an experience letter or a salary certificate?",
         "answer": "Request it in HimalHR > Requests > Letters. It is ready in 3 working days at the Thamel or Lakeside office and is given only to you. HR does not confirm anyone's job or salary over the phone.",
         "updated": "2084-09-12"},
        {"id": "FAQ-05", "category": "ID", "question": "I lost my staff ID card. What now?",
         "answer": "Tell the HR Section the same day. A new card costs Rs. 300 and is ready in 2 working days. Guides also need the card for the pre-season kit check.",
         "updated": "2084-08-01"},
        {"id": "FAQ-06", "category": "Trips", "question": "Who makes the TIMS card and permits for my clients?",
         "answer": "Operations makes the TIMS card and the park or area permits for every client. The guide in charge collects them with the trip file at the office at 4:00 PM on the day before departure and checks the names against the passports.",
         "updated": "2084-11-20"},
        {"id": "FAQ-07", "category": "Trips", "question": "The trek got longer because of weather or a cancelled flight. Am I paid?",
         "answer": "Yes. Each extra day is a waiting day, paid at the DA rate for the altitude where you wait (FA-17). The guide enters the reason in TrekDesk so that Accounts can pay it with the trip.",
         "updated": "2084-11-20"},
        {"id": "FAQ-08", "category": "Trips", "question": "What is the porter insurance card?",
         "answer": "A card with the policy number and the porter's name, printed by Operations after the porter is entered in TrekDesk. No porter leaves Kathmandu or Pokhara without it.",
         "updated": "2084-11-20"},
        {"id": "FAQ-09", "category": "Leave", "question": "How do I ask for leave?",
         "answer": "In HimalHR > Leave > New request. Choose the type of leave and the dates, add a note, and send it. Your supervisor answers within 3 working days. The days you can take are in the Leave Rules (HR-03).",
         "updated": "2084-04-10"},
        {"id": "FAQ-10", "category": "IT", "question": "I forgot my HimalHR password.",
         "answer": "Press Forgot password on the sign-in page, enter your staff ID and the OTP sent to your registered mobile. If no OTP comes, visit IT at Thamel with your staff ID card.",
         "updated": "2084-11-26"},
        {"id": "FAQ-11", "category": "Safety", "question": "Who do I call in an emergency on trek?",
         "answer": "The Operations duty desk, 24 hours: ext 230 in office hours, otherwise the TrekDesk SOS button or an inReach SOS message. Then follow the Rescue and Evacuation Procedure (OPS-07).",
         "updated": "2084-06-01"},
        {"id": "FAQ-12", "category": "Kit", "question": "When do I get my kit deposit back?",
         "answer": "When you return the item to the Thamel or Lukla store in good condition. The store in-charge signs the kit sheet and Accounts refunds the deposit with your next trip settlement. A deposit item not returned within 30 days of the trek end is treated as lost and the deposit is kept.",
         "updated": "2084-08-20"},
    ],
}

REGISTER = {
    "export": {"source": "SancharNet policy register", "exported_at": "2028-03-24T16:05:00+05:45",
               "exported_bs": "2084-12-11", "records": "15"},
    "policies": [
        {"ref": "HR-01", "title": "Staff Handbook: Welcome and Who's Who", "version": "2084", "status": "In force",
         "effective_bs": "2084-04-01", "owner": "HR Manager", "review_due": "2085-04-01", "notes": ""},
        {"ref": "HR-03", "title": "Leave Rules", "version": "2084 edition", "status": "In force",
         "effective_bs": "2084-04-01", "owner": "HR Manager", "review_due": "2085-04-01",
         "notes": "Sick leave, maternity and paternity leave and notice period changed."},
        {"ref": "HR-05", "title": "Code of Conduct for Field and Office Staff", "version": "3", "status": "In force",
         "effective_bs": "2083-09-01", "owner": "HR Manager", "review_due": "2085-09-01", "notes": ""},
        {"ref": "HR-07", "title": "Pay and Benefits", "version": "2084", "status": "In force",
         "effective_bs": "2084-04-01", "owner": "Accounts Manager", "review_due": "2085-04-01",
         "notes": "Insurance cover raised for field staff."},
        {"ref": "HR-08", "title": "Dashain and Tihar: allowance, advance and closures", "version": "2085",
         "status": "In force", "effective_bs": "2084-12-04", "owner": "HR Manager", "review_due": "2085-08-01",
         "notes": "Dates for 2085 are expected dates."},
        {"ref": "HR-09", "title": "Staff Advance and Loan Policy", "version": "Revision 3", "status": "In force",
         "effective_bs": "2084-10-01", "owner": "Accounts Manager", "review_due": "2086-10-01", "notes": ""},
        {"ref": "ACC-02", "title": "Field Allowance Rates 2084/85", "version": "2084/85", "status": "In force",
         "effective_bs": "2084-04-01", "owner": "Accounts Manager", "review_due": "2085-04-01", "notes": ""},
        {"ref": "OPS-04", "title": "Porter Welfare and Load Rules", "version": "2084", "status": "In force",
         "effective_bs": "2084-11-01", "owner": "Operations Manager", "review_due": "2085-11-01", "notes": ""},
        {"ref": "OPS-06", "title": "Altitude Safety Rules", "version": "2", "status": "In force",
         "effective_bs": "2084-10-20", "owner": "Safety Officer", "review_due": "2085-10-20", "notes": ""},
        {"ref": "OPS-07", "title": "Rescue and Evacuation Procedure", "version": "3", "status": "In force",
         "effective_bs": "2084-06-01", "owner": "Safety Officer", "review_due": "2085-06-01", "notes": ""},
        {"ref": "OPS-09", "title": "Staff Kit Entitlement", "version": "2084", "status": "In force",
         "effective_bs": "2084-04-01", "owner": "Operations Manager", "review_due": "2085-04-01", "notes": ""},
        {"ref": "OPS-11", "title": "Spring Season Notice 2028", "version": "1", "status": "In force",
         "effective_bs": "2084-12-08", "owner": "Operations Manager", "review_due": "2085-03-01",
         "notes": "Valid for the spring season only."},
        {"ref": "SITE-01", "title": "Sanchar Lake Lodge and Pokhara Office Guide", "version": "2084", "status": "In force",
         "effective_bs": "2084-10-28", "owner": "Lodge Manager", "review_due": "2085-10-28", "notes": ""},
        {"ref": "SITE-02", "title": "Lukla Staff Hostel and Store Guide", "version": "2084", "status": "In force",
         "effective_bs": "2084-08-20", "owner": "Lukla Store In-charge", "review_due": "2085-08-20", "notes": ""},
        {"ref": "TRN-01", "title": "Driver and Vehicle Rules", "version": "2084-07", "status": "In force",
         "effective_bs": "2084-07-15", "owner": "Transport In-charge", "review_due": "2085-07-15", "notes": ""},
    ],
}

SUPPLIER = """OXYGENE ALTITUDE SERVICES S.A.R.L.
Matériel d'oxygène et caissons hyperbares portables
112, route des Praz - 74400 Chamonix-Mont-Blanc - France
Service après-vente: sav@oxygene-altitude.example

Chamonix, le 14 mars 2028
Réf.: OAS/NP/2028-031

To: Himal Sanchar Treks and Expeditions Pvt. Ltd., Thamel, Kathmandu
Attn.: Store In-charge and Safety Officer

Objet / Subject: Annual inspection of oxygen regulators, masks and portable altitude chambers (PAC)

Namaste and bonjour,

As every year, our technicians will inspect the oxygen equipment and the portable altitude chambers (PAC) we have
supplied to your company. This year the visit is made by Mme Hélène Bérard, technicienne, and M. François
Lefèvre-Gaillard, responsable du service après-vente.

1. DATES AND PLACE

The inspection will take place at your Thamel store from Sunday 9 April to Tuesday 11 April 2028, from 9h00 to
17h00 each day. Please bring every unit to Thamel by Friday 7 April 2028, including the units kept at the Lukla store
and at the Pokhara office. Units that are on a trek during these dates will be inspected at the Lukla store on
Saturday 20 May 2028 by M. Lefèvre-Gaillard, who will be in Khumbu for another client.

2. WHAT WE CHECK

Article                 Check                                        Result
Regulator OA-R 200      Leak test, flow at 0,5 / 1 / 2 / 4 l/min     Pass or replace
Mask and tubing         Cracks, valve, reservoir bag                 Pass or replace
Cylinder (4 l)          Date of the last pressure test               Test due after 5 years
PAC                     Pressure relief valves open at 0,14 bar,     Pass or repair
                        zip, pump, window, repair patches

3. REGULATORS OF THE FIRST SERIES

Regulators OA-R 200 with a serial number beginning with "R19" or "R20" (first series) can give less flow than shown
at the 4 l/min setting when the temperature is below -20 °C. These regulators must not be used above 4 500 m until
they are replaced. We replace them free of charge during the visit. If you have one of them on a trek now, please
tell the guide to use the 2 l/min setting only and to keep the regulator inside his jacket between uses.

4. AFTER THE VISIT

Every unit that passes gets a green label with the date of the visit. A unit with a red label must not leave the
store. Our report, with the list of serial numbers, is sent to the Safety Officer within 10 days of the visit. The
inspection is included in your service contract; spare parts are charged only when a part is damaged, not worn.

5. CONTACT

For questions before the visit please write to the service après-vente or ask your Safety Officer to call us. Mme
Bérard speaks English and French; M. Lefèvre-Gaillard also understands a little Nepali.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

François Lefèvre-Gaillard
Responsable du service après-vente
Oxygène Altitude Services S.A.R.L., Chamonix
"""


def write_latin1():
    data = SUPPLIER.encode("latin-1")
    assert not any(0x80 <= b <= 0x9F for b in data), "C1 control byte"
    try:
        data.decode("utf-8")
        raise AssertionError("should not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    out = os.path.join(HERE, "docs", "notices", "oxygene-altitude-inspection-notice.txt")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "wb") as fh:
        fh.write(data)
    print("wrote docs/notices/oxygene-altitude-inspection-notice.txt")


def write_json(name, obj):
    with open(os.path.join(DATA, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
    print("wrote docs/data/" + name)


def main():
    os.makedirs(DATA, exist_ok=True)
    write_csv("public-holidays-2028.csv", HOL_HEAD, HOLIDAYS)
    write_csv("field-allowance-rates-2084-85.csv", FA_HEAD, FIELD)
    write_csv("staff-kit-entitlement.csv", KIT_HEAD, KIT)
    write_json("staff-faq.json", FAQ)
    write_json("policy-register.json", REGISTER)
    write_latin1()


if __name__ == "__main__":
    main()
