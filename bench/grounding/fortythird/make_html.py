#!/usr/bin/env python3
"""Build the Sedibeng intranet pages in docs/sedibeng/ (standard library only, deterministic, ASCII output).

Each page is the same Sedibeng chrome (header, search, main navigation, breadcrumb, quick contacts, footer) around
its own body. Run:  python3 make_html.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "sedibeng")

NAV = [
    ("index.html", "Home"),
    ("shift-allowances.html", "Shifts &amp; allowances"),
    ("security-zones.html", "Security zones"),
    ("transport.html", "Staff transport"),
    ("health-wellness.html", "Health &amp; wellness"),
    ("it-help.html", "IT help"),
]

CONTACTS = """<aside class="quick-contacts" aria-labelledby="qc">
<h2 id="qc">Quick contacts</h2>
<ul>
<li>HR Service Desk: ext 2100</li>
<li>Payroll: ext 2120</li>
<li>Security Control (24 hours): ext 3300</li>
<li>IT Service Desk: ext 2250</li>
<li>Clinic (Gaborone): ext 2300</li>
<li>Speak Up line: ext 2999</li>
</ul>
<h3>Emergencies</h3>
<p>Call Security Control first on ext 3300. Police 999, ambulance 997, fire 998.</p>
</aside>"""


def page(title, body, crumb, owner, updated, year, nav_items=NAV, active=None, title_suffix=""):
    nav = []
    for href, label in nav_items:
        cur = ' aria-current="page"' if href == active else ""
        nav.append(f'<li><a href="{href}"{cur}>{label}</a></li>')
    crumb_html = "" if crumb is None else (
        f'<p class="breadcrumb"><a href="index.html">Home</a> &raquo; {crumb}</p>\n')
    return f"""<!DOCTYPE html>
<html lang="en-BW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}{title_suffix} | Sedibeng</title>
<link rel="stylesheet" href="/assets/sedibeng.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="brand" href="index.html"><img src="/assets/motswedi-logo.png" alt="Motswedi Diamond Services" width="160" height="42"> Sedibeng</a>
<form class="site-search" action="/search" method="get" role="search">
<label for="q" class="visually-hidden">Search Sedibeng</label>
<input id="q" name="q" type="search">
<button type="submit">Search</button>
</form>
<ul class="tool-links">
<li><a href="https://tirohub.motswedi.co.bw/">TiroHub</a></li>
<li><a href="https://shiftplan.motswedi.co.bw/">ShiftPlan</a></li>
<li><a href="https://mail.motswedi.co.bw/">Webmail</a></li>
<li><a href="/logout">Sign out</a></li>
</ul>
</header>
<nav class="main-nav" aria-label="Main">
<ul>
{chr(10).join(nav)}
</ul>
</nav>
{crumb_html}<div class="layout">
<main id="main">
{body.strip()}
</main>
{CONTACTS}
</div>
<footer class="site-footer">
<p>Page owner: {owner} &middot; Last updated: {updated} &middot; &copy; {year} Motswedi Diamond Services (Pty) Ltd</p>
<p>Gaborone Sorting House, Plot 20633, Broadhurst Industrial, Gaborone &middot; Jwaneng Sorting Centre, Plot 1875, Mokala Road, Jwaneng &middot; For internal use only</p>
</footer>
<script>document.getElementById("q").placeholder = "Search Sedibeng";</script>
</body>
</html>
"""


INDEX = """
<h1>Dumela, welcome to Sedibeng</h1>
<p class="lead">News and notices for everyone at Motswedi: the Gaborone Sorting House, the Jwaneng Sorting Centre and
the Shipping Desk. Today is Wednesday 17 May 2028.</p>
<section class="news">
<h2>News</h2>
<article>
<h3>May salaries come early: Wednesday 24 May</h3>
<p>Thursday 25 May 2028 is Ascension Day, so May salaries will be in your bank account one day early. The payroll
notice of 10/05/2028 has the June and July pay dates and the end of the tax year.</p>
</article>
<article>
<h3>Half-year vault count, 24 and 25 June</h3>
<p>The half-year count of every parcel in the Gaborone vault and the Jwaneng strongroom takes place on the weekend of
24 and 25 June. Staff named in a count team may not take leave from 19 to 25 June. Team lists go up on Sedibeng by
2 June.</p>
</article>
<article>
<h3>Scanner service: Gate 2 closed 5 to 7 June</h3>
<p>The maker's engineers service the X-ray body scanners in the first week of June. Gate 2 at the Gaborone Sorting
House will be closed from Monday 5 to Wednesday 7 June; please allow an extra 10 minutes to leave the Red Zone at
the end of your shift.</p>
</article>
<article>
<h3>Wellness Day</h3>
<p>Wellness Day is on Wednesday 07/06/2028 in the Gaborone canteen (09:00 to 14:00) and on Thursday 08/06/2028 in
the Jwaneng training room (10:00 to 13:00). Free blood pressure, sugar and eye checks, and confidential HIV testing
by the clinic team.</p>
</article>
<article>
<h3>Staff kgotla</h3>
<p>The monthly staff kgotla is held on the first Wednesday of each month: at 07:30 in the Gaborone canteen, and at
14:15 in the Jwaneng training room so that the morning and afternoon shifts can both attend. The Managing Director
or a senior manager answers every question; anything not answered on the day is answered on Sedibeng within
10 working days.</p>
</article>
</section>
<section class="coming-up">
<h2>Coming up</h2>
<table>
<caption>Dates for the next two months</caption>
<thead>
<tr><th scope="col">Date</th><th scope="col">What</th><th scope="col">Who</th></tr>
</thead>
<tbody>
<tr><td>24/05/2028</td><td>May salaries paid</td><td>All staff</td></tr>
<tr><td>25/05/2028</td><td>Ascension Day; Sorting House and Shipping Desk closed</td><td>All staff; Security and Jwaneng on holiday rosters</td></tr>
<tr><td>02/06/2028</td><td>Vault count team lists published</td><td>Sorting, Vault, Finance</td></tr>
<tr><td>05/06/2028 to 07/06/2028</td><td>X-ray scanner service; Gate 2 closed</td><td>Gaborone (Jwaneng on 08/06/2028)</td></tr>
<tr><td>07/06/2028</td><td>Staff kgotla and Wellness Day</td><td>All staff</td></tr>
<tr><td>23/06/2028</td><td>June salaries paid; sorting halls close early</td><td>All staff</td></tr>
<tr><td>24/06/2028 and 25/06/2028</td><td>Half-year vault count</td><td>Count teams</td></tr>
<tr><td>30/06/2028</td><td>End of the 2027/28 tax year</td><td>All staff</td></tr>
<tr><td>17/07/2028 and 18/07/2028</td><td>President's Day holidays</td><td>All staff</td></tr>
</tbody>
</table>
</section>
"""

SHIFTS = """
<h1>Shifts and allowances</h1>
<p class="lead">Shift patterns and shift allowances for A-band and B-band staff with effect from 1 April 2028 (policy
HR-05, April 2028). C-band staff (managers and specialists) do not receive shift allowances; their standby and
call-out terms are in their contracts.</p>
<h2>Shift patterns</h2>
<table>
<caption>Shift patterns from 1 April 2028</caption>
<thead>
<tr><th scope="col">Site</th><th scope="col">Team</th><th scope="col">Shift</th><th scope="col">Hours</th><th scope="col">Meal break</th></tr>
</thead>
<tbody>
<tr><td rowspan="3">Gaborone Sorting House</td><td>Sorting, valuation, vault</td><td>Day (Monday to Friday)</td><td>07:00 to 16:00</td><td>45 minutes</td></tr>
<tr><td rowspan="2">Security</td><td>A shift (4 on, 4 off)</td><td>06:00 to 18:00</td><td rowspan="2">Two 30-minute breaks, relieved at post</td></tr>
<tr><td>B shift (4 on, 4 off)</td><td>18:00 to 06:00</td></tr>
<tr><td rowspan="3">Jwaneng Sorting Centre</td><td rowspan="3">Receiving, cleaning, sizing, security</td><td>Morning</td><td>06:00 to 14:00</td><td rowspan="3">30 minutes, in the Amber Zone canteen</td></tr>
<tr><td>Afternoon</td><td>14:00 to 22:00</td></tr>
<tr><td>Night</td><td>22:00 to 06:00</td></tr>
<tr><td>Shipping Desk</td><td>Shipping clerks</td><td>Day, plus escort days</td><td>07:30 to 16:30</td><td>1 hour</td></tr>
</tbody>
</table>
<p>Handover starts 15 minutes before the end of each Jwaneng and security shift and is paid. Rosters are published
in ShiftPlan at least 14 days ahead.</p>
<h2>Shift allowances</h2>
<table>
<caption>Allowances from 1 April 2028, in pula</caption>
<thead>
<tr><th scope="col" rowspan="2">Allowance</th><th scope="col" colspan="2">Amount</th><th scope="col" rowspan="2">How it is paid</th></tr>
<tr><th scope="col">A-band (A1 to A3)</th><th scope="col">B-band (B1 to B3)</th></tr>
</thead>
<tbody>
<tr><th scope="row">Afternoon shift</th><td>P95.00 a shift</td><td>P120.00 a shift</td><td>With the next month's salary, from ShiftPlan clock records</td></tr>
<tr><th scope="row">Night shift (any shift ending after 23:00)</th><td>P185.00 a shift</td><td>P230.00 a shift</td><td>With the next month's salary</td></tr>
<tr><th scope="row">Saturday shift</th><td>P110.00 a shift</td><td>P140.00 a shift</td><td>With the next month's salary</td></tr>
<tr><th scope="row">Sunday shift</th><td colspan="2">1.5 &times; basic daily rate</td><td>With the next month's salary</td></tr>
<tr><th scope="row">Public holiday worked</th><td colspan="2">2 &times; basic daily rate, plus a day off in lieu within 30 days</td><td>Day off booked in ShiftPlan by your supervisor</td></tr>
<tr><th scope="row">Secure area allowance</th><td>P650.00 a month</td><td>P800.00 a month</td><td>Monthly, when your roster puts you in the Red Zone on at least 10 days of the month</td></tr>
<tr><th scope="row">Jwaneng remote site allowance</th><td colspan="2">P1,450.00 a month</td><td>Monthly, for staff based at Jwaneng</td></tr>
<tr><th scope="row">Standby</th><td>P220.00 a day</td><td>P260.00 a day</td><td>For days on the standby roster only</td></tr>
<tr><th scope="row">Call-out</th><td colspan="2">Overtime rate, minimum 3 hours</td><td>Claimed in ShiftPlan within 5 days</td></tr>
</tbody>
</table>
<h2>Overtime</h2>
<p>Overtime must be approved in ShiftPlan by your supervisor before you work it, except in an emergency called by
Security Control. Weekday overtime is paid at 1.5 &times; your basic hourly rate. Nobody may work more than
12 hours of overtime in a week, or more than 14 hours in one day including the shift. Overtime approved by the 15th
of the month is paid with that month's salary; later approvals are paid the month after.</p>
<p>Questions about allowances: Payroll, ext 2120. Rosters: your shift supervisor.</p>
"""

SHIFTS_OLD = """
<h1>Shifts and allowances (old)</h1>
<p class="lead">Shift patterns and shift allowances for A-band and B-band staff with effect from 1 April 2026 (policy
HR-05, April 2026). C-band staff (managers and specialists) do not receive shift allowances; their standby and
call-out terms are in their contracts.</p>
<h2>Shift patterns</h2>
<table>
<caption>Shift patterns from 1 April 2026</caption>
<thead>
<tr><th scope="col">Site</th><th scope="col">Team</th><th scope="col">Shift</th><th scope="col">Hours</th><th scope="col">Meal break</th></tr>
</thead>
<tbody>
<tr><td rowspan="3">Gaborone Sorting House</td><td>Sorting, valuation, vault</td><td>Day (Monday to Friday)</td><td>07:00 to 16:00</td><td>45 minutes</td></tr>
<tr><td rowspan="2">Security</td><td>A shift (4 on, 4 off)</td><td>06:00 to 18:00</td><td rowspan="2">Two 30-minute breaks, relieved at post</td></tr>
<tr><td>B shift (4 on, 4 off)</td><td>18:00 to 06:00</td></tr>
<tr><td rowspan="3">Jwaneng Sorting Centre</td><td rowspan="3">Receiving, cleaning, sizing, security</td><td>Morning</td><td>06:00 to 14:00</td><td rowspan="3">30 minutes, in the Amber Zone canteen</td></tr>
<tr><td>Afternoon</td><td>14:00 to 22:00</td></tr>
<tr><td>Night</td><td>22:00 to 06:00</td></tr>
<tr><td>Shipping Desk</td><td>Shipping clerks</td><td>Day, plus escort days</td><td>08:00 to 17:00</td><td>1 hour</td></tr>
</tbody>
</table>
<p>Handover starts 10 minutes before the end of each Jwaneng and security shift. Rosters are published in ShiftPlan
at least 7 days ahead.</p>
<h2>Shift allowances</h2>
<table>
<caption>Allowances from 1 April 2026, in pula</caption>
<thead>
<tr><th scope="col" rowspan="2">Allowance</th><th scope="col" colspan="2">Amount</th><th scope="col" rowspan="2">How it is paid</th></tr>
<tr><th scope="col">A-band (A1 to A3)</th><th scope="col">B-band (B1 to B3)</th></tr>
</thead>
<tbody>
<tr><th scope="row">Afternoon shift</th><td>P80.00 a shift</td><td>P100.00 a shift</td><td>With the next month's salary, from ShiftPlan clock records</td></tr>
<tr><th scope="row">Night shift (any shift ending after 23:00)</th><td>P150.00 a shift</td><td>P190.00 a shift</td><td>With the next month's salary</td></tr>
<tr><th scope="row">Saturday shift</th><td>P90.00 a shift</td><td>P115.00 a shift</td><td>With the next month's salary</td></tr>
<tr><th scope="row">Sunday shift</th><td colspan="2">1.25 &times; basic daily rate</td><td>With the next month's salary</td></tr>
<tr><th scope="row">Public holiday worked</th><td colspan="2">2 &times; basic daily rate</td><td>With the next month's salary</td></tr>
<tr><th scope="row">Secure area allowance</th><td>P500.00 a month</td><td>P650.00 a month</td><td>Monthly, when your roster puts you in the Red Zone on at least 15 days of the month</td></tr>
<tr><th scope="row">Jwaneng remote site allowance</th><td colspan="2">P1,200.00 a month</td><td>Monthly, for staff based at Jwaneng</td></tr>
<tr><th scope="row">Standby</th><td>P180.00 a day</td><td>P210.00 a day</td><td>For days on the standby roster only</td></tr>
<tr><th scope="row">Call-out</th><td colspan="2">Overtime rate, minimum 2 hours</td><td>Claimed in ShiftPlan within 5 days</td></tr>
</tbody>
</table>
<h2>Overtime</h2>
<p>Overtime must be approved in ShiftPlan by your supervisor before you work it, except in an emergency called by
Security Control. Weekday overtime is paid at 1.5 &times; your basic hourly rate. Nobody may work more than
10 hours of overtime in a week, or more than 14 hours in one day including the shift. Overtime approved by the 10th
of the month is paid with that month's salary; later approvals are paid the month after.</p>
<p>Questions about allowances: Payroll, ext 2120. Rosters: your shift supervisor.</p>
"""

ZONES = """
<h1>Security zones and access</h1>
<p class="lead">Both sites are divided into three zones. Your access card opens only the doors of the zones your job
needs (policy SEC-01, reviewed 2028-01-15). Searches on leaving a Red Zone are set out in the Search and Screening
Procedure, SEC-02.</p>
<table>
<caption>Zones at the Gaborone Sorting House and the Jwaneng Sorting Centre</caption>
<thead>
<tr><th scope="col" rowspan="2">Zone</th><th scope="col" rowspan="2">Areas</th><th scope="col" colspan="2">Access card</th><th scope="col" rowspan="2">Phones and bags</th></tr>
<tr><th scope="col">Colour</th><th scope="col">Who holds it</th></tr>
</thead>
<tbody>
<tr><td>Green Zone</td><td>Reception, car park, staff lockers, bus stop, visitor waiting room</td><td>White</td><td>Everyone on site, including contractors and visitors</td><td>Allowed</td></tr>
<tr><td>Amber Zone</td><td>Offices, canteen, clinic, training room, Shipping Desk</td><td>Blue</td><td>All employees</td><td>Phones allowed, but no photographs in the corridor next to the Red Zone doors</td></tr>
<tr><td>Red Zone</td><td>Sorting halls, valuation room and vault (Gaborone); strongroom and cleaning plant (Jwaneng); the X-ray gates</td><td>Red</td><td>Employees whose roster needs it, approved by the Head of Security</td><td>Not allowed: phones, smart watches, bags, keys, cash, food and drink</td></tr>
</tbody>
</table>
<h2>Visitors</h2>
<p>The host books every visitor in TiroHub: at least 24 hours before the visit for the Amber Zone, and at least
48 hours before for the Red Zone, giving the visitor's Omang or passport number. The visitor shows the same Omang
or passport at reception. Red Zone visitors are escorted at all times by two employees and are searched on the way
out like everyone else. Client valuers, auditors and the Government Diamond Valuator's officers are visitors too.</p>
<h2>Your access card</h2>
<ul>
<li>Wear your card on its lanyard, photo side out, at all times on site.</li>
<li>Never lend your card, and never let anyone follow you through a door or turnstile (tailgating). Tailgating is
gross misconduct.</li>
<li>If your card is lost or stolen, report it to Security Control (ext 3300, 24 hours) within 1 hour of noticing.
Security Control blocks it at once.</li>
<li>A replacement card costs P150.00, deducted from your salary, unless the card was stolen and you give Security
Control a police case number.</li>
<li>A card that has not been used for 30 days is blocked by itself; ask your supervisor to have it unblocked.</li>
</ul>
<h2>What you may take into the Red Zone</h2>
<p>Prescription medicine in its pharmacy packet, declared at the gate and carried in the clear bag you are given;
your spectacles; and a plain wedding band without stones, declared once and noted on your access record. Nothing
else. Drinking water is provided inside the Red Zone in sealed cups. Green Zone lockers are free; the padlock is
issued by Security and must not be swapped for your own.</p>
"""

TRANSPORT = """
<h1>Staff transport</h1>
<p class="lead">Motswedi runs free staff buses for shift workers at both sites. The buses are run for us by a
contractor; the routes and times below apply from 1 April 2028 (policy HR-07).</p>
<h2>Gaborone buses</h2>
<table>
<caption>Gaborone staff buses, Monday to Friday (security buses every day)</caption>
<thead>
<tr><th scope="col" rowspan="2">Bus</th><th scope="col" rowspan="2">Route</th><th scope="col" rowspan="2">Pick-up points</th><th scope="col" colspan="2">Departure times</th></tr>
<tr><th scope="col">Leaves first pick-up</th><th scope="col">Leaves the Sorting House</th></tr>
</thead>
<tbody>
<tr><td rowspan="3">Day staff</td><td>Route 1</td><td>Mogoditshane (opposite the kgotla), Gaborone West Phase 2 shops, Game City</td><td>06:00</td><td>16:15</td></tr>
<tr><td>Route 2</td><td>Tlokweng (bus stop at the kgotla), Riverwalk, Main Mall</td><td>06:10</td><td>16:15</td></tr>
<tr><td>Route 3</td><td>Phakalane (golf estate gate), Block 10, Broadhurst North</td><td>06:15</td><td>16:20</td></tr>
<tr><td>Security</td><td>Route S</td><td>Mogoditshane, Gaborone West Phase 2 shops, Tlokweng</td><td>05:00 and 17:00</td><td>06:20 and 18:20</td></tr>
</tbody>
</table>
<h2>Jwaneng buses</h2>
<table>
<caption>Jwaneng shift bus, every day</caption>
<thead>
<tr><th scope="col">Shift</th><th scope="col">Leaves Jwaneng bus rank</th><th scope="col">Stops at</th><th scope="col">Leaves the Centre</th></tr>
</thead>
<tbody>
<tr><td>Morning</td><td>05:20</td><td rowspan="3">Jwaneng Mall</td><td>14:20</td></tr>
<tr><td>Afternoon</td><td>13:20</td><td>22:20</td></tr>
<tr><td>Night</td><td>21:20</td><td>06:20</td></tr>
</tbody>
</table>
<p>For Jwaneng staff whose families live in Gaborone, the relief coach leaves the Jwaneng Centre on Friday at 16:30
for Game City in Gaborone and returns from Game City on Sunday at 15:00. Book a seat in TiroHub by Wednesday 12:00;
P40.00 a return trip is deducted from your salary.</p>
<h2>If you miss the bus</h2>
<p>Getting to work on time is your own responsibility, and the cost of other transport, such as a taxi or minibus,
is not refunded. The only exception: if you are kept back after your shift by a search, a lockdown or a count and
the last bus has gone, Security Control calls the contracted taxi for you and the company pays.</p>
<p>Buses wait no more than 3 minutes at a pick-up point. Report late or missing buses to Security Control,
ext 3300, who contacts the contractor.</p>
"""

IT = """
<h1>IT help</h1>
<p class="lead">The IT Service Desk looks after TiroHub, ShiftPlan, ParcelTrack, GateLog, e-mail and your computer.
Ext 2250, 06:00 to 20:00 Monday to Saturday; after hours, Security Control (ext 3300) calls the IT engineer on
standby.</p>
<h2>Passwords and PINs</h2>
<ul>
<li>Your password opens TiroHub, ShiftPlan, e-mail and the computers. It must be at least 12 characters long and is
changed every 90 days.</li>
<li>ParcelTrack has its own 6-digit PIN, changed every 30 days, and needs your access card on the reader.</li>
<li>Signing in from outside the company network needs the Motswedi Authenticator app on your phone.</li>
<li>Nobody from IT, Payroll or Security will ever ask for your password, PIN or authenticator code. Report such
calls, SMS and e-mails with the Report phishing button in Outlook or to ext 2250.</li>
</ul>
<h2>Reset a forgotten password</h2>
<ol>
<li>On any company computer, click <strong>Forgot password?</strong> on the sign-in screen.</li>
<li>Enter your employee number (the six digits on the back of your access card).</li>
<li>Approve the request in the Motswedi Authenticator app.</li>
<li>Choose a new password of at least 12 characters that is not one of your last 10 passwords.</li>
<li>No app? Go to the IT Service Desk in the Amber Zone with your access card. Passwords are never reset over the
phone.</li>
</ol>
<h2>Computers in the Red Zone</h2>
<p>Only computers with a red asset sticker are used in the Red Zone; they have no USB ports and no wireless.
Personal USB sticks, phones and laptops may not enter the Red Zone. Printing in the Red Zone goes to the printer in
the valuation room and is collected by a supervisor.</p>
<h2>Recent changes</h2>
<table>
<caption>Change log</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Change</th></tr></thead>
<tbody>
<tr><td>2028-04-24</td><td>ShiftPlan app version 5: swaps and overtime requests from your phone.</td></tr>
<tr><td>2028-03-06</td><td>ParcelTrack PIN lengthened from 4 to 6 digits.</td></tr>
<tr><td>2028-02-01</td><td>Visitor booking moved into TiroHub.</td></tr>
</tbody>
</table>
"""

HEALTH = """
<h1>Health and wellness</h1>
<p class="lead">Clinics, medical aid, counselling and what to do in an emergency. Owner: the Health and Safety
Officer, Ms Gorata Keakitse (ext 2160).</p>
<h2>Clinics</h2>
<table>
<caption>Company clinics</caption>
<thead><tr><th scope="col">Clinic</th><th scope="col">Where</th><th scope="col">Open</th><th scope="col">Staffed by</th></tr></thead>
<tbody>
<tr><td>Gaborone</td><td>Amber Zone, next to the canteen</td><td>Monday to Friday 07:00 to 15:30</td><td>Sister Dineo Mothibi, ext 2300</td></tr>
<tr><td>Jwaneng</td><td>Amber Zone, ground floor</td><td>Tuesday and Thursday 08:00 to 12:00</td><td>Visiting nurse; first aiders at other times</td></tr>
</tbody>
</table>
<p>The clinic treats minor injuries and illness at work, does pre-employment and yearly medicals, and refers you to
your own doctor when needed. What you tell the nurse stays between you and the nurse.</p>
<h2>In an emergency</h2>
<p>Call Security Control on ext 3300 first: they call the ambulance (997), open the gates and send a first aider.
There is a first aider on every shift; their names are on the board at each Red Zone gate. An injured person inside
the Red Zone is still searched on the way out, by hand if they cannot stand in the scanner.</p>
<h2>Pregnancy</h2>
<p>Tell the clinic or the Health and Safety Officer as soon as you know you are pregnant. You will not go through the
X-ray body scanner from that day; you are searched by hand instead. See the Leave Policy for maternity leave.</p>
<h2>Medical aid and counselling</h2>
<ul>
<li>Permanent employees join the company medical aid scheme. The company pays 50% of the monthly contribution for
you and your registered dependants on the Standard option.</li>
<li>The Employee Assistance Programme gives you and each member of your household up to 6 free counselling sessions
a year, in person or by phone. Nobody at Motswedi is told who uses it.</li>
<li>HIV testing on Wellness Day and at the clinic is voluntary and confidential; results are never given to
managers or HR.</li>
</ul>
<h2>Heat</h2>
<p>From October to March the sorting halls are kept between 22 and 24 degrees, and water stations inside the Red
Zone are refilled every 2 hours. Tell your supervisor at once if you feel dizzy or sick.</p>
"""

PAGES = [
    ("index.html", "Home", INDEX, None, "Communications Officer", "2028-05-15", 2028, "index.html", ""),
    ("shift-allowances.html", "Shifts and allowances", SHIFTS, "Shifts and allowances", "Payroll Manager",
     "2028-03-20", 2028, "shift-allowances.html", ""),
    ("shift-allowances-old.html", "Shifts and allowances", SHIFTS_OLD, "Shifts and allowances", "Payroll Manager",
     "2026-03-12", 2026, "shift-allowances.html", " (old)"),
    ("security-zones.html", "Security zones and access", ZONES, "Security zones", "Head of Security",
     "2028-01-15", 2028, "security-zones.html", ""),
    ("transport.html", "Staff transport", TRANSPORT, "Staff transport", "Head of Human Resources",
     "2028-03-28", 2028, "transport.html", ""),
    ("it-help.html", "IT help", IT, "IT help", "IT Manager", "2028-04-24", 2028, "it-help.html", ""),
    ("health-wellness.html", "Health and wellness", HEALTH, "Health and wellness", "Health and Safety Officer",
     "2028-02-27", 2028, "health-wellness.html", ""),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, title, body, crumb, owner, updated, year, active, suffix in PAGES:
        html = page(title, body, crumb, owner, updated, year, active=active, title_suffix=suffix)
        html.encode("ascii")  # every page is ASCII; entities for anything else
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(html)
        print("wrote", os.path.relpath(os.path.join(OUT, name), HERE))


if __name__ == "__main__":
    main()
