#!/usr/bin/env python3
"""Builds the CoolNet HTML pages, the three CSV tables, the two JSON exports and the Latin-1 heat notice.

Standard library only; the output is the same on every run (no dates are taken from the clock).
Run from anywhere: python3 build_docs.py
"""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

NAV = [("index.html", "Home"), ("pay-rates.html", "Pay rates"), ("flights-and-travel.html", "Flights &amp; travel"),
       ("village-rules.html", "Village rules"), ("fatigue-management.html", "Fatigue"),
       ("cyclone-and-wet-season.html", "Cyclones &amp; the wet")]

STYLE = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff}
header.top{background:#7a2e0e;color:#fff;padding:8px 16px;display:flex;gap:24px;align-items:center}
header.top a{color:#fff}nav.main ul,ul.tools{list-style:none;display:flex;gap:16px;margin:0;padding:0}
nav.main{background:#e9d8c4;padding:6px 16px}nav.main a[aria-current]{font-weight:bold}
.crumbs{padding:4px 16px;font-size:90%}.wrap{display:flex;gap:24px;padding:0 16px}main{flex:3}
aside.contacts{flex:1;background:#f6efe6;padding:8px 12px;font-size:90%}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #999;padding:4px 6px;vertical-align:top}
caption{font-weight:bold;text-align:left}footer{border-top:1px solid #999;margin-top:16px;padding:8px 16px;font-size:85%}"""


def page(name, title, crumb, body, owner, updated, year, nav=NAV):
    links = []
    for href, label in nav:
        cur = ' aria-current="page"' if href == name else ""
        links.append(f'<li><a href="{href}"{cur}>{label}</a></li>')
    crumbs = "" if name == "index.html" else f'<p class="crumbs"><a href="index.html">CoolNet</a> &raquo; {crumb}</p>\n'
    html = f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>{title} - CoolNet</title>
<style>
{STYLE}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<img src="/assets/coolabah-logo.png" alt="Coolabah Haulage" width="160" height="40">
<form class="search" action="/search" method="get"><label for="q">Search CoolNet</label> <input id="q" name="q" type="search"> <button type="submit">Search</button></form>
<ul class="tools"><li><a href="https://rostermate.coolabahhaulage.com.au/">RosterMate</a></li><li><a href="https://safetrack.coolabahhaulage.com.au/">SafeTrack</a></li><li><a href="https://roomkey.coolabahhaulage.com.au/">RoomKey</a></li><li><a href="https://mail.coolabahhaulage.com.au/">Webmail</a></li><li><a href="/logout">Sign out</a></li></ul>
</header>
<nav class="main" aria-label="Main"><ul>{''.join(links)}</ul></nav>
{crumbs}<div class="wrap">
<main id="main">
{body.strip()}
</main>
<aside class="contacts">
<h2>Quick contacts</h2>
<ul>
<li>Emergency on site: UHF channel 5 or ext 5000</li>
<li>Village reception (24 hours): ext 5100</li>
<li>Site medic: ext 5111</li>
<li>Security: ext 5120</li>
<li>Travel desk, Perth: ext 2230</li>
<li>Payroll: ext 2240</li>
<li>HR: ext 2200</li>
<li>Speak Up line: ext 2299</li>
<li>Off site emergency: 000</li>
</ul>
</aside>
</div>
<footer>
<p>Page owner: {owner} &middot; Last updated: {updated}</p>
<p>&copy; {year} Coolabah Haulage Pty Ltd &middot; Level 6, 214 Adelaide Terrace, Perth WA 6000 &middot; Yandee Downs Village, via Newman WA 6753</p>
</footer>
<script>document.getElementById('q').placeholder = 'Search policies, rosters and forms';</script>
</body>
</html>
"""
    assert html.isascii(), name
    return html


INDEX = """
<h1>CoolNet home</h1>
<p class="lead">Wednesday 9 August 2028. G'day from the Perth office and Yandee Downs. CoolNet is where you find the rules, rates and rosters for everyone at Coolabah Haulage &ndash; haul crews, village services, the Newman depot and the Perth office.</p>
<h2>News</h2>
<article>
<h3>New pay rates from 1 July 2028</h3>
<p>The second increase under the Coolabah Haulage Operations Enterprise Agreement 2027 (3.5%) is in your pay, and the night shift loading has gone up. See <a href="pay-rates.html">Pay rates</a> for your level.</p>
</article>
<article>
<h3>Crusher shutdown, 21 to 24 August</h3>
<p>The Marra Ridge crusher is down for its six-monthly maintenance. The road train haul stops for four days and road train crews do refresher training at the village. The Haul Superintendent's notice went to all crews on 7 August.</p>
</article>
<article>
<h3>Two new public holidays this year</h3>
<p>From 2028 Western Australia has Easter Saturday and Show Day as public holidays, and Labour Day, the King's Birthday and WA Day have moved. Show Day is Monday 25 September 2028 and WA Day is Monday 13 November 2028. Rostered crews work as usual and are paid at the public holiday rate.</p>
</article>
<article>
<h3>Getting ready for the wet</h3>
<p>Cyclone season runs from 1 November to 30 April. Everyone on site does the cyclone briefing in October. Check <a href="cyclone-and-wet-season.html">Cyclones and the wet</a> for the site stages.</p>
</article>
<h2>Coming up</h2>
<table>
<caption>Coming up at Coolabah Haulage</caption>
<thead><tr><th scope="col">Date</th><th scope="col">What</th><th scope="col">Who</th></tr></thead>
<tbody>
<tr><td>Thu 10/08/2028</td><td>Payday</td><td rowspan="2">Everyone</td></tr>
<tr><td>Thu 24/08/2028</td><td>Payday</td></tr>
<tr><td>Mon 21/08/2028 to Thu 24/08/2028</td><td>Crusher shutdown at Marra Ridge: no hauling to Kalli Siding</td><td>Road train and pit crews</td></tr>
<tr><td>Fri 01/09/2028</td><td>Christmas and New Year swing swap requests close</td><td>All rostered crews</td></tr>
<tr><td>Mon 25/09/2028</td><td>Show Day public holiday</td><td rowspan="2">Everyone</td></tr>
<tr><td>Mon 13/11/2028</td><td>WA Day public holiday</td></tr>
<tr><td>Mon 02/10/2028 to Fri 13/10/2028</td><td>Cyclone briefings in the Mess after dinner and after brekkie</td><td>Everyone on site</td></tr>
</tbody>
</table>
<h2>Quick links</h2>
<ul>
<li><a href="https://rostermate.coolabahhaulage.com.au/">RosterMate</a> &ndash; roster, flights, leave, claims and payslips</li>
<li><a href="https://safetrack.coolabahhaulage.com.au/">SafeTrack</a> &ndash; prestarts, hazards and incidents</li>
<li><a href="https://roomkey.coolabahhaulage.com.au/">RoomKey</a> &ndash; your room, maintenance and special diets</li>
</ul>
"""


def rate_rows(rates, loading):
    out = []
    for group, rows in rates:
        for i, (level, role, base) in enumerate(rows):
            night = round(base * (1 + loading) + 1e-9, 2)
            ph = round(base * 2.5 + 1e-9, 2)
            g = f'<th scope="rowgroup" rowspan="{len(rows)}">{group}</th>' if i == 0 else ""
            out.append(f'<tr>{g}<th scope="row">{level}</th><td>{role}</td><td>${base:.2f}</td>'
                       f'<td>${night:.2f}</td><td>${ph:.2f}</td></tr>')
    return "\n".join(out)


RATES_2028 = [("Haul operations", [("L1", "Trainee operator", 44.20), ("L2", "Haul truck operator (pit)", 49.85),
                                   ("L3", "Road train driver (MC licence)", 54.60),
                                   ("L4", "Leading hand or trainer", 58.90)]),
              ("Village services", [("VS1", "Housekeeper, utility", 36.40), ("VS2", "Cook, bus driver", 40.15),
                                    ("VS3", "Chef, village supervisor", 45.70)])]
RATES_2027 = [("Haul operations", [("L1", "Trainee operator", 42.70), ("L2", "Haul truck operator (pit)", 48.15),
                                   ("L3", "Road train driver (MC licence)", 52.75),
                                   ("L4", "Leading hand or trainer", 56.90)]),
              ("Village services", [("VS1", "Housekeeper, utility", 35.15), ("VS2", "Cook, bus driver", 38.80),
                                    ("VS3", "Chef, village supervisor", 44.15)])]


def pay_body(h1, lead, rates, loading_pct, loading, cb_haul, cb_village, approval, date_caption):
    return f"""
<h1>{h1}</h1>
<p class="lead">{lead}</p>
<table>
<caption>Hourly rates from {date_caption}</caption>
<thead>
<tr><th scope="col" rowspan="2">Group</th><th scope="col" rowspan="2">Level</th><th scope="col" rowspan="2">Role</th><th scope="colgroup" colspan="3">Rate per hour</th></tr>
<tr><th scope="col">Base</th><th scope="col">Night shift (base + {loading_pct})</th><th scope="col">Public holiday (2.5 &times;)</th></tr>
</thead>
<tbody>
{rate_rows(rates, loading)}
</tbody>
</table>
<h2>Overtime, loadings and call-backs</h2>
<table>
<caption>Penalty rates and loadings from {date_caption}</caption>
<thead><tr><th scope="col">Payment</th><th scope="col">Haul operations (L1 to L4)</th><th scope="col">Village services (VS1 to VS3)</th></tr></thead>
<tbody>
<tr><th scope="row">Overtime, first 2 hours</th><td colspan="2">1.5 &times; base</td></tr>
<tr><th scope="row">Overtime, after 2 hours</th><td colspan="2">2 &times; base</td></tr>
<tr><th scope="row">Night shift loading</th><td colspan="2">{loading_pct} of base, for every hour of a night shift</td></tr>
<tr><th scope="row">Public holiday worked</th><td colspan="2">2.5 &times; base</td></tr>
<tr><th scope="row">Call-back</th><td>2 &times; base, paid for a minimum of {cb_haul}</td><td>2 &times; base, paid for a minimum of {cb_village}</td></tr>
<tr><th scope="row">Annual leave loading</th><td colspan="2">17.5%</td></tr>
</tbody>
</table>
<h2>Good to know</h2>
<ul>
<li>{approval}</li>
<li>Allowances (leading hand, triple road train, first aid, ERT and others) are in the Allowances and Rates Table.</li>
<li>Travel days are paid under the FIFO Travel Policy (HR-05).</li>
<li>Superannuation is paid on top of these rates, at the Superannuation Guarantee rate.</li>
<li>Questions about your pay: Payroll, ext 2240.</li>
</ul>
"""


PAY = pay_body(
    "Pay rates",
    "Rates from 1 July 2028 under the Coolabah Haulage Operations Enterprise Agreement 2027, approved by the Fair "
    "Work Commission. These are minimum rates; your contract may pay more. All amounts are in Australian dollars, "
    "before tax.",
    RATES_2028, "15%", 0.15, "4 hours", "3 hours",
    "Overtime is paid only when your supervisor approves it in RosterMate before the end of the shift.",
    "1 July 2028")

PAY_OLD = pay_body(
    "Pay rates (archived)",
    "Rates from 1 July 2027 under the Coolabah Haulage Operations Enterprise Agreement 2027, approved by the Fair "
    "Work Commission. These are minimum rates; your contract may pay more. All amounts are in Australian dollars, "
    "before tax.",
    RATES_2027, "12.5%", 0.125, "3 hours", "2 hours",
    "Overtime is paid only when your supervisor signs it off on the paper timesheet at the end of the shift.",
    "1 July 2027")

FLIGHTS = """
<h1>Flights and travel</h1>
<p class="lead">All FIFO travel between Perth and Marra Ridge is on the Spinifex Air charter, booked for you by the Travel desk from your roster. This page is a summary of the FIFO Travel Policy (HR-05, Revision C); if the two ever disagree, the policy wins.</p>
<table>
<caption>Spinifex Air charter timetable, from 6 March 2028</caption>
<thead>
<tr><th scope="col" rowspan="2">Day</th><th scope="colgroup" colspan="3">Perth to Marra Ridge</th><th scope="colgroup" colspan="3">Marra Ridge to Perth</th><th scope="col" rowspan="2">Mainly for</th></tr>
<tr><th scope="col">Flight</th><th scope="col">Departs</th><th scope="col">Arrives</th><th scope="col">Flight</th><th scope="col">Departs</th><th scope="col">Arrives</th></tr>
</thead>
<tbody>
<tr><th scope="row">Monday</th><td>SPX411</td><td>0615</td><td>0810</td><td>SPX412</td><td>0900</td><td>1050</td><td>Village services (8:6)</td></tr>
<tr><th scope="row">Tuesday</th><td>SPX421</td><td>0600</td><td>0755</td><td>SPX422</td><td>0845</td><td>1040</td><td>Pit crews (2:1)</td></tr>
<tr><th scope="row" rowspan="2">Wednesday</th><td>SPX431</td><td>0600</td><td>0755</td><td>SPX432</td><td>0845</td><td>1040</td><td>Road train crews (2:1)</td></tr>
<tr><td>SPX435</td><td>1330</td><td>1525</td><td>SPX436</td><td>1615</td><td>1810</td><td>Contractors and overflow</td></tr>
<tr><th scope="row">Thursday</th><td>SPX441</td><td>0630</td><td>0825</td><td>SPX442</td><td>0915</td><td>1105</td><td>Village services (8:6), Perth office visits</td></tr>
<tr><th scope="row">Friday to Sunday</th><td colspan="7">No scheduled charter. Extra flights are added for shutdowns and after a cyclone.</td></tr>
</tbody>
</table>
<h2>Before you fly</h2>
<ul>
<li>Check in at the Spinifex Air charter lounge at Perth Airport. Check-in closes 45 minutes before departure.</li>
<li>Bring photo ID (driver's licence or passport) and your Coolabah ID card.</li>
<li>One checked bag up to 20 kg and one carry-on bag up to 7 kg. Nothing else goes on the plane.</li>
<li>Random breath tests are done at the charter check-in. See the Drug and Alcohol Policy (HSE-03).</li>
</ul>
<h2>Getting to the airport</h2>
<p>Your point of hire is Perth Airport. If you live more than 150 km from Perth Airport you can claim the point-of-hire travel allowance (TA-01 in the Allowances and Rates Table) for the drive there and back. Claim it in RosterMate &gt; Claims within 30 days. You may not drive to site or home from site: everyone flies.</p>
<h2>At Marra Ridge</h2>
<p>The village bus meets every charter at the Marra Ridge aerodrome; it is about 20 minutes to Yandee Downs. On fly-out day the bus leaves the village 90 minutes before the flight.</p>
<h2>Changes, delays and missed flights</h2>
<p>Ask for a travel change in RosterMate &gt; Travel at least 7 days before the flight. If you are running late or are sick on the morning of a flight, ring the Travel desk (ext 2230, 5.00 am to 7.00 pm, Monday to Saturday). Missing a charter through your own fault costs you a rebooking charge and your pay until you reach site.</p>
"""

VILLAGE = """
<h1>Yandee Downs Village rules</h1>
<p class="lead">Yandee Downs has 412 rooms in wings A to L, about 96 km north-west of Newman. It is a closed village: only people with a RoomKey booking may be here. These rules apply from 1 April 2027 to every resident, employee and contractor.</p>
<table>
<caption>Facilities and hours</caption>
<thead><tr><th scope="col">Area</th><th scope="col">Facility</th><th scope="col">Hours</th><th scope="col">Notes</th></tr></thead>
<tbody>
<tr><th scope="rowgroup" rowspan="3">Food and drink</th><td>Mess</td><td>See Crib room and meals</td><td>Clean boots or thongs only</td></tr>
<tr><td>The Dusty Emu (wet mess)</td><td>4.00 pm to 9.00 pm</td><td>No more than 4 full-strength or 6 mid-strength drinks a night. No takeaway.</td></tr>
<tr><td>Caf&eacute; Spinifex</td><td>4.30 am to 7.00 pm</td><td>Coffee, cold drinks and snacks</td></tr>
<tr><th scope="rowgroup" rowspan="3">Recreation</th><td>Gym</td><td>24 hours</td><td>Do the gym induction at reception first</td></tr>
<tr><td>Pool</td><td>5.00 am to 8.30 pm</td><td>No glass, no diving</td></tr>
<tr><td>Oval and cricket nets</td><td>Daylight only</td><td>Bats and balls from reception</td></tr>
<tr><th scope="rowgroup" rowspan="2">Services</th><td>Village shop</td><td>4.30 am to 7.30 am and 4.00 pm to 8.00 pm</td><td>Toiletries, work socks, snacks; cards only</td></tr>
<tr><td>Site medic</td><td>5.00 am to 8.00 pm</td><td>Medical room, building 2. After hours, call Security on ext 5120</td></tr>
<tr><th scope="row">Transport</th><td>Site bus</td><td colspan="2">Leaves the village bus bay at 5.15 am and 5.15 pm; leaves the Marra Ridge go-line for the village at 6.40 am and 6.40 pm</td></tr>
</tbody>
</table>
<h2>The rules</h2>
<ul>
<li>Quiet hours are 7.00 pm to 7.00 am in every wing. The night-shift wings J, K and L are quiet all day.</li>
<li>The speed limit everywhere in the village is 10 km/h.</li>
<li>No alcohol in rooms or anywhere outside the Dusty Emu.</li>
<li>Smoking and vaping only in the three smoking shelters: by the bus bay, behind wing D and behind wing J.</li>
<li>No cooking appliances in rooms. A kettle is provided in every donga.</li>
<li>No pets and no visitors.</li>
<li>Report damage and faults in RoomKey &gt; Maintenance.</li>
</ul>
<h2>If the rules are broken</h2>
<p>A breach is dealt with under the Code of Conduct (HR-01). Fighting, alcohol in rooms, driving after drinking or bringing in a visitor means removal from the village on the next flight.</p>
"""

FATIGUE = """
<h1>Fatigue management</h1>
<p class="lead">Fatigue is one of the biggest risks on a haul road. These limits come from the Fatigue Management Standard (HSE-05) and apply to every Coolabah employee and contractor at Marra Ridge, Kalli Siding and Yandee Downs.</p>
<table>
<caption>Hours limits</caption>
<thead>
<tr><th scope="col" rowspan="2">Limit</th><th scope="colgroup" colspan="2">Roster</th></tr>
<tr><th scope="col">2:1 haul crews</th><th scope="col">8:6 village crews</th></tr>
</thead>
<tbody>
<tr><th scope="row">Longest shift, handover included</th><td>12.5 hours</td><td>11.5 hours</td></tr>
<tr><th scope="row">Shortest break between two shifts</th><td colspan="2">10 hours</td></tr>
<tr><th scope="row">Most shifts in a row</th><td>14</td><td>8</td></tr>
<tr><th scope="row">Most hours in any 7 days</th><td>84 hours</td><td>77 hours</td></tr>
<tr><th scope="row">Changing from days to nights</th><td>A swing day: at least 24 hours off before the first night shift</td><td>Not rostered on nights</td></tr>
</tbody>
</table>
<h2>EyeWatch in-cab alerts</h2>
<p>Every haul truck and road train has an EyeWatch camera that picks up eyes closing and looking away from the road. The control room calls you on the radio after every alert.</p>
<ul>
<li>First alert in a shift: the controller talks to you and logs it.</li>
<li>Second alert in a shift: stop at the next safe park-up, take a 20-minute rest and do a fitness-for-work check with your supervisor before you drive again.</li>
<li>Third alert in a shift: you are stood down for the rest of the shift, on pay, and driven back to the village.</li>
</ul>
<h2>Road train drivers</h2>
<p>Take at least 20 minutes off the wheel in every 4 hours of driving, at the Kalli Siding crib hut or the rest bay at km 70.</p>
<h2>Look after yourself</h2>
<ul>
<li>Your SafeTrack prestart asks how much you slept. If it was less than 5 hours in the last 24, tell your supervisor before you start. Nobody is in trouble for saying so.</li>
<li>Night shift? Ask reception for a room in the quiet wings (J, K and L).</li>
<li>After a night-shift swing, do not drive more than 1 hour from Perth Airport until you have slept.</li>
</ul>
"""

CYCLONE = """
<h1>Cyclones and the wet</h1>
<p class="lead">The wet season in the Pilbara runs from November to April. Cyclones can bring destructive winds to Marra Ridge and Yandee Downs, and heavy rain can close the haul road and the aerodrome for days. Public warnings come from the Bureau of Meteorology and DFES (Advice, Watch and Act, Emergency Warning). On site we use four stages, called by the Emergency Response Coordinator: the Haul Superintendent on day shift and the Night Shift Supervisor on nights.</p>
<table>
<caption>Site cyclone stages</caption>
<thead>
<tr><th scope="col" rowspan="2">Stage</th><th scope="col" rowspan="2">When</th><th scope="colgroup" colspan="3">What happens</th></tr>
<tr><th scope="col">Haul road and pit</th><th scope="col">Village</th><th scope="col">Flights</th></tr>
</thead>
<tbody>
<tr><th scope="row">Blue</th><td>A cyclone could affect us within 48 hours</td><td>Tie down loose gear and fuel every vehicle</td><td>Secure outdoor furniture; the kitchen checks 7 days of food and water</td><td>As normal; the Travel desk plans for changes</td></tr>
<tr><th scope="row">Yellow</th><td>A cyclone is likely to affect us within 24 hours</td><td>Road trains stop loading and park up at Marra Ridge or Kalli Siding. All crews back in the village within 2 hours</td><td>The Dusty Emu and the pool close. Fill the water containers in your donga</td><td>Fly-ins cancelled; fly-outs leave early if the aerodrome is open</td></tr>
<tr><th scope="row">Red</th><td>The cyclone is here or very close</td><td colspan="3">Everyone shelters. Stay in your donga, or go to the Mess (the cyclone-rated building) if the Emergency Response Team tells you to. Do not go outside or drive for any reason until the All Clear.</td></tr>
<tr><th scope="row">All Clear</th><td>The danger has passed</td><td>Nobody drives until the Emergency Response Team has checked the roads</td><td>Report damage in RoomKey</td><td>Flights restart when the aerodrome has been inspected</td></tr>
</tbody>
</table>
<h2>Your pay when a cyclone gets in the way</h2>
<ul>
<li>If a cyclone or flooding cancels your fly-in, you are paid your ordinary hours for the rostered shifts you miss, up to 3 shifts.</li>
<li>If you are stuck on site after your swing ends, each extra day is paid as a 12-hour shift at your base rate.</li>
<li>If you are stranded in Port Hedland or Newman, the Travel desk books your room and meals (OS-01 and OS-02 in the Allowances and Rates Table).</li>
</ul>
<h2>Before the season</h2>
<ul>
<li>Do the cyclone briefing before 1 November.</li>
<li>Keep a torch, your medication for 7 days and a charged power bank in your donga.</li>
<li>Make sure your next of kin details in RosterMate are up to date.</li>
<li>Rain closures of the haul road are in the Haul road rules (OPS-02).</li>
</ul>
"""

PAGES = [
    ("index.html", "CoolNet home", "", INDEX, "Communications, Perth office", "2028-08-09", 2028, NAV),
    ("pay-rates.html", "Pay rates", "Pay rates", PAY, "Payroll", "2028-06-26", 2028, NAV),
    ("pay-rates-archive.html", "Pay rates (archived)", "Pay rates", PAY_OLD, "Payroll", "2027-06-21", 2027,
     [n for n in NAV if n[0] != "fatigue-management.html"]),
    ("flights-and-travel.html", "Flights and travel", "Flights and travel", FLIGHTS, "Travel desk", "2028-03-01",
     2028, NAV),
    ("village-rules.html", "Yandee Downs Village rules", "Village rules", VILLAGE, "Village Manager",
     "2028-05-15", 2028, NAV),
    ("fatigue-management.html", "Fatigue management", "Fatigue", FATIGUE, "HSE Manager", "2028-02-12", 2028, NAV),
    ("cyclone-and-wet-season.html", "Cyclones and the wet", "Cyclones and the wet", CYCLONE, "HSE Manager",
     "2027-10-18", 2027, NAV),
]

HOLIDAYS = [
    ["holiday", "date", "day", "haul_and_pit_crews", "village_services", "perth_office", "notes"],
    ["New Year's Day", "2028-01-01", "Saturday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed (weekend)", ""],
    ["New Year's Day (additional day)", "2028-01-03", "Monday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed", "1 January is a Saturday, so the Monday is also a holiday"],
    ["Australia Day", "2028-01-26", "Wednesday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed", ""],
    ["Labour Day", "2028-03-13", "Monday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed", "Second Monday in March from 2028 (was the first Monday)"],
    ["Good Friday", "2028-04-14", "Friday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed", "Hot cross buns at smoko"],
    ["Easter Saturday", "2028-04-15", "Saturday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed (weekend)", "New public holiday from 2028"],
    ["Easter Sunday", "2028-04-16", "Sunday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed (weekend)", ""],
    ["Easter Monday", "2028-04-17", "Monday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed", ""],
    ["Anzac Day", "2028-04-25", "Tuesday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed", "Dawn service at the village flagpole, 0530"],
    ["King's Birthday", "2028-06-12", "Monday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed", "Second Monday in June from 2028 (was in late September)"],
    ["Show Day", "2028-09-25", "Monday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed",
     "New public holiday from 2028; Coolabah uses the State date, not a shire's local show day"],
    ["Western Australia Day", "2028-11-13", "Monday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed", "Second Monday in November from 2028 (was the first Monday in June)"],
    ["Christmas Day", "2028-12-25", "Monday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed", "Christmas lunch in the Mess, 11.30 am to 2.00 pm"],
    ["Boxing Day", "2028-12-26", "Tuesday", "Work as rostered; public holiday rate",
     "Work as rostered; public holiday rate", "Closed", ""],
]

ALLOWANCES = [
    ["code", "allowance", "who_can_claim", "basis", "amount", "currency", "effective_from", "notes"],
    ["TA-01", "Point-of-hire travel", "Employees whose home is more than 150 km from Perth Airport",
     "per km, each way, up to 600 km", "0.88", "AUD", "2028-07-01",
     "Drive to and from Perth Airport only; claim in RosterMate > Claims within 30 days"],
    ["TA-02", "Commercial flight meal", "Employees sent on a commercial flight by the Travel desk", "per flight",
     "35.00", "AUD", "2028-07-01", "Not paid on the charter"],
    ["LH-01", "Leading hand", "Appointed leading hands (Level 4)", "per hour worked", "1.45", "AUD", "2028-07-01", ""],
    ["RT-01", "Triple road train", "Road train drivers (Level 3)", "per hour driving a triple", "2.10", "AUD",
     "2028-07-01", "Not paid for time in the training room"],
    ["FA-01", "First aid officer", "First aid officers appointed by the HSE Manager, with a current HLTAID011",
     "per week on swing", "22.50", "AUD", "2028-07-01", ""],
    ["ER-01", "Emergency Response Team member", "ERT members who attend the monthly training", "per swing",
     "40.00", "AUD", "2028-07-01", "Paid in the pay after the swing"],
    ["TR-01", "Trainer / assessor", "Trainers and assessors appointed by the Training Coordinator",
     "per hour training", "3.00", "AUD", "2028-07-01", ""],
    ["TL-01", "Tool allowance", "Workshop fitters at the Newman depot", "per week", "18.50", "AUD", "2028-07-01",
     ""],
    ["OS-01", "Stranded overnight (lodging)", "Anyone stranded in Port Hedland or Newman by a cancelled flight",
     "per night, actual cost up to", "220.00", "AUD", "2028-07-01", "Booked by the Travel desk where possible"],
    ["OS-02", "Stranded overnight (meals)", "Anyone stranded in Port Hedland or Newman by a cancelled flight",
     "per day", "95.00", "AUD", "2028-07-01", "Keep the receipts"],
    ["CB-01", "Call-back meal", "Anyone called back to work after dinner", "per call-back", "25.00", "AUD",
     "2028-07-01", ""],
    ["CH-01", "Lost UHF handheld radio (charge)", "Charged to the person it was issued to", "per radio", "450.00",
     "AUD", "2028-07-01", "Taken from pay only with written consent"],
    ["CH-02", "Lost in-cab tablet (charge)", "Charged to the operator who signed it out", "per tablet", "650.00",
     "AUD", "2028-07-01", "Taken from pay only with written consent"],
]

PPE = [
    ["item", "issued_to", "first_issue", "replacement", "charge_if_lost_aud", "notes"],
    ["Hi-vis long-sleeve shirt (day/night, taped)", "All site workers", "5", "2 every 6 months, or when worn out",
     "0.00", "Village services get the polo style"],
    ["Hi-vis work pants (taped)", "All site workers", "3", "2 every 6 months", "0.00", ""],
    ["Steel-cap boots (lace-up or zip-side)", "All site workers", "1 pair", "Every 12 months, or when the cap shows",
     "0.00", "Bring the old pair back to the PPE store"],
    ["Hard hat with brim", "All site workers", "1", "Every 3 years, or after any hit", "0.00",
     "Check the date stamp inside"],
    ["Safety glasses (clear and tinted)", "All site workers", "2 pairs", "When scratched", "0.00", ""],
    ["Prescription safety glasses", "Anyone who needs them", "On request", "Every 2 years", "0.00",
     "Company pays up to $350.00 every 2 years, with an optometrist's script"],
    ["Earplugs and earmuffs", "All site workers", "From the crib huts", "As needed", "0.00", ""],
    ["Rigger gloves and nitrile gloves", "All site workers", "From the crib huts", "As needed", "0.00", ""],
    ["Sun brim and neck flap for the hard hat", "All site workers", "1", "Every 12 months", "0.00", ""],
    ["Cooling towel", "Haul crews and outdoor village crews", "2", "Each October", "0.00", ""],
    ["Wet-weather jacket (hi-vis)", "Haul crews", "1", "Issued each November before the wet", "60.00", ""],
    ["Fire-resistant shirts", "Workshop fitters", "4", "2 every 6 months", "0.00", "Newman depot only"],
    ["Sunscreen SPF 50+ and lip balm", "All site workers", "From the crib huts and the go-line", "As needed", "0.00",
     "Put it on before the bus and again at crib"],
]

FAQ_ITEMS = [
    ("FAQ-01", "Pay", "Where do I find my payslip?",
     "In RosterMate > Pay > Payslips. Payslips from the last 7 years are there. If RosterMate is down, Payroll (ext 2240) can e-mail a copy to your work address.",
     "2028-02-19"),
    ("FAQ-02", "Pay", "How do I change the bank account my pay goes into?",
     "Only in RosterMate > My details > Bank. A change made after 1200 Monday goes into the following pay, not the one that week. Payroll never changes bank details because of an e-mail.",
     "2028-07-03"),
    ("FAQ-03", "Village", "Can my partner or kids come and stay with me at the village?",
     "No. Yandee Downs is a closed village on a mine lease: no visitors, partners or children, not even for a day. Only people with a RoomKey booking may be in the village.",
     "2027-11-20"),
    ("FAQ-04", "Travel", "Can I drive up to site in my own ute instead of flying?",
     "No. Under the FIFO Travel Policy everyone flies in and out on the charter (or a commercial flight booked by the Travel desk). The drive is long and most of it is after a swing, when people are tired.",
     "2028-03-01"),
    ("FAQ-05", "Village", "I left something behind. Where does lost property go?",
     "Lost property goes to village reception and is kept for 30 days. After that it is given to a charity in Newman. Ring reception on ext 5100 and they can send small things down on the freight run.",
     "2028-01-15"),
    ("FAQ-06", "Village", "How do I get a parcel sent to the village?",
     "Address it to your full name, c/- Yandee Downs Village, PMB 12, Newman WA 6753. Parcels come up on the Newman depot freight run on Tuesdays and Fridays and take 5 to 10 days from Perth. Collect them from reception with your ID card. No alcohol, and nothing over 20 kg.",
     "2028-04-09"),
    ("FAQ-07", "Health", "Is there free counselling if I'm doing it tough?",
     "Yes. The Employee Assistance Program (EAP) gives you and your immediate family up to 6 free, confidential sessions a year, by phone, video or face to face in Perth. Book through the EAP link on CoolNet or ask the site medic. Coolabah is not told who uses it.",
     "2028-05-30"),
    ("FAQ-08", "Phones", "Is there phone reception on the haul road?",
     "There is 4G at the village, the go-line and Kalli Siding. Most of the haul road has no mobile coverage, so use the UHF: channel 20 on the haul road and channel 5 in an emergency.",
     "2027-12-04"),
    ("FAQ-09", "Leave", "Can I take one day of annual leave in the middle of a swing?",
     "Only if your supervisor agrees and the crew can cover the shift. Leave is normally taken in whole swings. Ask in RosterMate > Leave at least 28 days ahead.",
     "2028-01-10"),
    ("FAQ-10", "Cyclones", "What happens to my pay if a cyclone keeps me on site after my swing?",
     "Each extra day on site is paid as a 12-hour shift at your base rate. Your next R&R starts when you get home, and the Travel desk books you on the first flight out once the aerodrome reopens.",
     "2027-10-18"),
    ("FAQ-11", "Training", "Who books the renewal of my tickets (first aid, working at heights, MC refresher)?",
     "The Training Coordinator (ext 5160) books renewals 60 days before a ticket expires, on swing and at the company's cost. Check your expiry dates in RosterMate > My details > Tickets.",
     "2028-06-12"),
    ("FAQ-12", "Village", "Can I bring my own gaming console or coffee machine for my donga?",
     "A gaming console, laptop or small speaker is fine. No coffee machines, toasters, sandwich presses, heaters or extra fridges: they trip the wing power and are a fire risk. The kettle is the only appliance for hot drinks.",
     "2028-05-20"),
]

REGISTER = [
    ("HR-01", "Code of Conduct, discipline and grievances", "2027", "In force", "2027-07-01", "", "HR Manager",
     "2029-07-01", ""),
    ("HR-02", "Leave and rosters", "2028 edition", "In force", "2028-01-01", "", "HR Manager", "2029-01-01", ""),
    ("HR-05", "FIFO Travel Policy", "Revision C", "In force", "2028-03-01", "", "HR Manager", "2030-03-01", ""),
    ("HR-05", "FIFO Travel Policy", "Revision B", "Withdrawn", "2025-04-01", "2028-03-01", "HR Manager", "",
     "Withdrawn on 1 March 2028 and replaced by Revision C. Printed copies of Revision B must not be used."),
    ("HR-07", "Allowances and Rates Table 2028-29", "2028-29", "In force", "2028-07-01", "", "Payroll",
     "2029-06-30", "Replaces the 2027-28 schedule."),
    ("HR-08", "Pay rates (CoolNet page)", "July 2028", "In force", "2028-07-01", "", "Payroll", "2029-07-01",
     "Second increase under the Operations Enterprise Agreement 2027."),
    ("HSE-03", "Drug and Alcohol Policy", "2027", "In force", "2027-09-01", "", "HSE Manager", "2029-09-01", ""),
    ("HSE-04", "Heat stress management", "Summer 2028/29 notice", "In force", "2028-08-01", "", "HSE Manager",
     "2029-05-01", "Heat levels are set each summer by notice."),
    ("HSE-05", "Fatigue Management Standard", "Version 3", "In force", "2028-02-12", "", "HSE Manager",
     "2029-02-12", ""),
    ("HSE-06", "Cyclone and Wet Season Plan", "2027-28", "In force", "2027-10-18", "", "HSE Manager",
     "2028-10-01", "Review before the 2028-29 season."),
    ("HSE-07", "COVID-19 Site Access Procedure", "Version 6", "Withdrawn", "2022-03-01", "2023-06-30",
     "HSE Manager", "", "Withdrawn; no replacement."),
    ("OPS-02", "Haul road rules - Marra Ridge to Kalli Siding", "2028", "In force", "2028-04-14", "",
     "Haul Superintendent", "2029-04-14", ""),
    ("OPS-04", "Haul Truck Prestart and Shift Handover Procedure", "Revision 5", "In force", "2028-05-01", "",
     "Haul Superintendent", "2030-05-01", ""),
    ("VIL-01", "Yandee Downs Village rules", "2027", "In force", "2027-04-01", "", "Village Manager",
     "2028-10-01", ""),
    ("VIL-02", "Your donga", "2028", "In force", "2028-05-20", "", "Village Manager", "2029-05-20", ""),
    ("VIL-03", "Crib room and meals", "2028", "In force", "2028-06-02", "", "Head Chef", "2029-06-02", ""),
]

HEAT = """COOLABAH HAULAGE PTY LTD - HSE NOTICE
HEAT STRESS: SUMMER 2028/29

Date:   01/08/2028
To:     All crews at Marra Ridge, Kalli Siding and Yandee Downs
From:   HSE Manager
Ref:    HSE-04

Summer in the Pilbara starts early. From October the go-line often reads
more than 40 °C by the afternoon, and the cab of a truck with a failed
air-conditioner is hotter again. This notice sets the heat levels for the
2028/29 summer. The reading is the one on the SafeTrack weather station at
the go-line, shown on the screens in every crib hut.

HEAT LEVELS
  Level  Go-line reading    What we do
  -----  -----------------  ------------------------------------------
  1      35 °C to 39 °C     Drink at least 1 litre every hour. Work in
                            shade where you can.
  2      40 °C to 44 °C     A 10-minute cool-down break every hour in
                            an air-conditioned crib hut or cab. Nobody
                            works alone outside.
  3      45 °C and over     No outdoor work between 1100 and 1500
                            except for emergencies. Outside work in
                            pairs, 20 minutes on and 20 minutes off.

DRINKING
- Start the shift with ½ a litre of water at brekkie and keep going.
- Electrolyte sachets are free at Café Spinifex and in every crib hut.
  No more than 3 sachets a shift.
- Check the colour chart in the crib hut toilets. Dark means drink.
- Energy drinks do not count as water.

TRUCK CABS
- A cab air-conditioner that does not work when the cab is above 30 °C
  is a Category A defect under OPS-04: park up and call maintenance on
  channel 14.

HEAT ILLNESS
- Headache, dizziness, cramps, feeling sick, confusion, hot dry skin:
  stop, get into shade or a cool cab, drink water and call the site medic
  on ext 5111 or on channel 5.
- Someone confused or collapsed is an emergency: call it on channel 5,
  cool them with water and stay with them.

NEW STARTERS AND PEOPLE BACK FROM LEAVE
In your first 2 weeks on site, or after more than 3 weeks away, take an
extra 5-minute break every hour at Level 2 and Level 3 while your body
gets used to the heat.

HSE Manager, ext 5150
"""


def write(rel, data, encoding="utf-8"):
    path = os.path.join(DOCS, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data.encode(encoding) if isinstance(data, str) else data)


def csv_text(rows):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    assert text.isascii()
    return text


def main():
    for name, title, crumb, body, owner, updated, year, nav in PAGES:
        write(f"coolnet/{name}", page(name, title, crumb, body, owner, updated, year, nav))
    write("data/public-holidays-wa-2028.csv", csv_text(HOLIDAYS))
    write("data/allowances-and-rates-2028-29.csv", csv_text(ALLOWANCES))
    write("data/ppe-issue.csv", csv_text(PPE))
    faq = {"export": {"source": "CoolNet FAQ", "exported_at": "2028-07-28T16:30:00+08:00",
                      "items": str(len(FAQ_ITEMS))},
           "items": [{"id": i, "category": c, "question": q, "answer": a, "updated": u}
                     for i, c, q, a, u in FAQ_ITEMS]}
    write("data/staff-faq.json", json.dumps(faq, indent=2, ensure_ascii=False) + "\n")
    keys = ["ref", "title", "version", "status", "effective", "withdrawn", "owner", "review_due", "notes"]
    reg = {"export": {"source": "CoolNet policy register", "exported_at": "2028-08-01T07:00:00+08:00",
                      "records": str(len(REGISTER))},
           "records": [dict(zip(keys, r)) for r in REGISTER]}
    write("data/policy-register.json", json.dumps(reg, indent=2, ensure_ascii=False) + "\n")
    raw = HEAT.encode("latin-1")
    assert not any(0x80 <= b <= 0x9F for b in raw)
    try:
        raw.decode("utf-8")
        raise AssertionError("heat notice must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    write("notices/heat-stress-summer-2028-29.txt", raw)
    print("built", len(PAGES), "pages, 3 CSV, 2 JSON, 1 Latin-1 notice")


if __name__ == "__main__":
    main()
