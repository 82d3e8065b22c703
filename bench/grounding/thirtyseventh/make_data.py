#!/usr/bin/env python3
"""Write the three CSV tables and the two JSON exports under docs/data/ (reproducible: fixed text, no dates taken
from the clock). CSVs are comma-separated, CRLF, ASCII; JSON is UTF-8 with two-space indents."""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "docs", "data")

HOLIDAYS = [
    ["holiday", "date", "day", "status", "resorts", "head_office_and_reservations", "marine_base", "notes"],
    ["New Year's Day", "2028-01-03", "Monday", "Gazetted", "Open - normal operations",
     "Head Office closed; Reservations 8.00am-5.00pm", "All transfers run",
     "1 January 2028 is a Saturday, so the holiday is kept on Monday 3 January"],
    ["Good Friday", "2028-04-14", "Friday", "Gazetted", "Open - normal operations",
     "Head Office closed; Reservations 8.00am-5.00pm", "Staff boat runs; guest transfers G1 to G4 only", ""],
    ["Easter Saturday", "2028-04-15", "Saturday", "Gazetted", "Open - normal operations",
     "Head Office closed; Reservations 8.00am-5.00pm", "All transfers run", ""],
    ["Easter Monday", "2028-04-17", "Monday", "Gazetted", "Open - normal operations",
     "Head Office closed; Reservations 8.00am-5.00pm", "All transfers run", ""],
    ["Girmit Day", "2028-05-15", "Monday", "Gazetted", "Open - normal operations",
     "Head Office closed; Reservations 8.00am-5.00pm", "All transfers run",
     "14 May 2028 is a Sunday, so the holiday is kept on Monday 15 May"],
    ["Ratu Sir Lala Sukuna Day", "2028-05-30", "Tuesday", "Gazetted", "Open - normal operations",
     "Head Office closed; Reservations 8.00am-5.00pm", "All transfers run", ""],
    ["Prophet Mohammed's Birthday", "2028-08-07", "Monday", "Estimated", "Open - normal operations",
     "Head Office closed; Reservations 8.00am-5.00pm", "All transfers run",
     "Date depends on the moon; to be confirmed by Gazette notice and posted on Talanoa"],
    ["Fiji Day", "2028-10-10", "Tuesday", "Gazetted", "Open - Fiji Day lovo for guests and staff",
     "Head Office closed; Reservations 8.00am-5.00pm", "All transfers run; staff boat as normal",
     "Staff on duty wear their Fiji Day bula shirt"],
    ["Diwali", "2028-10-17", "Tuesday", "Estimated", "Open - diyas in the lobby from 6.00pm",
     "Head Office closed; Reservations 8.00am-5.00pm", "All transfers run; staff boat as normal",
     "To be confirmed by Gazette notice"],
    ["Christmas Day", "2028-12-25", "Monday", "Gazetted", "Open - Christmas lovo for guests",
     "Head Office and Reservations closed", "Guest transfers G1 to G4 only", ""],
    ["Boxing Day", "2028-12-26", "Tuesday", "Gazetted", "Open - normal operations",
     "Head Office closed; Reservations 8.00am-5.00pm", "No staff boat; the Tuesday staff boat runs on Wednesday 2028-12-27",
     ""],
]

ALLOWANCES = [
    ["code", "allowance", "who_can_claim", "basis", "amount_fjd", "limit_fjd", "effective_from", "notes"],
    ["MA-01", "Overtime meal allowance",
     "Wage staff working 2 hours or more of overtime after a full shift when the staff canteen is closed",
     "Per meal", "8.50", "", "2028-04-01", "Claim in MyNBR > Claims. Not paid on Nukuvou, where the staff kitchen serves the meal"],
    ["TR-01", "Late taxi fare", "Staff whose shift ends after the last staff carrier of the night",
     "Actual fare per trip", "Actual fare", "35.00", "2028-04-01",
     "Upload the receipt with the taxi's registration number in MyNBR > Claims within 30 days"],
    ["TR-02", "Fare allowance",
     "Head Office and Marine Base staff, and staff living outside the staff carrier routes (approved by People & Culture)",
     "Per shift worked", "4.00", "", "2028-04-01", "Paid automatically from ShiftMate clock records"],
    ["IS-01", "Island allowance", "Staff based on Nukuvou", "Per week on the island roster", "25.00", "",
     "2028-04-01", "Paid for each week you are rostered on the island, including days off on the island"],
    ["IS-02", "Boat day meal", "Nukuvou staff travelling on a staff boat day", "Per trip", "12.00", "",
     "2028-04-01", "Paid automatically from the BoatLog manifest"],
    ["DV-01", "Dive allowance", "Dive instructors and dive guides on wages", "Per dive led", "7.50", "",
     "2028-04-01", "Night dives 11.00 a dive. Recorded from the dive slate in BoatLog"],
    ["FA-01", "First aider allowance",
     "Staff appointed as site first aiders who hold a current first aid certificate", "Per week", "10.00", "",
     "2028-04-01", "Appointed by the Health & Safety Officer"],
    ["CY-01", "Cyclone stand-by allowance", "Staff asked by the Resort Manager to stay on site during a Cyclone Warning",
     "Per night on site", "40.00", "", "2028-04-01", "Meals and a bed are provided on site"],
    ["LN-01", "Uniform laundry allowance", "Nukuvou staff who wash their own uniforms", "Per week", "5.00", "",
     "2028-04-01", ""],
    ["PH-01", "Phone allowance", "Supervisors and managers on the call-out list", "Per month", "30.00", "",
     "2028-04-01", "Paid with the last wages or the salary of the month"],
    ["TL-01", "Own tools allowance", "Tradesmen using their own tools from the approved list", "Per week", "15.00",
     "", "2028-04-01", "List agreed with the Maintenance Manager"],
    ["ED-01", "Course fee support", "Permanent staff on an approved course (FNU, USP or APTC)", "Per year",
     "Half the fee", "600.00", "2028-04-01",
     "Approved by your Head of Department before you enrol; repaid if you leave within 12 months of finishing"],
]

BOATS = [
    ["run", "boat", "from", "depart", "to", "arrive", "days", "carries", "check_in_minutes", "notes"],
    ["F1", "Vonu", "Port Denarau", "06:00", "Nukuvou", "06:55", "Mon, Thu", "Fresh produce, supplies and cargo",
     "", "No passengers except Marine Base crew; cargo tagged at the Marine Base by 5.00pm the day before"],
    ["S1", "Vonu", "Port Denarau", "07:30", "Nukuvou", "08:25", "Tue, Fri", "Staff on rotation, supplies", "20",
     "Book in BoatLog by 4.00pm the day before; check in at the BoatLog desk on the Naiqoro pontoon"],
    ["G1", "Lomalagi", "Port Denarau", "09:00", "Nukuvou", "09:50", "Daily", "Guests; staff on standby", "30",
     "Connects with the morning flights; guests are met at Nadi airport by our drivers"],
    ["S2", "Vonu", "Nukuvou", "09:15", "Port Denarau", "10:10", "Tue, Fri", "Staff on rotation, laundry, waste",
     "20", "Check in at the island jetty with your bag weighed"],
    ["G2", "Lomalagi", "Nukuvou", "10:30", "Port Denarau", "11:20", "Daily", "Guests; staff on standby", "30",
     "Guests check out of their bure by 10.00am"],
    ["G3", "Lomalagi", "Port Denarau", "13:30", "Nukuvou", "14:20", "Daily", "Guests; staff on standby", "30", ""],
    ["G4", "Lomalagi", "Nukuvou", "15:00", "Port Denarau", "15:50", "Daily", "Guests; staff on standby", "30",
     "Last boat of the day from the island on Monday to Thursday"],
    ["G5", "Lomalagi", "Port Denarau", "17:00", "Nukuvou", "17:50", "Fri, Sat, Sun", "Guests only", "30",
     "Returns empty to Port Denarau; no staff standby"],
    ["D1", "Qio", "Korotogo jetty", "08:30", "Outer reef", "08:50", "Daily", "Guests diving and snorkelling", "30",
     "Check in at the Korotogo dive shop; back at about 11.30am"],
    ["D2", "Qio", "Korotogo jetty", "13:30", "Outer reef", "13:50", "Daily", "Guests diving and snorkelling", "30",
     "Check in at the Korotogo dive shop; back at about 4.30pm"],
    ["D3", "Ika", "Nukuvou jetty", "09:00", "Mamanuca reefs", "09:20", "Daily", "Guests diving and snorkelling",
     "30", "Check in at the Nukuvou dive shop"],
    ["D4", "Ika", "Nukuvou jetty", "14:00", "Mamanuca reefs", "14:20", "Mon to Sat", "Guests diving and snorkelling",
     "30", "No afternoon dive trip on Sunday"],
]

FAQ = {
    "export": {"source": "Talanoa FAQ", "exported_at": "2028-06-05T16:20:00+12:00", "items": "12"},
    "faqs": [
        {"id": "FAQ-01", "category": "Pay", "question": "Where do I see my payslip?",
         "answer": "In MyNBR > Pay > Payslips, from Thursday evening, the day before pay day. You can download a PDF for the bank.",
         "updated": "2028-03-06"},
        {"id": "FAQ-02", "category": "HR", "question": "How do I get a letter saying I work here?",
         "answer": "Request an employment letter in MyNBR > Requests > Letters. It is ready in 3 working days and is given only to you. People & Culture does not confirm anyone's job or pay over the phone.",
         "updated": "2027-11-13"},
        {"id": "FAQ-03", "category": "Security", "question": "I lost my staff ID card. What now?",
         "answer": "Report it to Security at your site on the same day. Security gives you a day pass until the new card is ready. A replacement card is $15.00, taken from your wages with your written consent.",
         "updated": "2028-01-22"},
        {"id": "FAQ-04", "category": "Benefits", "question": "Can my family stay at the resort?",
         "answer": "Yes, at Korotogo and Reef Lodge. Staff with 12 months' service get 2 stays a year of up to 2 nights each at 50% of the room rate, breakfast included, when rooms are free. Not in the peak periods. Nukuvou is not included. Book through Central Reservations on ext 1300.",
         "updated": "2028-02-19"},
        {"id": "FAQ-05", "category": "Rosters", "question": "I forgot to clock in or out. How do I fix it?",
         "answer": "Send a missed clock request in ShiftMate > My time within 48 hours. Your supervisor approves it. Hours without a clock record or an approved request are not paid.",
         "updated": "2028-04-03"},
        {"id": "FAQ-06", "category": "Boats", "question": "How do I book the staff boat?",
         "answer": "Book your seat in BoatLog (the link is on Talanoa) by 4.00pm the day before. Check in at the BoatLog desk on the Naiqoro pontoon at Port Denarau at least 20 minutes before departure.",
         "updated": "2028-05-15"},
        {"id": "FAQ-07", "category": "Boats", "question": "Can I take yaqona to the island?",
         "answer": "Yes. Yaqona counts in your 15 kg bag allowance. Sessions on the island are in the staff bure only and finish by 11.00pm.",
         "updated": "2028-05-15"},
        {"id": "FAQ-08", "category": "Training", "question": "Will the company help with my course fees?",
         "answer": "Permanent staff can get half the fee, up to $600.00 a year, for an approved course. See ED-01 in the Staff Allowances Table and get approval before you enrol.",
         "updated": "2028-04-03"},
        {"id": "FAQ-09", "category": "Rosters", "question": "How do I swap a shift?",
         "answer": "Agree it with a colleague who does the same job, then request it in ShiftMate > Swaps. The notice and the number of swaps allowed are different at each resort; see your resort's staff guide.",
         "updated": "2028-05-29"},
        {"id": "FAQ-10", "category": "HR", "question": "I moved house. Who do I tell?",
         "answer": "Update your address and phone number yourself in MyNBR > Profile within 7 days. Your carrier route may change; the Transport Supervisor (ext 2150) will tell you.",
         "updated": "2027-12-04"},
        {"id": "FAQ-11", "category": "Speak Up", "question": "How can I report something without giving my name?",
         "answer": "Call the Speak Up line on ext 1145. It is answered by the Employee Relations Officer, and you do not have to give your name.",
         "updated": "2027-08-30"},
        {"id": "FAQ-12", "category": "Pay", "question": "How is a public holiday paid if I work it?",
         "answer": "At double time, and you also get a day in lieu to take within 90 days. Book the day in lieu in ShiftMate. See the Wage Rates page and the public holidays list.",
         "updated": "2028-04-03"},
    ],
}

REGISTER = {
    "export": {"source": "Talanoa policy register", "exported_at": "2028-06-09T08:05:00+12:00", "records": "14"},
    "records": [
        {"ref": "HR-01", "title": "Staff Handbook: Bula and welcome", "version": "2028", "status": "In force",
         "effective": "2028-02-07", "owner": "People & Culture", "review_due": "2029-02-01",
         "notes": "Sites, who's who and privacy of personal details."},
        {"ref": "HR-02", "title": "Leave Policy", "version": "2028.1", "status": "In force",
         "effective": "2028-01-01", "owner": "People & Culture", "review_due": "2029-01-01",
         "notes": "Annual leave days raised; family care leave 5 days; cyclone recovery leave added."},
        {"ref": "HR-05", "title": "Standards of Conduct and Discipline", "version": "2027", "status": "In force",
         "effective": "2027-07-01", "owner": "People & Culture", "review_due": "2028-07-01",
         "notes": "Review started June 2028."},
        {"ref": "HR-07", "title": "Staff Allowances Table 2028", "version": "2028", "status": "In force",
         "effective": "2028-04-01", "owner": "Payroll", "review_due": "2029-04-01",
         "notes": "Claims in MyNBR. Laundry, boat day meal and own tools allowances added."},
        {"ref": "HR-08", "title": "Wage Rates and Penalty Rates", "version": "April 2028", "status": "In force",
         "effective": "2028-04-01", "owner": "Payroll", "review_due": "2029-04-01",
         "notes": "Published on Talanoa."},
        {"ref": "HR-09", "title": "Staff Christmas Fund and Tips Policy", "version": "2028", "status": "In force",
         "effective": "2028-03-01", "owner": "People & Culture and Finance", "review_due": "2029-03-01",
         "notes": "One group fund; counted monthly."},
        {"ref": "HR-10", "title": "Uniform and Grooming Standards", "version": "2028", "status": "In force",
         "effective": "2028-02-01", "owner": "People & Culture", "review_due": "2030-02-01", "notes": ""},
        {"ref": "OPS-03", "title": "Staff Transport", "version": "3", "status": "In force",
         "effective": "2027-09-04", "owner": "Transport Supervisor", "review_due": "2028-09-01",
         "notes": "Carrier contracts renewed to August 2029."},
        {"ref": "OPS-06", "title": "Cultural Protocol for Staff and Guests", "version": "2", "status": "In force",
         "effective": "2027-11-20", "owner": "Guest Experience", "review_due": "2029-11-01",
         "notes": "Agreed with the turaga ni koro of Nakorovou and Yaro."},
        {"ref": "MAR-01", "title": "Boat Transfer and Manifest Rules", "version": "2028", "status": "In force",
         "effective": "2028-05-15", "owner": "Marine Operations", "review_due": "2029-05-01",
         "notes": "Bookings and manifests in BoatLog."},
        {"ref": "ACT-03", "title": "Dive and Snorkel Safety Procedure", "version": "Issue 4", "status": "In force",
         "effective": "2028-05-01", "owner": "Dive & Activities", "review_due": "2029-05-01",
         "notes": "Ratios, wind limit, oxygen kit checks and the flying rule changed."},
        {"ref": "HS-01", "title": "Health and Safety at Work", "version": "2028", "status": "In force",
         "effective": "2028-01-10", "owner": "Health & Safety Officer", "review_due": "2029-01-10", "notes": ""},
        {"ref": "HS-04", "title": "Cyclone Season Plan", "version": "2027-28", "status": "In force",
         "effective": "2027-10-23", "owner": "General Manager Operations", "review_due": "2028-10-01",
         "notes": "Reviewed before every cyclone season."},
        {"ref": "IT-01", "title": "IT Acceptable Use and Passwords", "version": "4", "status": "In force",
         "effective": "2027-06-01", "owner": "IT Manager", "review_due": "2028-06-01",
         "notes": "Review overdue; current version stays in force."},
    ],
}


def write_csv(name, rows):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    data = buf.getvalue().encode("ascii")
    with open(os.path.join(DATA, name), "wb") as fh:
        fh.write(data)


def write_json(name, obj):
    data = (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    with open(os.path.join(DATA, name), "wb") as fh:
        fh.write(data)


def main():
    os.makedirs(DATA, exist_ok=True)
    write_csv("public-holidays-2028.csv", HOLIDAYS)
    write_csv("staff-allowances-2028.csv", ALLOWANCES)
    write_csv("boat-schedule.csv", BOATS)
    write_json("talanoa-faq.json", FAQ)
    write_json("policy-register.json", REGISTER)
    print("wrote 3 CSV and 2 JSON files under docs/data/")


if __name__ == "__main__":
    main()
