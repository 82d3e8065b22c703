#!/usr/bin/env python3
"""Build the seven Pjazza intranet pages in docs/pjazza/ (site chrome plus page bodies), standard library only.

Every page is written as ASCII: characters outside ASCII become named entities (&euro;, &ndash;, &times;, &deg;,
&middot;, &copy;, &raquo;, &rsquo;) or numeric references (&#294; for the Maltese H with stroke, and so on).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "pjazza")

NAMED = {"\u20ac": "&euro;", "\u2013": "&ndash;", "\u00d7": "&times;", "\u00b0": "&deg;", "\u00b7": "&middot;",
         "\u00a9": "&copy;", "\u00bb": "&raquo;", "\u2019": "&rsquo;"}

NAV = [("index.html", "Home"), ("pay-rates.html", "Pay rates"), ("hal-far-depot.html", "\u0126al Far depot"),
       ("control-room.html", "Control Room"), ("health-and-safety.html", "Health & safety"),
       ("festa-season.html", "Festa season")]
OLD_NAV = [("index.html", "Home"), ("pay-and-premiums.html", "Pay and premiums"),
           ("hal-far-depot.html", "\u0126al Far depot"), ("control-room.html", "Control Room"),
           ("health-and-safety.html", "Health & safety")]

SIDEBAR = """<aside class="contacts" aria-label="Important numbers">
<h2>Important numbers</h2>
<ul>
<li>Control Room (Kontroll): ext 300, radio channel 1</li>
<li>Output Office, \u0126al Far: ext 331</li>
<li>Workshop Foreman, \u0126al Far: ext 320</li>
<li>HR: ext 210 &middot; Payroll: ext 215</li>
<li>Ticketing &amp; Revenue: ext 240</li>
<li>Health &amp; Safety Officer: ext 260</li>
<li>Police, ambulance, fire: 112</li>
</ul>
</aside>"""

STYLE = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1c2b39}
header{background:#0b5c8a;color:#fff;padding:8px 16px}header a{color:#fff}
nav.main a{margin-right:14px}nav.main a[aria-current]{font-weight:bold;text-decoration:underline}
.wrap{display:flex;gap:24px;padding:16px}main{flex:3}aside{flex:1;background:#eef4f8;padding:8px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #9ab;padding:4px 8px;text-align:left}
footer{border-top:1px solid #ccc;padding:8px 16px;font-size:85%}.skip{position:absolute;left:-999px}"""

SCRIPT = """document.addEventListener('DOMContentLoaded', function () {
  var q = document.getElementById('q');
  if (q) { q.placeholder = 'Search Pjazza'; }
});"""


def ascii_html(text):
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
        elif ch in NAMED:
            out.append(NAMED[ch])
        else:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def page(name, title, crumb, body, owner, updated, year=2028, nav=NAV):
    links = []
    for href, label in nav:
        cur = ' aria-current="page"' if href == name else ""
        links.append(f'<a href="{href}"{cur}>{label.replace("&", "&amp;")}</a>')
    crumbs = "" if crumb is None else (
        f'<p class="breadcrumb"><a href="index.html">Pjazza</a> &raquo; {crumb}</p>\n')
    html = f"""<!DOCTYPE html>
<html lang="en-MT">
<head>
<meta charset="utf-8">
<title>{title} &ndash; Pjazza</title>
<style>{STYLE}</style>
<script>{SCRIPT}</script>
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<header>
<img src="img/qawsalla-logo.png" alt="Qawsalla Coaches &amp; Buses" width="140" height="40">
<span class="site">Pjazza &middot; the Qawsalla staff intranet</span>
<form class="search" action="search.html" method="get"><input id="q" name="q" type="search"><button type="submit">Search</button></form>
<p class="tools"><a href="https://rota.qawsalla.com.mt/">Rota</a> | <a href="https://fleetbook.qawsalla.com.mt/">FleetBook</a> | <a href="https://mail.qawsalla.com.mt/">Webmail</a> | <a href="logout.html">Sign out</a></p>
<nav class="main" aria-label="Main">{" ".join(links)}</nav>
</header>
<div class="wrap">
<main id="content">
{crumbs}{body.strip()}
</main>
{SIDEBAR}
</div>
<footer>
<p>Page owner: {owner} &middot; Last updated: {updated}</p>
<p>&copy; {year} Qawsalla Coaches &amp; Buses Ltd &middot; Head Office: 27, Triq \u0126al Tarxien, Paola &middot; \u0126al Far Depot: Lot 14, \u0126al Far Industrial Estate, Bir\u017cebbu\u0121a</p>
</footer>
</body>
</html>
"""
    return ascii_html(html)


PAGES = {}

PAGES["index.html"] = dict(title="Home", crumb=None, owner="Internal Communications", updated="2028-03-13", body="""
<h1>Pjazza &ndash; staff news</h1>
<p>Bon&#289;u! This is the staff intranet of Qawsalla Coaches &amp; Buses. Pay rates, depot guides, the Control Room
rules and the festa season plan are in the menu above; the handbook and forms are under HR requests.</p>

<article>
<h2>Freedom Day and Holy Week</h2>
<p>Freedom Day falls on Friday 31/03/2028 and the South Line runs the Sunday timetable that day. Holy Week rosters
will be in Rota by Thursday 23/03/2028. Read the Control Room notice for the Maundy Thursday extra services and the
Good Friday procession diversions.</p>
</article>

<article>
<h2>Air-conditioning service before the summer</h2>
<p>Technicians from Climabus Italia will service the air conditioning of the whole fleet at &#294;al Far from
Monday 20/03/2028 to Friday 07/04/2028. The Output Office will swap the buses on the list each morning, so check
your fleet number when you sign on.</p>
</article>

<article>
<h2>Driver of the month &ndash; February 2028</h2>
<p>Well done to <strong>Marija Schembri</strong> (Marsa, route SL2), who was thanked in writing by three passengers
in February for her patience with a group of visually impaired travellers at Paola Square. Prosit Marija!</p>
</article>

<article>
<h2>New drivers</h2>
<p>Six new drivers began their 3 weeks of training with the Training Officer on 06/03/2028. Say hello when they are
out with you on route learning.</p>
</article>

<h2>Coming up</h2>
<table>
<caption>Dates for the next few weeks</caption>
<thead><tr><th scope="col">Date</th><th scope="col">What</th><th scope="col">Who</th></tr></thead>
<tbody>
<tr><td>17/03/2028</td><td>List of buses for the A/C service sent to Climabus</td><td>Workshop</td></tr>
<tr><td>19/03/2028</td><td>Feast of St Joseph (Sunday): Sunday timetable; 8 hours added to vacation leave</td><td>Everyone</td></tr>
<tr><td>20/03/2028</td><td>A/C service starts at &#294;al Far (until 07/04/2028)</td><td>Workshop, Output Office</td></tr>
<tr><td>23/03/2028</td><td>Holy Week rosters published in Rota</td><td>Drivers, controllers</td></tr>
<tr><td>28/03/2028</td><td>March salary, with the weekly allowance</td><td>Everyone</td></tr>
<tr><td>31/03/2028</td><td>Freedom Day: Sunday timetable. The summer leave ballot in Rota closes.</td><td>Everyone</td></tr>
<tr><td>13/04/2028</td><td>Maundy Thursday: extra evening services on SL1 and SL2</td><td>Drivers, Control Room</td></tr>
<tr><td>14/04/2028</td><td>Good Friday: procession diversions</td><td>Everyone</td></tr>
<tr><td>01/05/2028</td><td>Worker&rsquo;s Day; summer uniform from today</td><td>Everyone</td></tr>
</tbody>
</table>
""")

PAGES["pay-rates.html"] = dict(title="Pay rates and premiums 2028", crumb="Pay rates", owner="Payroll",
                               updated="2027-12-18", body="""
<h1>Pay rates and premiums 2028</h1>
<p>These rates apply from 1 January 2028 to every employee on a Qawsalla contract. Full-time staff work a 40-hour
week and are paid monthly: the monthly basic is the basic hourly rate &times; 173.33 hours. The &ldquo;after 2 years&rdquo;
rate is paid from the first salary after the second anniversary of your start date. COLA for 2028 is already in
the rates below.</p>

<table>
<caption>Basic hourly rates from 1 January 2028</caption>
<colgroup><col><col><col span="2"></colgroup>
<thead>
<tr><th scope="col" rowspan="2">Grade</th><th scope="col" rowspan="2">Job</th><th scope="colgroup" colspan="2">Basic hourly rate</th></tr>
<tr><th scope="col">Starting</th><th scope="col">After 2 years</th></tr>
</thead>
<tbody>
<tr><th scope="row">D1</th><td>Bus driver (South Line and school routes)</td><td>&euro;10.85</td><td>&euro;11.40</td></tr>
<tr><th scope="row">D2</th><td>Coach driver (coach hire, Airport Express, Gozo tours)</td><td>&euro;11.60</td><td>&euro;12.20</td></tr>
<tr><th scope="row">D3</th><td>Driver trainer or inspector</td><td>&euro;12.90</td><td>&euro;13.50</td></tr>
<tr><th scope="row">M1</th><td>Depot fitter or shunter</td><td>&euro;10.40</td><td>&euro;10.95</td></tr>
<tr><th scope="row">M2</th><td>Mechanic</td><td>&euro;12.10</td><td>&euro;12.75</td></tr>
<tr><th scope="row">M3</th><td>Senior mechanic or auto-electrician</td><td>&euro;13.40</td><td>&euro;14.10</td></tr>
<tr><th scope="row">C1</th><td>Controller (Control Room)</td><td>&euro;12.30</td><td>&euro;12.95</td></tr>
<tr><th scope="row">T1</th><td>Ticket office, kiosk or cash office clerk</td><td>&euro;10.20</td><td>&euro;10.70</td></tr>
</tbody>
</table>

<table>
<caption>Overtime, premiums and allowances from 1 January 2028</caption>
<thead>
<tr><th scope="col" colspan="2">Item</th><th scope="col">Drivers (D1&ndash;D3)</th><th scope="col">Workshop (M1&ndash;M3)</th><th scope="col">Control Room and offices (C1, T1)</th></tr>
</thead>
<tbody>
<tr><th scope="row" colspan="2">Overtime, Monday to Saturday</th><td colspan="3">1.5 &times; basic hourly rate</td></tr>
<tr><th scope="row" colspan="2">Overtime, Sunday</th><td colspan="3">2 &times; basic hourly rate</td></tr>
<tr><th scope="row" colspan="2">Public holiday worked</th><td colspan="3">2 &times; basic hourly rate, and 8 hours added to vacation leave</td></tr>
<tr><th scope="rowgroup" rowspan="3">Shift premiums</th><th scope="row">Early start (sign-on before 5.30 a.m.)</th><td>&euro;1.20 an hour</td><td>&euro;1.20 an hour</td><td>&euro;1.00 an hour</td></tr>
<tr><th scope="row">Late finish (sign-off after 9.00 p.m.)</th><td>&euro;1.35 an hour</td><td>&euro;1.35 an hour</td><td>&euro;1.10 an hour</td></tr>
<tr><th scope="row">Night (hours between midnight and 5.00 a.m.)</th><td colspan="3">&euro;2.10 an hour</td></tr>
<tr><th scope="row" colspan="2">Split duty allowance</th><td>&euro;6.00 a day</td><td>&ndash;</td><td>&ndash;</td></tr>
<tr><th scope="row" colspan="2">Meal allowance (duty spread over 10 hours)</th><td colspan="3">&euro;7.50 a day</td></tr>
<tr><th scope="row" colspan="2">Layover allowance (coach hire, unpaid waiting over 2 hours)</th><td>&euro;4.50 an hour</td><td>&ndash;</td><td>&ndash;</td></tr>
<tr><th scope="row" colspan="2">Call-out outside rostered hours</th><td>&ndash;</td><td>Paid for at least 3 hours at 1.5 &times; basic</td><td>&ndash;</td></tr>
<tr><th scope="row" colspan="2">Tool allowance</th><td>&ndash;</td><td>&euro;25.00 a month</td><td>&ndash;</td></tr>
<tr><th scope="row" colspan="2">Gozo allowance (staff based in Malta working in Gozo)</th><td colspan="3">&euro;15.00 a day, and the ferry pass from the Control Room</td></tr>
<tr><th scope="row" colspan="2">First-aid certificate allowance</th><td colspan="3">&euro;10.00 a month</td></tr>
</tbody>
</table>

<h2>Overtime approval</h2>
<p>Overtime is approved in Rota before it is worked: by your depot manager (drivers), the Workshop Foreman
(workshop) or the Control Room Manager (controllers). The only exception is when the Control Room asks you to stay
with a broken-down bus or to finish a trip; confirm those hours in Rota before you sign off. Overtime confirmed in
Rota by the 20th of the month is paid with that month&rsquo;s salary; later overtime is paid the month after.</p>

<h2>Questions</h2>
<p>Payroll, ext 215. Payslips are in Pjazza &gt; My payslips on pay day.</p>
""")

PAGES["pay-and-premiums.html"] = dict(title="Pay and premiums (archived)", crumb="Pay and premiums", owner="Payroll",
                                      updated="2025-12-12", year=2025, nav=OLD_NAV, body="""
<h1>Pay and premiums (archived)</h1>
<p>These rates apply from 1 January 2026 to every employee on a Qawsalla contract. Full-time staff work a 40-hour
week and are paid monthly. The &ldquo;after 3 years&rdquo; rate is paid from the first salary after the third
anniversary of your start date.</p>

<table>
<caption>Basic hourly rates from 1 January 2026</caption>
<colgroup><col><col><col span="2"></colgroup>
<thead>
<tr><th scope="col" rowspan="2">Grade</th><th scope="col" rowspan="2">Job</th><th scope="colgroup" colspan="2">Basic hourly rate</th></tr>
<tr><th scope="col">Starting</th><th scope="col">After 3 years</th></tr>
</thead>
<tbody>
<tr><th scope="row">D1</th><td>Bus driver (South Line and school routes)</td><td>&euro;10.20</td><td>&euro;10.70</td></tr>
<tr><th scope="row">D2</th><td>Coach driver (coach hire, Airport Express, Gozo tours)</td><td>&euro;10.90</td><td>&euro;11.45</td></tr>
<tr><th scope="row">D3</th><td>Driver trainer or inspector</td><td>&euro;12.10</td><td>&euro;12.70</td></tr>
<tr><th scope="row">M1</th><td>Depot fitter or shunter</td><td>&euro;9.80</td><td>&euro;10.30</td></tr>
<tr><th scope="row">M2</th><td>Mechanic</td><td>&euro;11.35</td><td>&euro;12.00</td></tr>
<tr><th scope="row">M3</th><td>Senior mechanic or auto-electrician</td><td>&euro;12.60</td><td>&euro;13.25</td></tr>
<tr><th scope="row">C1</th><td>Controller (Control Room)</td><td>&euro;11.60</td><td>&euro;12.20</td></tr>
<tr><th scope="row">T1</th><td>Ticket office, kiosk or cash office clerk</td><td>&euro;9.60</td><td>&euro;10.10</td></tr>
</tbody>
</table>

<table>
<caption>Overtime, premiums and allowances from 1 January 2026</caption>
<thead>
<tr><th scope="col" colspan="2">Item</th><th scope="col">Drivers (D1&ndash;D3)</th><th scope="col">Workshop (M1&ndash;M3)</th><th scope="col">Control Room and offices (C1, T1)</th></tr>
</thead>
<tbody>
<tr><th scope="row" colspan="2">Overtime, Monday to Saturday</th><td colspan="3">1.5 &times; basic hourly rate</td></tr>
<tr><th scope="row" colspan="2">Overtime, Sunday</th><td colspan="3">2 &times; basic hourly rate</td></tr>
<tr><th scope="row" colspan="2">Public holiday worked</th><td colspan="3">2 &times; basic hourly rate</td></tr>
<tr><th scope="rowgroup" rowspan="3">Shift premiums</th><th scope="row">Early start (sign-on before 5.00 a.m.)</th><td colspan="3">&euro;1.00 an hour</td></tr>
<tr><th scope="row">Late finish (sign-off after 10.00 p.m.)</th><td>&euro;1.10 an hour</td><td>&euro;1.10 an hour</td><td>&euro;0.90 an hour</td></tr>
<tr><th scope="row">Night (hours between midnight and 5.00 a.m.)</th><td colspan="3">&euro;1.80 an hour</td></tr>
<tr><th scope="row" colspan="2">Split duty allowance</th><td>&euro;5.00 a day</td><td>&ndash;</td><td>&ndash;</td></tr>
<tr><th scope="row" colspan="2">Meal allowance (duty spread over 11 hours)</th><td colspan="3">&euro;6.50 a day</td></tr>
<tr><th scope="row" colspan="2">Layover allowance (coach hire, unpaid waiting over 3 hours)</th><td>&euro;3.50 an hour</td><td>&ndash;</td><td>&ndash;</td></tr>
<tr><th scope="row" colspan="2">Call-out outside rostered hours</th><td>&ndash;</td><td>Paid for at least 2 hours at 1.5 &times; basic</td><td>&ndash;</td></tr>
<tr><th scope="row" colspan="2">Tool allowance</th><td>&ndash;</td><td>&euro;20.00 a month</td><td>&ndash;</td></tr>
<tr><th scope="row" colspan="2">Gozo allowance (staff based in Malta working in Gozo)</th><td colspan="3">&euro;12.00 a day, and the ferry ticket refunded</td></tr>
<tr><th scope="row" colspan="2">First-aid certificate allowance</th><td colspan="3">&euro;8.00 a month</td></tr>
</tbody>
</table>

<h2>Overtime approval</h2>
<p>Overtime is approved on the overtime sheet signed by your depot manager or the Workshop Foreman. Overtime sheets
handed in to Payroll by the 15th of the month are paid with that month&rsquo;s salary.</p>

<h2>Questions</h2>
<p>Payroll, ext 215.</p>
""")

PAGES["hal-far-depot.html"] = dict(title="\u0126al Far depot guide", crumb="\u0126al Far depot", owner="Depot Manager, \u0126al Far",
                                   updated="2028-01-29", body="""
<h1>&#294;al Far depot guide</h1>
<p>&#294;al Far is our main depot: 64 buses and coaches, the Control Room, the workshop, the fuel bay, the bus
wash and the main cash office. The Depot Manager is Ms Rita Spiteri (ext 330).</p>

<table>
<caption>Opening hours at &#294;al Far</caption>
<thead>
<tr><th scope="col">Building</th><th scope="col">Service</th><th scope="col">Monday to Friday</th><th scope="col">Saturday</th><th scope="col">Sunday and public holidays</th></tr>
</thead>
<tbody>
<tr><th scope="row">Output Office</th><td>Sign-on window, duty cards, ETMs</td><td colspan="3">4.00 a.m. to 1.30 a.m. every day</td></tr>
<tr><th scope="rowgroup" rowspan="2">Workshop B</th><td>Repairs and inspections</td><td>6.00 a.m. to 10.00 p.m.</td><td>6.00 a.m. to 10.00 p.m.</td><td>7.00 a.m. to 3.00 p.m., on call after that</td></tr>
<tr><td>Stores counter (parts, gloves, boots)</td><td>7.00 a.m. to 3.30 p.m.</td><td>7.00 a.m. to 12 noon</td><td>Closed</td></tr>
<tr><th scope="row">Fuel bay</th><td>Fuelling by the shunters</td><td colspan="3">4.00 a.m. to 1.00 a.m. every day</td></tr>
<tr><th scope="row">Bus wash</th><td>Automatic wash</td><td colspan="3">7.00 p.m. to 3.00 a.m. every day</td></tr>
<tr><th scope="row">Cash office</th><td>Counter (drop safe open 24 hours)</td><td>6.00 a.m. to 11.00 p.m.</td><td>6.00 a.m. to 11.00 p.m.</td><td>7.00 a.m. to 9.00 p.m.</td></tr>
<tr><th scope="row">Canteen</th><td>Hot food, ftira, coffee</td><td>5.00 a.m. to 2.00 p.m. and 4.00 p.m. to 10.00 p.m.</td><td>5.00 a.m. to 2.00 p.m.</td><td>6.00 a.m. to 1.00 p.m.</td></tr>
</tbody>
</table>

<h2>Getting here</h2>
<p>A staff minibus leaves Bir&#380;ebbu&#289;a (the Pretty Bay bus stop) at 3.45 a.m. and 4.30 a.m. for the early
duties, and takes the last late turns home at 1.45 a.m. Tell the Output Office by 6.00 p.m. the day before if you
need a seat.</p>

<h2>In the yard</h2>
<ul>
<li>Staff cars park in Yard C only, never in the bus bays or on the wash lane.</li>
<li>The yard speed limit is 10 km/h for every vehicle, buses included.</li>
<li>Wear your hi-vis vest whenever you walk in the yard, and keep to the green walkways.</li>
<li>Smoking is allowed only in the shelter behind Workshop B.</li>
<li>Visitors and contractors sign in at the gatehouse and wear a visitor badge.</li>
</ul>

<h2>Lockers and lost property</h2>
<p>Lockers are in the drivers&rsquo; room above the Output Office. Ask the depot clerk for one; the key deposit is
&euro;10.00. Lost property found on buses is handed in at the Output Office window and sent to Head Office every
Monday.</p>
""")

PAGES["health-and-safety.html"] = dict(title="Health and safety", crumb="Health &amp; safety", owner="Health &amp; Safety Officer",
                                       updated="2028-02-14", body="""
<h1>Health and safety</h1>
<p>The Health &amp; Safety Officer is Ms Stephanie Debono (ext 260). Every depot has trained first-aiders; their
names are on the notice board next to the Output Office window.</p>

<h2>Threats and assaults on drivers</h2>
<ol>
<li>If a passenger threatens you or becomes violent, press the emergency button on the ETM twice. The Control Room
hears the cab and sees the bus on the map.</li>
<li>Say &ldquo;Code Red&rdquo; on the radio if you can do so safely, and give your location.</li>
<li>Close the cab door and stay in the cab. Do not leave the cab to follow or hold anyone.</li>
<li>The Control Room calls the police on 112 and sends a supervisor.</li>
<li>Write the incident report in Rota &gt; Incident report before the end of your duty.</li>
</ol>

<h2>Road accidents</h2>
<p>Stop, put on the hazard lights and call the Control Room with Code 4. Check on passengers and call 112 if anyone
is hurt. Take photos of the vehicles, the road and any damage, and exchange details with the other driver. Do not
admit fault. Complete the accident report form AR1 in Rota before you sign off; the insurer&rsquo;s form is filled
in with your depot manager within 2 working days. Every driver involved in an accident with an injury is breath
tested before returning to the depot.</p>

<table>
<caption>What to report, to whom and by when</caption>
<thead>
<tr><th scope="col" rowspan="2">What happened</th><th scope="colgroup" colspan="2">Tell</th><th scope="col" rowspan="2">Report in Rota</th></tr>
<tr><th scope="col">At once</th><th scope="col">Later</th></tr>
</thead>
<tbody>
<tr><th scope="row">Threat or assault</th><td>Control Room (Code Red)</td><td>Depot manager</td><td>Incident report, before the end of the duty</td></tr>
<tr><th scope="row">Road accident</th><td>Control Room (Code 4)</td><td>Depot manager</td><td>Form AR1, before sign-off</td></tr>
<tr><th scope="row">Passenger fall on board</th><td>Control Room</td><td>Health &amp; Safety Officer</td><td>Incident report, before the end of the duty</td></tr>
<tr><th scope="row">Needle or sharps found</th><td colspan="2">Control Room; the bus goes out of service for cleaning</td><td>Incident report, within 24 hours</td></tr>
<tr><th scope="row">Fuel or oil spill in a depot</th><td colspan="2">Output Office or Workshop Foreman</td><td>Incident report, within 24 hours</td></tr>
<tr><th scope="row">Near miss</th><td>&ndash;</td><td>Health &amp; Safety Officer</td><td>Near-miss report, within 48 hours</td></tr>
</tbody>
</table>

<h2>Heat</h2>
<p>From 1 June to 30 September every driver gets two 500 ml bottles of water for each duty from the Output Office.
If the cab air conditioning fails and the cab is hotter than 30 &deg;C, tell the Control Room, which will change
the bus at the next relief point.</p>

<h2>Sharps and body fluids</h2>
<p>Never pick up a needle with your hands. Use the sharps pouch in the first aid kit, or leave it and keep
passengers away from it. Body fluids are cleaned by the depot cleaners, not by the driver.</p>
""")

PAGES["control-room.html"] = dict(title="Control Room", crumb="Control Room", owner="Control Room Manager",
                                  updated="2028-02-02", body="""
<h1>Control Room (Kontroll)</h1>
<p>The Control Room at &#294;al Far runs 24 hours a day, every day. It watches every bus on BusTrack, answers
radio channel 1 and ext 300, and decides on diversions, short-turns and replacement buses. The Control Room Manager
is Mr Ryan Azzopardi (ext 301).</p>

<table>
<caption>Radio codes</caption>
<thead><tr><th scope="col">Code</th><th scope="col">Meaning</th><th scope="col">What the Control Room does</th></tr></thead>
<tbody>
<tr><th scope="row">Code 1</th><td>Breakdown: the bus cannot continue</td><td>Sends the next bus or a replacement and the recovery truck</td></tr>
<tr><th scope="row">Code 2</th><td>Running more than 10 minutes late</td><td>May short-turn the bus or send a spare</td></tr>
<tr><th scope="row">Code 3</th><td>Passenger taken ill</td><td>Calls an ambulance on 112 if needed</td></tr>
<tr><th scope="row">Code 4</th><td>Road accident</td><td>Sends a supervisor; police and ambulance if needed</td></tr>
<tr><th scope="row">Code Red</th><td>Threat or assault</td><td>Listens to the cab, calls the police, sends a supervisor</td></tr>
</tbody>
</table>

<table>
<caption>Control Room targets</caption>
<thead>
<tr><th scope="col" rowspan="2">Priority</th><th scope="col" rowspan="2">Calls</th><th scope="colgroup" colspan="2">Target</th></tr>
<tr><th scope="col">Answer the driver</th><th scope="col">Help on scene</th></tr>
</thead>
<tbody>
<tr><th scope="row">P1</th><td>Code Red; Code 4 with injury</td><td>At once</td><td>Within 20 minutes</td></tr>
<tr><th scope="row">P2</th><td>Code 1 blocking the road; Code 3</td><td>Within 2 minutes</td><td>Within 45 minutes</td></tr>
<tr><th scope="row">P3</th><td>Code 2; Code 1 off the road; defects</td><td>Within 10 minutes</td><td>When a bus is free</td></tr>
</tbody>
</table>

<h2>Breakdowns</h2>
<ol>
<li>Stop somewhere safe if you can, put on the hazard lights and set the warning triangle if the bus blocks the road.</li>
<li>Give Code 1 on the radio with your fleet number, route and exact location.</li>
<li>Keep the passengers on board unless it is unsafe; if they must get off, lead them to the pavement.</li>
<li>Issue a transfer ticket on the ETM (Menu &gt; Transfer) to every passenger who paid, so the next bus carries them free.</li>
<li>Stay with the bus until the recovery truck arrives, then record the defect in FleetBook back at the depot.</li>
</ol>

<h2>Running to time</h2>
<p>Never leave a timing point early. If you are more than 2 minutes early, wait. Give Code 2 when you are more than
10 minutes late; do not miss stops to make up time unless the Control Room tells you to run non-stop.</p>

<h2>Diversions and lost property</h2>
<p>Diversions are sent to the ETM message screen and confirmed on the radio. Lost property is recorded on the ETM
(&ldquo;LOST ITEM&rdquo;) and handed in at the end of the duty; phones, wallets and passports are sent to Head Office
the same day. Passengers may claim lost property at Head Office within 3 months.</p>
""")

PAGES["festa-season.html"] = dict(title="Festa season 2028", crumb="Festa season", owner="Control Room Manager",
                                  updated="2028-03-06", body="""
<h1>Festa season 2028</h1>
<p>From June to September most of our South Line towns hold their village festa. The Control Room sends the
week&rsquo;s diversions to every depot every Thursday; the table below is the provisional plan for the main weekends,
from the parish dates we have received so far. Dates may still change.</p>

<table>
<caption>Main festa diversions, 2028 (provisional)</caption>
<thead>
<tr><th scope="col">Festa</th><th scope="col">Town</th><th scope="col">Main days</th><th scope="col">Routes</th><th scope="col">Diversion</th></tr>
</thead>
<tbody>
<tr><th scope="row">St Catherine</th><td>&#379;ejtun</td><td>17&ndash;18/06/2028</td><td>SL1</td><td>Via Triq il-Belt Valletta bypass from 6.00 p.m.</td></tr>
<tr><th scope="row">St Peter in Chains</th><td>Bir&#380;ebbu&#289;a</td><td>05&ndash;06/08/2028</td><td>SL2, SL5</td><td>Seafront closed; last stop at Pretty Bay from 7.00 p.m.</td></tr>
<tr><th scope="rowgroup" rowspan="2">Santa Marija</th><td>&#288;&#295;axaq</td><td rowspan="2">14&ndash;15/08/2028</td><td>SL4</td><td>Parish square closed; stop moved to the school</td></tr>
<tr><td>Gudja</td><td>SL4</td><td>Through the airport road both ways from 5.00 p.m.</td></tr>
<tr><th scope="row">Our Lady of Graces</th><td>&#379;abbar</td><td>09&ndash;10/09/2028</td><td>SL3</td><td>Via the Santa Lucija roundabout; no stops in the centre</td></tr>
</tbody>
</table>

<h2>Fireworks</h2>
<p>Do not stop or park within 200 metres of a ground fireworks display, and never drive through a street where
petards are being let off: wait and call the Control Room. The Control Room will tell you when the road is clear.</p>

<h2>Festa nights</h2>
<p>On the eve and the night of the main festas, the South Line routes serving the town run extra buses until
1.00 a.m. These duties are rostered in turn, so nobody works more than 2 festa nights in 3 weekends. Band clubs that
want a coach for a band march or an outing book it through Coach Hire Sales at the festa or band club hire rate.</p>

<h2>Passengers</h2>
<p>Festa crowds are happy but large. Do not overload the bus: the standing limit on the sign in the saloon is the
limit. If you cannot take more passengers, tell the Control Room, which will send the next bus or a spare.</p>
""")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, p in PAGES.items():
        html = page(name, p["title"], p["crumb"], p["body"], p["owner"], p["updated"], p.get("year", 2028),
                    p.get("nav", NAV))
        assert all(ord(c) < 128 for c in html), name
        with open(os.path.join(OUT, name), "w", encoding="ascii", newline="\n") as fh:
            fh.write(html)
        print("wrote", os.path.relpath(os.path.join(OUT, name), HERE))


if __name__ == "__main__":
    main()
