#!/usr/bin/env python3
"""Build the three CSV tables and the two JSON exports in docs/data/ (standard library only, deterministic).

CSVs: comma-separated, quoted where a cell holds a comma, CRLF line ends, ASCII. JSONs: UTF-8, indent 2.
"""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "data")

HOLIDAYS = [
    ["holiday", "date", "day", "head_office", "dry_mill", "buying_points", "lae_warehouse", "notes"],
    ["New Year's Day", "2028-01-01", "Saturday", "Closed", "Closed", "Closed", "Closed",
     "Falls on a Saturday; no day in lieu"],
    ["Remembrance Day of the Late First Prime Minister (Grand Chief Sir Michael Somare)", "2028-02-26",
     "Saturday", "Closed", "Closed", "Closed", "Closed",
     "Falls on a Saturday; no day in lieu unless the Government gazettes one"],
    ["Good Friday", "2028-04-14", "Friday", "Closed", "Closed", "Closed", "Closed", ""],
    ["Easter Saturday", "2028-04-15", "Saturday", "Closed", "Closed", "Closed", "Closed", ""],
    ["Easter Sunday", "2028-04-16", "Sunday", "Closed", "Closed", "Closed", "Closed", ""],
    ["Easter Monday", "2028-04-17", "Monday", "Closed", "Closed", "Closed", "Closed", ""],
    ["King's Birthday", "2028-06-12", "Monday", "Closed", "Day shift only, 6.00 a.m. - 2.00 p.m.", "Closed",
     "Closed", "Flush season: mill staff rostered on the day are paid double time and get a day off in lieu"],
    ["National Remembrance Day", "2028-07-24", "Monday", "Closed", "Day shift only, 6.00 a.m. - 2.00 p.m.",
     "Closed", "Open 7.00 a.m. - 12 noon for container packing",
     "23 July is a Sunday, so the holiday is kept on Monday 24 July; rostered staff are paid double time"],
    ["National Repentance Day", "2028-08-26", "Saturday", "Closed", "Closed", "Closed (no Saturday buying)",
     "Closed", "Falls on a Saturday; no day in lieu"],
    ["Independence Day", "2028-09-16", "Saturday", "Closed", "Closed", "Closed", "Closed",
     "Falls on a Saturday; no day in lieu unless the Government gazettes one. Watch RidgeNet for any notice"],
    ["Christmas Day", "2028-12-25", "Monday", "Closed", "Closed", "Closed", "Closed",
     "Mill and warehouse closed from Saturday 23 December; reopen Tuesday 2 January 2029"],
    ["Boxing Day", "2028-12-26", "Tuesday", "Closed", "Closed", "Closed", "Closed", ""],
]

ALLOWANCES = [
    ["code", "item", "who_can_claim", "basis", "currency", "amount", "limit", "effective_from", "notes"],
    ["MA-01", "Meal allowance (day trip)", "Staff away from their base on company business for more than 8 hours",
     "Per day", "PGK", "25.00", "", "2028-01-01", "Not paid when the company provides a meal"],
    ["TA-01", "Overnight travel allowance", "Staff who stay away from home overnight on company business",
     "Per night", "PGK", "120.00", "", "2028-01-01", "Covers dinner, breakfast and incidentals"],
    ["LO-01", "Lodging in Lae", "Staff travelling to Lae on company business", "Per night", "PGK", "Actual cost",
     "280.00", "2028-01-01", "Approved guest house booked by the Transport Supervisor; receipt required"],
    ["LO-02", "Lodging elsewhere in PNG", "Staff travelling on company business outside Goroka and Lae",
     "Per night", "PGK", "Actual cost", "220.00", "2028-01-01", "Receipt required"],
    ["BP-01", "Remote buying point allowance", "Buying point officers and clerks at Okapa and Lufa",
     "Per buying day", "PGK", "15.00", "", "2028-01-01", "Paid automatically from the BuyBook roster"],
    ["SB-01", "Weekend standby", "Drivers, mechanics and mill electricians rostered on standby", "Per day",
     "PGK", "40.00", "", "2028-01-01", "Call-out hours are paid on top at the overtime rate"],
    ["KM-01", "Private vehicle use", "Staff asked in writing to use their own vehicle", "Per km", "PGK", "1.10",
     "", "2028-01-01", "Odometer readings on the claim; not for travel between home and work"],
    ["BO-01", "Safety boots", "Mill, warehouse and buying point staff", "Per year", "PGK", "Actual cost",
     "180.00", "2028-01-01", "Steel-capped boots from an approved store; receipt required"],
    ["RG-01", "Rain gear", "Buying point staff and truck crews", "Every 2 years", "PGK", "Actual cost", "95.00",
     "2028-01-01", "Raincoat and gumboots"],
    ["PH-01", "Phone credit", "Staff approved to use their own phone for work", "Per month", "PGK", "30.00", "",
     "2028-01-01", "Not paid to staff who have a company SIM"],
    ["FC-01", "Funeral contribution", "Staff whose spouse, child or parent dies", "Once per death", "PGK",
     "500.00", "", "2028-01-01", "Paid with the next pay; apply in PeoplePoint with the death notice"],
]

BUYING_POINTS = [
    ["code", "buying_point", "district", "officer", "ext", "buying_days", "hours", "saturday_in_flush",
     "parchment_2027_tonnes", "road_from_goroka", "notes"],
    ["BP-A", "Asaro", "Daulo District", "Mr Moses Oiyo", "301", "Monday, Wednesday, Friday",
     "8.00 a.m. - 3.00 p.m.", "Yes", "1140", "Highlands Highway west, sealed all the way",
     "Busiest buying point; two clerks in the flush and a second scale on Fridays"],
    ["BP-B", "Bena", "Unggai-Bena District", "Ms Miriam Sabo", "302", "Tuesday, Thursday",
     "8.30 a.m. - 2.30 p.m.", "Yes", "620", "Sealed road, then 6 km of gravel",
     "Growers often bring wet parchment after rain; test every bag"],
    ["BP-H", "Henganofi", "Henganofi District", "Mr Wesley Kunai", "303", "Monday, Thursday",
     "8.00 a.m. - 2.00 p.m.", "Yes", "710", "Highlands Highway east", "Shed beside the Highlands Highway; growers' trucks and PMVs park off the road, never on the shoulder"],
    ["BP-K", "Kainantu", "Kainantu District", "Ms Grace Timothy", "304", "Monday to Friday",
     "7.30 a.m. - 3.30 p.m.", "Yes", "980", "Highlands Highway east",
     "New certified scale from 13/06/2028; Lae trucks wait here when the highway is closed"],
    ["BP-O", "Okapa", "Okapa District", "Mr Lazarus Ipu", "305", "Tuesday, Friday", "9.00 a.m. - 2.00 p.m.",
     "No", "430", "Highlands Highway east, then the Okapa road (gravel)",
     "Remote allowance paid; the road can close after heavy rain, so check with the Buying Manager"],
    ["BP-L", "Lufa", "Lufa District", "Mrs Helen Koni", "306", "Wednesday", "9.00 a.m. - 1.30 p.m.", "No",
     "260", "Lufa road (gravel, steep in places)", "Remote allowance paid; cash run leaves Goroka at 5.30 a.m. and the shed opens only when it arrives"],
]

FAQ = {
    "export": {"system": "RidgeNet", "collection": "Staff FAQ", "exported_at": "2028-06-12T09:15:00+10:00",
               "items": "12"},
    "faqs": [
        {"id": "FAQ-01", "category": "Pay",
         "question": "Where do I find my payslip?",
         "answer": "In PeoplePoint > Pay > Payslips, from the Wednesday before each pay day. Payslips are not "
                   "printed any more.", "updated": "2028-02-01"},
        {"id": "FAQ-02", "category": "Pay",
         "question": "How do I change the bank account my pay goes into?",
         "answer": "Change it in PeoplePoint > My details > Bank and upload a letter or statement from your bank. "
                   "Changes made by Monday 12 noon of the pay week take effect on that pay day. Your pay can only "
                   "go to an account in your own name.", "updated": "2028-02-01"},
        {"id": "FAQ-03", "category": "Pay",
         "question": "My overtime is missing from my pay. What do I do?",
         "answer": "Check in PeoplePoint > My time whether your supervisor approved the hours. Hours approved after "
                   "Monday 12 noon of the pay week are paid in the next pay. If the hours were approved and are "
                   "still missing, tell Payroll (ext 120) within 14 days of the pay day.", "updated": "2028-03-10"},
        {"id": "FAQ-04", "category": "HR",
         "question": "I need a letter confirming my job for a bank loan. How do I get one?",
         "answer": "Ask for an employment letter in PeoplePoint > Requests. HR prepares it within 3 working days and "
                   "gives it only to you. HR does not confirm anyone's job or pay over the phone.",
         "updated": "2027-11-20"},
        {"id": "FAQ-05", "category": "HR",
         "question": "I lost my ID badge. What happens?",
         "answer": "Report it to the Safety & Security Officer (ext 150) the same day. A replacement badge costs "
                   "K20.00, deducted from your next pay. A badge damaged at work is replaced free.",
         "updated": "2027-11-20"},
        {"id": "FAQ-06", "category": "Shifts",
         "question": "Can I swap a shift with a workmate?",
         "answer": "Yes, with a workmate in the same grade who does the same job. Both of you agree, and your "
                   "supervisor approves the swap in PeoplePoint > Roster at least 24 hours before the shift.",
         "updated": "2028-05-30"},
        {"id": "FAQ-07", "category": "Shifts",
         "question": "I missed the staff bus. Will the company pay my PMV fare?",
         "answer": "No. The staff bus is free, but if you miss it you make your own way to work and PMV fares are "
                   "not paid back. Tell your supervisor if you will be late.", "updated": "2028-05-30"},
        {"id": "FAQ-08", "category": "Money",
         "question": "How do I ask for a salary advance?",
         "answer": "Apply in PeoplePoint > Money > Salary advance. The limits and payment days are in the Staff "
                   "Loans, Advances and School Fees Policy (HR-07).", "updated": "2028-01-05"},
        {"id": "FAQ-09", "category": "Buying",
         "question": "Can I sell coffee from my own family garden to the company?",
         "answer": "Yes, like any grower, with your own grower ID card. Sell it at a buying point where you do not "
                   "work, or have another officer weigh, test and pay for it, and declare it in BuyBook.",
         "updated": "2027-09-14"},
        {"id": "FAQ-10", "category": "Buying",
         "question": "Who sets the buying price each day?",
         "answer": "The Buying Manager sets the day's price per kg from the export price and the exchange rate and "
                   "sends it to BuyBook by 7.00 a.m. Officers write it on the price board. Officers may not change "
                   "the price.", "updated": "2028-03-01"},
        {"id": "FAQ-11", "category": "Safety",
         "question": "I hurt my hand at work but it is only small. Do I still report it?",
         "answer": "Yes. Report every injury and every near miss in PeoplePoint within 24 hours, even a small cut. "
                   "Small injuries that are not reported cannot be covered later.", "updated": "2028-02-12"},
        {"id": "FAQ-12", "category": "Privacy",
         "question": "Who can see my personal details?",
         "answer": "Only HR, and your supervisor for what is needed for rosters and leave. HR never gives your "
                   "address, phone number, NASFUND number, bank details, medical information, family details or "
                   "pay to other staff or to callers.", "updated": "2027-11-20"},
    ],
}

REGISTER = {
    "register": {"title": "Kumul Ridge Coffee Limited - policy and procedure register", "exported": "2028-06-05",
                 "owner": "HR Manager", "records": "13"},
    "records": [
        {"ref": "HR-01", "title": "Welcome to Kumul Ridge Coffee (staff handbook part 1)", "version": "2028",
         "status": "In force", "effective": "2028-02-05", "withdrawn": "", "owner": "HR Manager",
         "notes": "Reviewed every year."},
        {"ref": "HR-03", "title": "Leave policy (2028 edition)", "version": "2028", "status": "In force",
         "effective": "2028-01-01", "withdrawn": "", "owner": "HR Manager",
         "notes": "Annual leave, sick leave, bereavement, maternity and paternity leave, home leave fare."},
        {"ref": "HR-05", "title": "Code of conduct and discipline", "version": "2027", "status": "In force",
         "effective": "2027-07-01", "withdrawn": "", "owner": "HR Manager",
         "notes": "Reviewed 2028-01-15 with no change."},
        {"ref": "HR-07", "title": "Staff Loans, Advances and School Fees Policy", "version": "Revision 3",
         "status": "In force", "effective": "2028-01-01", "withdrawn": "", "owner": "HR Manager",
         "notes": "School fee loans also open for Term 3."},
        {"ref": "HR-09", "title": "Pay rates and overtime", "version": "January 2028", "status": "In force",
         "effective": "2028-01-01", "withdrawn": "", "owner": "Finance Manager",
         "notes": "RidgeNet page."},
        {"ref": "FIN-02", "title": "Allowances and Rates Table 2028", "version": "2028", "status": "In force",
         "effective": "2028-01-01", "withdrawn": "", "owner": "Finance Manager",
         "notes": "Claims in PeoplePoint within 30 days, with receipts."},
        {"ref": "BUY-01", "title": "Cash buying procedure at the buying points", "version": "2028",
         "status": "In force", "effective": "2028-03-01", "withdrawn": "", "owner": "Buying Manager",
         "notes": "Floats, moisture bands, payments and closing the day."},
        {"ref": "MILL-02", "title": "Parchment Receival and Grading Procedure", "version": "Version 3",
         "status": "In force", "effective": "2027-11-01", "withdrawn": "", "owner": "Quality Manager",
         "notes": "Word document held by the Quality Manager."},
        {"ref": "MILL-02", "title": "Parchment receival and grading procedure", "version": "2024",
         "status": "Withdrawn", "effective": "2024-07-01", "withdrawn": "2027-11-01", "owner": "Quality Manager",
         "notes": "Withdrawn when Version 3 took effect. Do not use its moisture bands or out-turn limits."},
        {"ref": "OPS-04", "title": "Highlands Highway travel rules", "version": "March 2028",
         "status": "In force", "effective": "2028-03-01", "withdrawn": "", "owner": "Transport Supervisor",
         "notes": "RidgeNet page."},
        {"ref": "SAF-01", "title": "Safety at the Goroka Dry Mill", "version": "2028", "status": "In force",
         "effective": "2028-02-12", "withdrawn": "", "owner": "Safety & Security Officer",
         "notes": "RidgeNet page."},
        {"ref": "ADM-03", "title": "Staff housing and the staff bus", "version": "2028", "status": "In force",
         "effective": "2028-04-17", "withdrawn": "", "owner": "HR Manager",
         "notes": "Rent is deducted each fortnight."},
        {"ref": "IT-01", "title": "IT help desk and acceptable use", "version": "2028", "status": "In force",
         "effective": "2028-05-22", "withdrawn": "", "owner": "IT Officer",
         "notes": "Passwords, company phones and tablets."},
    ],
}


def write_csv(name, rows):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    data = buf.getvalue()
    data.encode("ascii")
    with open(os.path.join(OUT, name), "w", encoding="ascii", newline="") as fh:
        fh.write(data)
    print("wrote", os.path.join("docs", "data", name))


def write_json(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
    print("wrote", os.path.join("docs", "data", name))


def main():
    os.makedirs(OUT, exist_ok=True)
    write_csv("public-holidays-2028.csv", HOLIDAYS)
    write_csv("allowances-and-rates-2028.csv", ALLOWANCES)
    write_csv("buying-points.csv", BUYING_POINTS)
    write_json("staff-faq.json", FAQ)
    write_json("policy-register.json", REGISTER)


if __name__ == "__main__":
    main()
