#!/usr/bin/env python3
"""Build the seven RidgeNet intranet pages in docs/ridgenet/ (standard library only, ASCII with entities).

Every page gets the same site chrome (skip link, header with logo and search, tool links, main nav, breadcrumb,
quick contacts sidebar, footer with owner, last-updated date and addresses, inline style and script). The archived
travel page is built from its own, older chrome settings (no Staff housing link, (c) 2025).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "ridgenet")

NAV = [
    ("index.html", "Home"),
    ("pay-and-overtime.html", "Pay &amp; overtime"),
    ("highway-travel.html", "Highway travel"),
    ("dry-mill-safety.html", "Dry mill safety"),
    ("staff-housing.html", "Staff housing"),
    ("it-help-desk.html", "IT help desk"),
]

STYLE = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.site-header{background:#4a2c17;color:#fff;padding:8px 16px;display:flex;gap:16px;align-items:center}
nav ul{list-style:none;margin:0;padding:0 16px;display:flex;gap:14px;background:#e9dcc9}
.layout{display:flex;gap:24px;padding:16px}main{flex:3}aside{flex:1;background:#f6f1ea;padding:8px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #999;padding:4px 8px;text-align:left}
footer{font-size:12px;color:#555;border-top:1px solid #ccc;padding:8px 16px}"""


def chrome(fname, title, crumb, body, owner, updated, year, nav=None):
    nav = nav or NAV
    items = []
    for href, label in nav:
        cur = ' aria-current="page"' if href == fname else ""
        items.append(f'<li><a href="{href}"{cur}>{label}</a></li>')
    crumb_html = "" if fname == "index.html" else (
        f'<p class="breadcrumb"><a href="index.html">Home</a> &raquo; {crumb}</p>\n')
    return f"""<!DOCTYPE html>
<html lang="en-PG">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | RidgeNet</title>
<style>
{STYLE}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<img src="/assets/kumul-ridge-logo.png" alt="Kumul Ridge Coffee" width="160" height="48">
<span class="site-name">RidgeNet</span>
<form class="search" action="/search" method="get" role="search">
<label for="q">Search RidgeNet</label> <input id="q" name="q" type="search"> <button type="submit">Search</button>
</form>
<ul class="tools">
<li><a href="https://peoplepoint.kumulridgecoffee.com.pg/">PeoplePoint</a></li>
<li><a href="/buybook-help/">BuyBook help</a></li>
<li><a href="https://mail.kumulridgecoffee.com.pg/">Webmail</a></li>
<li><a href="/logout">Sign out</a></li>
</ul>
</header>
<nav aria-label="Main"><ul>
{chr(10).join(items)}
</ul></nav>
{crumb_html}<div class="layout">
<main id="main">
{body.strip()}
</main>
<aside class="quick" aria-label="Quick contacts">
<h2>Quick contacts</h2>
<ul>
<li>HR: ext 110</li>
<li>Payroll: ext 120</li>
<li>IT help desk: ext 140</li>
<li>Safety &amp; Security: ext 150</li>
<li>Mill control room: ext 210</li>
<li>Transport desk: ext 310</li>
<li>Lae Warehouse: ext 400</li>
</ul>
</aside>
</div>
<footer>
<p>Page owner: {owner} &middot; Last updated: {updated}</p>
<p>&copy; {year} Kumul Ridge Coffee Limited &middot; Head Office and Goroka Dry Mill: Section 63, Allotment 14,
Kaveve Road, West Goroka, Eastern Highlands Province &middot; Lae Warehouse: Section 5, Allotment 22, Milford Haven
Road, Lae, Morobe Province</p>
</footer>
<script>
document.getElementById("q").placeholder = "Search policies, rates and forms";
</script>
</body>
</html>
"""


PAGES = {}

PAGES["index.html"] = dict(title="Home", crumb="", owner="HR Manager", updated="2028-06-19", year=2028, body="""
<h1>Welcome to RidgeNet</h1>
<p>RidgeNet is the staff intranet of Kumul Ridge Coffee Limited. It holds the rules and rates that apply to
everyone at Head Office, the Goroka Dry Mill, the six buying points and the Lae Warehouse. Your own payslips, leave,
claims and loans are in PeoplePoint, not here.</p>
<h2>News</h2>
<ul>
<li><strong>Flush season 2028.</strong> The dry mill&rsquo;s afternoon shift started on Monday 5 June, and four
buying points now open on Saturday mornings. Read the General Manager Operations&rsquo; flush season memo of
29/05/2028 before you plan any leave.</li>
<li><strong>New scale at Kainantu.</strong> The Kainantu buying point has a new certified platform scale from
13/06/2028. Officers there must do the test-weight check every morning, as at every other buying point.</li>
<li><strong>NASFUND statements.</strong> Your NASFUND half-year statement will be in PeoplePoint by Friday
30/06/2028. Check that your NASFUND member number on the statement matches your payslip.</li>
<li><strong>First Hamburg container.</strong> The first container of the 2028 crop for Kaffeekontor Br&uuml;nnich
is packed at the Lae Warehouse in the week of 10/07/2028, after the pre-shipment sample is approved.</li>
</ul>
<h2>Coming up</h2>
<table>
<caption>Dates for all sites, June to July 2028</caption>
<thead><tr><th scope="col">Date</th><th scope="col">What</th><th scope="col">Who</th></tr></thead>
<tbody>
<tr><td>Thursday 22/06/2028</td><td>Fortnightly pay (pay period 05/06/2028 to 18/06/2028)</td><td>All staff</td></tr>
<tr><td>Friday 30/06/2028</td><td>NASFUND half-year statements in PeoplePoint</td><td>All staff</td></tr>
<tr><td>Thursday 06/07/2028</td><td>Fortnightly pay</td><td>All staff</td></tr>
<tr><td>Monday 10/07/2028</td><td>Container packing for Kaffeekontor Br&uuml;nnich starts</td><td>Lae Warehouse,
Quality</td></tr>
<tr><td>Friday 14/07/2028</td><td>Fire drill at the Goroka Dry Mill, 10.00 a.m.; last day to request August
leave</td><td>Mill staff; all mill, buying and warehouse staff</td></tr>
<tr><td>Monday 24/07/2028</td><td>National Remembrance Day (23 July is a Sunday, so the holiday is kept on the
Monday)</td><td>All sites</td></tr>
</tbody>
</table>
<h2>Quick links</h2>
<ul>
<li><a href="pay-and-overtime.html">Pay rates and overtime from 1 January 2028</a></li>
<li><a href="highway-travel.html">Highlands Highway travel rules</a></li>
<li><a href="/docs/data/staff-faq.json">Staff FAQ</a> and <a href="/docs/data/policy-register.json">policy
register</a></li>
</ul>
""")

PAGES["pay-and-overtime.html"] = dict(title="Pay rates and overtime", crumb="Pay &amp; overtime",
                                      owner="Finance Manager", updated="2028-01-08", year=2028, body="""
<h1>Pay rates and overtime</h1>
<p class="lead">These rates apply from 1 January 2028 to all hourly-paid staff at the Goroka Dry Mill, the Lae
Warehouse and the buying points. Salaried staff are on individual contracts and are not covered by this page. Pay is
fortnightly, on a Thursday, into your own bank account.</p>
<table>
<caption>Hourly rates from 1 January 2028</caption>
<thead>
<tr><th scope="col" rowspan="2">Grade</th><th scope="col" rowspan="2">Typical jobs</th>
<th scope="colgroup" colspan="2">Hourly rate</th></tr>
<tr><th scope="col">Start</th><th scope="col">After 12 months</th></tr>
</thead>
<tbody>
<tr><th scope="row">G1</th><td>Labourer, sorter, bag handler, cleaner</td><td>K4.80</td><td>K5.10</td></tr>
<tr><th scope="row">G2</th><td>Machine attendant, driver&rsquo;s assistant, buying clerk</td><td>K5.60</td>
<td>K5.95</td></tr>
<tr><th scope="row">G3</th><td>Forklift operator, truck driver, weighbridge clerk</td><td>K6.90</td><td>K7.30</td></tr>
<tr><th scope="row">G4</th><td>Leading hand, buying point officer</td><td>K8.40</td><td>K8.90</td></tr>
<tr><th scope="row">Casual</th><td>Seasonal sorter at the sorting tables (8-hour day)</td>
<td colspan="2">K40.00 a day</td></tr>
</tbody>
</table>
<table>
<caption>Overtime and premiums</caption>
<thead><tr><th scope="col" colspan="2">When</th><th scope="col">Rate</th></tr></thead>
<tbody>
<tr><th scope="rowgroup" rowspan="3">Overtime</th><td>Monday to Saturday, after 8 hours in a day</td>
<td>1.5 &times; ordinary rate</td></tr>
<tr><td>Sunday, all hours</td><td>2 &times; ordinary rate</td></tr>
<tr><td>Public holiday, all hours</td><td>2 &times; ordinary rate, plus a day off in lieu within 30 days</td></tr>
<tr><th scope="rowgroup" rowspan="3">Premiums</th><td>Afternoon shift, each hour worked after 6.00 p.m.</td>
<td>K1.20 an hour on top</td></tr>
<tr><td>Huller and grader hall (dust and noise)</td><td>K0.60 an hour on top</td></tr>
<tr><td>Call-out (called back to work after you have gone home)</td><td>At least 3 hours at 1.5 &times;</td></tr>
</tbody>
</table>
<h2>Overtime rules</h2>
<ul>
<li>Overtime is worked only when your supervisor asks for it. Your supervisor approves the hours in PeoplePoint by
Monday 12 noon of the pay week; hours that are not approved by then are paid in the next pay.</li>
<li>No one works more than 12 hours of overtime in a week. During the flush season the General Manager Operations
may approve up to 20 hours a week for the mill and the Lae Warehouse.</li>
<li>Casual sorters are paid the day rate for a full day; a casual who works past 8 hours is paid K6.00 for each
extra hour.</li>
</ul>
<h2>What comes out of your pay</h2>
<p>Salary or wages tax (SWT) worked out from the Internal Revenue Commission tables, your NASFUND contribution of
6%, rent for company housing, and any loan or advance repayment. The company adds 8.4% of your pay to your NASFUND
account; it is not taken from your pay.</p>
""")

HIGHWAY_BODY = """
<h1>Highlands Highway travel rules{suffix}</h1>
<p class="lead">These rules apply to every company truck, the escort vehicle, contractors&rsquo; trucks carrying our
coffee, and every staff member travelling on company business between Goroka, the buying points and Lae.
{lead_date}</p>
<h2>Before you leave</h2>
<ul>
<li>The Transport Supervisor signs a travel order naming the driver, the crew and the load. Nobody else rides.</li>
<li>The driver does the pre-trip check in TruckWatch (tyres, brakes, lights, spare, two warning triangles, fire
extinguisher) and fills up with fuel in Goroka or Lae.</li>
</ul>
<table>
<caption>Departure times</caption>
<thead>
<tr><th scope="col" rowspan="2">Route</th><th scope="colgroup" colspan="2">Leave</th>
<th scope="col" rowspan="2">Arrive by</th></tr>
<tr><th scope="col">Not before</th><th scope="col">Not after</th></tr>
</thead>
<tbody>
{departures}
</tbody>
</table>
<h2>On the road</h2>
<ul>
{convoy}
<li>{rest}</li>
<li>Only the crew named on the travel order ride in a company vehicle. Do not carry family members, friends or
people asking for a lift, not even for a short distance.</li>
</ul>
<table>
<caption>Speed limits</caption>
<thead><tr><th scope="col">Vehicle</th><th scope="col">Open road</th><th scope="col">Kassam Pass (going down)</th>
<th scope="col">Towns, villages and markets</th></tr></thead>
<tbody>
{speeds}
</tbody>
</table>
<table>
<caption>Check-in calls to the Transport desk (ext 310; after hours the convoy line, speed dial 1 on the truck
phone)</caption>
<thead><tr><th scope="col">Check-in point</th><th scope="col">Call when</th></tr></thead>
<tbody>
{checkins}
</tbody>
</table>
<h2>Hold-ups and road blocks</h2>
<p>If armed men stop the truck, do not resist and do not argue. Hand over what they ask for: your life is worth more
than any load. When it is safe, call the Transport desk, then report to the nearest police station. If the road is
blocked by a fight, a landslide or a protest, do not try to drive through. Turn back to the last check-in point or
wait at the Kainantu buying point, and call the Transport desk.</p>
<h2>If the truck breaks down</h2>
<ol>
<li>Pull off the road as far as you safely can and put the hazard lights on.</li>
<li>Place the two warning triangles {triangles} behind and in front of the truck.</li>
<li>Call the Transport desk with your location; TruckWatch also shows where you are.</li>
<li>The crew stays with the truck, and the escort vehicle stays with a loaded truck.</li>
<li>Do not accept towing or repairs from people you do not know. The Transport Supervisor sends the company mechanic
or hires a tow truck.</li>
<li>{dark}</li>
</ol>
"""

CURRENT_HW = dict(
    suffix="",
    lead_date="These rules apply from 1 March 2028.",
    departures="""<tr><th scope="row">Goroka to Lae</th><td>5.30 a.m.</td><td>10.00 a.m.</td><td>5.00 p.m.</td></tr>
<tr><th scope="row">Lae to Goroka</th><td>6.00 a.m.</td><td>9.30 a.m.</td><td>5.30 p.m.</td></tr>
<tr><th scope="row">Goroka to the buying points</th><td>6.00 a.m.</td><td>1.00 p.m.</td>
<td>Back in Goroka by 6.00 p.m.</td></tr>""",
    convoy="""<li>Every truck carrying green bean travels in a convoy of at least 2 trucks with the escort vehicle
and two security guards.</li>""",
    rest="Drivers take a 15-minute break after every 2 hours of driving. No driver drives more than 10 hours in a day.",
    speeds="""<tr><th scope="row">Loaded truck</th><td>60 km/h</td><td>30 km/h</td><td rowspan="2">40 km/h</td></tr>
<tr><th scope="row">Escort vehicle and light vehicles</th><td>80 km/h</td><td>40 km/h</td></tr>""",
    checkins="""<tr><td>Kainantu (buying point)</td><td>On passing, both ways</td></tr>
<tr><td>Top of the Kassam Pass</td><td>Before starting down or after coming up</td></tr>
<tr><td>Umi</td><td>On passing, both ways</td></tr>
<tr><td>Nadzab turn-off</td><td>On passing, both ways</td></tr>
<tr><td>Lae Warehouse gate or Goroka mill gate</td><td>On arrival</td></tr>""",
    triangles="50 metres",
    dark="If you are still stopped at 4.00 p.m., the escort vehicle takes the crew to the nearest safe place before "
         "dark, and two security guards from Goroka or Lae stay with the truck.",
)

OLD_HW = dict(
    suffix=" (archived)",
    lead_date="These rules apply from 1 September 2025.",
    departures="""<tr><th scope="row">Goroka to Lae</th><td>5.30 a.m.</td><td>11.00 a.m.</td><td>6.00 p.m.</td></tr>
<tr><th scope="row">Lae to Goroka</th><td>6.00 a.m.</td><td>10.30 a.m.</td><td>6.00 p.m.</td></tr>
<tr><th scope="row">Goroka to the buying points</th><td>6.00 a.m.</td><td>2.00 p.m.</td>
<td>Back in Goroka by 6.30 p.m.</td></tr>""",
    convoy="""<li>A truck carrying more than 8 tonnes of green bean travels in a convoy of at least 2 trucks with the
escort vehicle.</li>""",
    rest="Drivers take a 15-minute break after every 3 hours of driving. No driver drives more than 12 hours in a day.",
    speeds="""<tr><th scope="row">Loaded truck</th><td>70 km/h</td><td>40 km/h</td><td rowspan="2">50 km/h</td></tr>
<tr><th scope="row">Escort vehicle and light vehicles</th><td>90 km/h</td><td>50 km/h</td></tr>""",
    checkins="""<tr><td>Kainantu (buying point)</td><td>On passing, both ways</td></tr>
<tr><td>Nadzab turn-off</td><td>On passing, both ways</td></tr>
<tr><td>Lae Warehouse gate or Goroka mill gate</td><td>On arrival</td></tr>""",
    triangles="30 metres",
    dark="If you are still stopped at 5.00 p.m., the crew locks the truck and goes with the escort vehicle to the "
         "nearest police station for the night.",
)

PAGES["highway-travel.html"] = dict(title="Highlands Highway travel rules", crumb="Highway travel",
                                    owner="Transport Supervisor", updated="2028-03-06", year=2028,
                                    body=HIGHWAY_BODY.format(**CURRENT_HW))
PAGES["highway-travel-archived.html"] = dict(title="Highlands Highway travel rules (archived)",
                                             crumb="Highway travel", owner="Transport Supervisor",
                                             updated="2025-08-04", year=2025,
                                             body=HIGHWAY_BODY.format(**OLD_HW),
                                             nav=[n for n in NAV if n[0] != "staff-housing.html"],
                                             navfile="highway-travel.html")

PAGES["dry-mill-safety.html"] = dict(title="Safety at the Goroka Dry Mill", crumb="Dry mill safety",
                                     owner="Safety &amp; Security Officer", updated="2028-02-12", year=2028, body="""
<h1>Safety at the Goroka Dry Mill</h1>
<p class="lead">Everyone who works in or visits the dry mill follows these rules, including casual sorters,
contractors and drivers from the buying points. Your supervisor shows you the mill on your first day.</p>
<table>
<caption>Protective equipment by area</caption>
<thead>
<tr><th scope="col" rowspan="2">Area</th><th scope="colgroup" colspan="2">Breathing and hearing</th>
<th scope="col" rowspan="2">Feet</th><th scope="col" rowspan="2">Also wear</th></tr>
<tr><th scope="col">Hearing</th><th scope="col">Dust</th></tr>
</thead>
<tbody>
<tr><th scope="row">Huller and grader hall</th><td>Ear muffs</td><td>P2 dust mask</td>
<td rowspan="3">Steel-capped boots</td><td>Hi-vis vest</td></tr>
<tr><th scope="row">Colour sorter room</th><td>Ear plugs</td><td>P2 dust mask</td><td>None extra</td></tr>
<tr><th scope="row">Bag store and loading bay</th><td colspan="2">Not needed</td>
<td>Hi-vis vest; hard hat when working beside stacks</td></tr>
<tr><th scope="row">Sorting tables</th><td colspan="2">Not needed</td><td>Closed shoes</td>
<td>Hair net and apron</td></tr>
</tbody>
</table>
<h2>Bags and stacks</h2>
<p>A bag of green bean weighs 60 kg. Two people lift a bag together, or use the bag conveyor. Stacks in the bag
store are no higher than 18 bags, with a 1-metre gap from the walls so that stacks can be inspected and
fumigated.</p>
<h2>Fire</h2>
<p>The fire assembly point is the open ground at the front gate, beside the weighbridge. Fire extinguishers are
checked every month by the Safety &amp; Security Officer and a fire drill is held twice a year. The husk pile behind
the huller hall is cleared every day and is never burnt on site. Smoking is allowed only at the smoking shed behind
the canteen, and never within 20 metres of the bag store or the husk pile.</p>
<h2>If someone is hurt</h2>
<ol>
<li>Stop the machine with the red emergency stop and make the area safe.</li>
<li>Call a first aid officer; their names are on the board outside the canteen.</li>
<li>For a serious injury the Mill control room (ext 210) sends the duty vehicle to take the injured worker to
Goroka Base Hospital and calls the Safety &amp; Security Officer.</li>
<li>Report every injury and every near miss in PeoplePoint within 24 hours.</li>
</ol>
<h2>Machines</h2>
<p>Only trained operators start the hullers, the graders and the colour sorter. Lock out and tag the machine at the
isolator before clearing a blockage, and never reach past a guard while a machine is running.</p>
""")

PAGES["staff-housing.html"] = dict(title="Staff housing and the staff bus", crumb="Staff housing",
                                   owner="HR Manager", updated="2028-04-17", year=2028, body="""
<h1>Staff housing and the staff bus</h1>
<p class="lead">Company housing is offered to permanent staff when a house or room is free. Ask HR to put your name
on the waiting list. Rent is taken from your fortnightly pay.</p>
<table>
<caption>Company housing and rent</caption>
<thead><tr><th scope="col">Site</th><th scope="col">Type</th><th scope="col">Rent each fortnight</th>
<th scope="col">Power and water</th></tr></thead>
<tbody>
<tr><th scope="rowgroup" rowspan="2">Kaveve compound, Goroka</th><td>Single room in the barracks block</td>
<td>K30.00</td><td>Included</td></tr>
<tr><td>Two-bedroom family house</td><td>K65.00</td><td>Water included; the company loads K40.00 a fortnight on the
Easipay power meter, and you pay for any extra</td></tr>
<tr><th scope="row">Lae barracks, Milford Haven Road</th><td>Single room</td><td>K35.00</td><td>Included</td></tr>
</tbody>
</table>
<h2>Visitors and relatives</h2>
<p>Relatives and other visitors may stay with you for up to 14 nights in a row, and no more than 2 visitors at one
time. Register every visitor at the security gate on the day they arrive. A visitor who needs to stay longer needs
the HR Manager&rsquo;s written approval. You are responsible for your visitors&rsquo; behaviour.</p>
<h2>Compound rules</h2>
<ul>
<li>The Kaveve compound gate closes at 10.00 p.m. and the Lae barracks gate at 9.30 p.m.</li>
<li>No alcohol, no home brew and no gambling anywhere in the compound or the barracks.</li>
<li>No loud music after 9.00 p.m.</li>
<li>Small food gardens behind the family houses are allowed; pigs are not.</li>
</ul>
<h2>Goroka staff bus</h2>
<table>
<caption>Staff bus times in the flush season</caption>
<thead>
<tr><th scope="col" rowspan="2">Route</th><th scope="colgroup" colspan="2">Day shift</th>
<th scope="colgroup" colspan="2">Afternoon shift</th></tr>
<tr><th scope="col">Pick-up</th><th scope="col">Drop-off</th><th scope="col">Pick-up</th><th scope="col">Drop-off</th></tr>
</thead>
<tbody>
<tr><th scope="row">A: Goroka market, North Goroka</th><td>5.15 a.m.</td><td>2.20 p.m.</td><td>1.15 p.m.</td>
<td>10.20 p.m.</td></tr>
<tr><th scope="row">B: Asaro road to 12 Mile</th><td>5.00 a.m.</td><td>2.30 p.m.</td><td>1.00 p.m.</td>
<td>10.30 p.m.</td></tr>
</tbody>
</table>
<p>The bus is free. If you miss it, make your own way to work; PMV fares are not paid back. Lae staff: see the Lae
Warehouse site guide for the Lae bus.</p>
""")

PAGES["it-help-desk.html"] = dict(title="IT help desk", crumb="IT help desk", owner="IT Officer",
                                  updated="2028-05-22", year=2028, body="""
<h1>IT help desk</h1>
<p class="lead">Call ext 140 or e-mail it@kumulridgecoffee.com.pg, Monday to Friday, 7.45 a.m. to 4.06 p.m. During
the flush season the help desk also answers on Saturday from 7.00 a.m. to 12 noon, for BuyBook problems only.</p>
<table>
<caption>How fast we respond</caption>
<thead>
<tr><th scope="col" rowspan="2">Priority</th><th scope="col" rowspan="2">Examples</th>
<th scope="colgroup" colspan="2">We aim to</th></tr>
<tr><th scope="col">Respond within</th><th scope="col">Fix within</th></tr>
</thead>
<tbody>
<tr><th scope="row">P1</th><td>BuyBook down at a buying point on a buying day; the weighbridge system down</td>
<td>30 minutes</td><td>4 hours</td></tr>
<tr><th scope="row">P2</th><td>One tablet or PC not working; cannot log in to PeoplePoint</td><td>2 hours</td>
<td>1 working day</td></tr>
<tr><th scope="row">P3</th><td>New user, printer, phone set-up, a new report</td><td colspan="2">5 working days</td></tr>
</tbody>
</table>
<h2>Passwords</h2>
<p>Passwords have at least 10 characters and are changed every 90 days. Never share your password or the one-time
code sent to your phone. IT will never ask for them.</p>
<h2>Tablets and company phones</h2>
<ul>
<li>Every buying point tablet syncs BuyBook by 5.00 p.m. on each buying day. If there is no network, bring the
tablet to the Goroka office and sync it by 9.00 a.m. the next morning.</li>
<li>Company SIM cards get 10 GB of data on the 1st of each month. Do not use them for personal video or music.</li>
<li>Report a lost or stolen phone or tablet to IT and to the Safety &amp; Security Officer within 24 hours, so IT can
wipe it.</li>
</ul>
<table>
<caption>Change log</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Change</th></tr></thead>
<tbody>
<tr><td>2028-05-22</td><td>Saturday help desk hours added for the flush season</td></tr>
<tr><td>2028-02-01</td><td>PeoplePoint one-time code by SMS switched on for all staff</td></tr>
<tr><td>2027-11-06</td><td>BuyBook version 4 on all buying point tablets</td></tr>
</tbody>
</table>
""")


def main():
    os.makedirs(OUT, exist_ok=True)
    for fname, p in PAGES.items():
        html = chrome(p.get("navfile", fname), p["title"], p["crumb"], p["body"], p["owner"], p["updated"],
                      p["year"], p.get("nav"))
        html.encode("ascii")  # ASCII only; other characters are entities
        with open(os.path.join(OUT, fname), "w", encoding="ascii", newline="\n") as fh:
            fh.write(html)
        print("wrote", os.path.relpath(os.path.join(OUT, fname), HERE))


if __name__ == "__main__":
    main()
