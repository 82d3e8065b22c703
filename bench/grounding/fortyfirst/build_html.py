#!/usr/bin/env python3
"""Build the KP Hub intranet pages in docs/hub/ (standard library only, deterministic, ASCII with entities)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hub")

NAV = [
    ("index.html", "Home"),
    ("pay-and-overtime.html", "Pay &amp; Overtime"),
    ("employee-housing.html", "Employee Housing"),
    ("pass-and-perks.html", "Pass &amp; Perks"),
    ("staff-shuttle.html", "Staff Shuttle"),
    ("safety-and-injuries.html", "Safety &amp; Injuries"),
]

CONTACTS = """<aside class="contacts" aria-label="Quick contacts">
<h2>Quick contacts</h2>
<ul>
<li>HR Service Desk: ext. 2100</li>
<li>Payroll: ext. 2120</li>
<li>Housing Office (24-hour on-call): ext. 2290</li>
<li>Transportation Dispatch: ext. 2275</li>
<li>Risk &amp; Safety: ext. 2160</li>
<li>Ski Patrol Dispatch: ext. 2222 or radio Channel 2</li>
<li>Emergency: 911</li>
</ul>
</aside>"""

STYLE = """<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d2b36}
header{background:#23415a;color:#fff;padding:8px 16px}
nav a{color:#fff;margin-right:14px}
table{border-collapse:collapse;margin:8px 0}
th,td{border:1px solid #9fb3c4;padding:4px 8px;vertical-align:top}
.contacts{float:right;width:230px;background:#eef3f7;padding:8px;margin:0 0 8px 12px}
footer{clear:both;font-size:small;border-top:1px solid #9fb3c4;margin-top:20px;padding:8px 16px}
</style>"""

SCRIPT = """<script>
document.addEventListener("DOMContentLoaded", function () {
  var q = document.getElementById("q");
  if (q) { q.setAttribute("placeholder", "Search KP Hub"); }
});
</script>"""


def page(fname, title, crumb, body, owner, updated, year, nav_current=None):
    nav_current = nav_current or fname
    links = []
    for href, label in NAV:
        cur = ' aria-current="page"' if href == nav_current else ""
        links.append(f'<a href="{href}"{cur}>{label}</a>')
    crumb_html = ""
    if crumb:
        crumb_html = f'<p class="breadcrumb"><a href="index.html">Home</a> &raquo; {crumb}</p>\n'
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{title}</title>
{STYLE}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<img src="/static/kp-hub-logo.png" alt="KP Hub" width="120" height="32">
<span class="site">KP Hub &middot; Kestrel Pass employee intranet</span>
<form class="search" action="/search" method="get"><input id="q" name="q" type="search"><button type="submit">Search</button></form>
<p class="tools"><a href="https://trailhr.kestrelpassresort.com/">TrailHR</a> | <a href="https://shiftlift.kestrelpassresort.com/">ShiftLift</a> | <a href="/mail">Webmail</a> | <a href="/logout">Sign out</a></p>
<nav aria-label="Main">{" ".join(links)}</nav>
</header>
{crumb_html}{CONTACTS}
<main id="main">
{body.strip()}
</main>
<footer>
<p>Page owner: {owner} &middot; Last updated: {updated}</p>
<p>&copy; {year} Kestrel Pass Resorts, Inc. &middot; Administration Building, 1 Kestrel Pass Road, Alma, Colorado 80420 &middot; For employees only</p>
</footer>
{SCRIPT}
</body>
</html>
"""
    html.encode("ascii")  # ASCII only: non-ASCII characters are written as entities
    with open(os.path.join(OUT, fname), "w", encoding="ascii", newline="\n") as fh:
        fh.write(html)


INDEX = """
<h1>Welcome to KP Hub</h1>
<p>KP Hub is the employee intranet of Kestrel Pass Resorts, Inc. Everything on it is for Kestrel Pass employees only.
Use TrailHR for your pay statements, PTO and sick leave balances, housing requests and personal details, and use
ShiftLift for your schedule, shift swaps and clocking in and out.</p>

<h2>Season 2027-28 at a glance</h2>
<ul>
<li>Opening day: Friday, November 19, 2027 (conditions permitting)</li>
<li>Closing day: Sunday, April 16, 2028</li>
<li>Lift hours: 9:00 a.m. to 4:00 p.m. on weekdays, 8:30 a.m. to 4:00 p.m. on weekends and holidays</li>
<li>About 1,150 winter employees in 14 departments, 210 of them year-round</li>
</ul>

<h2>Coming up</h2>
<table>
<caption>Dates for the next six weeks</caption>
<thead>
<tr><th>Date</th><th>What</th><th>Who</th></tr>
</thead>
<tbody>
<tr><td>11/12/2027 (Fri)</td><td>Pay date</td><td>All hourly employees</td></tr>
<tr><td>11/14/2027 (Sun)</td><td>Winter staff shuttle schedule starts</td><td>Shuttle riders</td></tr>
<tr><td>11/15/2027 &ndash; 11/16/2027</td><td>Kestrel Express annual inspection by the manufacturer; no staff uploads 7:00 a.m. to 5:00 p.m.</td><td>Lift Maintenance, Lift Operations</td></tr>
<tr><td>11/17/2027 (Wed)</td><td>All-staff meeting, 4:00 p.m., Trailhead Lodge</td><td>All employees</td></tr>
<tr><td>11/18/2027 (Thu)</td><td>Staff preview day on Kestrel Express</td><td>Employees with an activated pass</td></tr>
<tr><td>11/19/2027 (Fri)</td><td>Opening day</td><td>Everyone</td></tr>
<tr><td>11/25/2027 (Thu)</td><td>Thanksgiving staff dinner, the Locker Room</td><td>All employees</td></tr>
<tr><td>11/26/2027 (Fri)</td><td>Pay date</td><td>All hourly employees</td></tr>
<tr><td>12/10/2027 (Fri)</td><td>Pay date</td><td>All hourly employees</td></tr>
<tr><td>12/15/2027 (Wed)</td><td>Last day to buy a Dependent Season Pass</td><td>Employees with family</td></tr>
<tr><td>12/17/2027 (Fri)</td><td>Last day to change your 401(k) contribution for the 01/07/2028 pay</td><td>Year-round employees</td></tr>
</tbody>
</table>

<h2>News</h2>
<h3>Guest voucher blackout dates are posted</h3>
<p>The blackout dates for guest vouchers and friends &amp; family tickets are on the
<a href="pass-and-perks.html">Pass &amp; Perks</a> page. The first one is Thanksgiving weekend.</p>
<h3>Benefits Summary Revision 3</h3>
<p>Revision 3 of the Retirement and Benefits Summary took effect on 10/01/2027: the 401(k) match and the medical
premiums changed. Read it in TrailHR &gt; Documents.</p>
<h3>Lift Operations SOP for 2027-28</h3>
<p>The 2027-28 Lift Operations Standard Operating Procedure is in the Lift Ops binder at every lift and in TrailHR
&gt; Documents. Every lift operator signs it off with their lead before their first shift.</p>
<h3>Housing rent for 2027-28</h3>
<p>Weekly rents changed on 11/01/2027. See <a href="employee-housing.html">Employee Housing</a>.</p>
"""

PAY = """
<h1>Pay &amp; Overtime 2027-28</h1>
<p class="lead">These rates apply from the pay period beginning Sunday, October 10, 2027, to all hourly employees of
Kestrel Pass Resorts, Inc. Salaried staff: see your offer letter. Ski &amp; Ride School instructors are paid by
certification level; see the Instructor Guide.</p>

<h2>Hourly rates</h2>
<table>
<caption>Hourly rates by position, season 2027-28</caption>
<thead>
<tr><th rowspan="2">Department</th><th rowspan="2">Position</th><th colspan="2">Hourly rate</th></tr>
<tr><th>First season</th><th>Returning (2nd season or more)</th></tr>
</thead>
<tbody>
<tr><td rowspan="3">Lift Operations</td><td>Lift Operator</td><td>$19.50</td><td>$20.75</td></tr>
<tr><td>Lift Lead</td><td>$22.00</td><td>$23.50</td></tr>
<tr><td>Lift Maintenance Technician</td><td>$27.00</td><td>$29.50</td></tr>
<tr><td rowspan="2">Mountain Operations</td><td>Snowcat Operator</td><td>$26.00</td><td>$28.00</td></tr>
<tr><td>Snowmaking Technician</td><td>$24.00</td><td>$25.50</td></tr>
<tr><td>Ski Patrol</td><td>Patroller</td><td>$22.50</td><td>$24.50</td></tr>
<tr><td rowspan="2">Rental &amp; Repair</td><td>Rental Technician</td><td>$19.00</td><td>$20.25</td></tr>
<tr><td>Repair Shop Technician</td><td>$21.00</td><td>$22.50</td></tr>
<tr><td>Guest Services</td><td>Ticket &amp; Pass Agent</td><td>$19.00</td><td>$20.00</td></tr>
<tr><td rowspan="2">Food &amp; Beverage</td><td>Cook</td><td>$20.50</td><td>$21.75</td></tr>
<tr><td>Cashier / Server (plus the gratuities you receive)</td><td>$17.75</td><td>$18.50</td></tr>
</tbody>
</table>

<h2>Differentials and bonuses</h2>
<table>
<caption>Added to your hourly rate or paid on top of it</caption>
<thead><tr><th>Item</th><th>Who gets it</th><th>Amount</th></tr></thead>
<tbody>
<tr><td>Night differential</td><td>All hourly staff, for hours worked between 10:00 p.m. and 6:00 a.m.</td><td>$2.50 per hour</td></tr>
<tr><td>Winch operation</td><td>Snowcat operators, for hours on a winch-equipped snowcat</td><td>$3.00 per hour</td></tr>
<tr><td>EMT certification</td><td>Patrollers with a current EMT certificate</td><td>$1.50 per hour</td></tr>
<tr><td>Holiday premium</td><td>Hours worked on Thanksgiving Day, Christmas Day and New Year's Day</td><td>1.5 times your regular rate</td></tr>
<tr><td>Holiday period bonus</td><td>Everyone who works every scheduled shift from 12/18/2027 through 01/02/2028</td><td>$150, paid on 01/21/2028</td></tr>
<tr><td>Season completion bonus</td><td>Everyone who works through their department's last scheduled day</td><td>$1.25 for every hour worked in the season, paid on the final pay date</td></tr>
</tbody>
</table>

<h2>Overtime</h2>
<p>Kestrel Pass follows the Colorado Overtime and Minimum Pay Standards (COMPS) Order and the federal Fair Labor
Standards Act (FLSA). Overtime is paid at 1.5 times your regular rate for hours worked over 40 in a workweek, over 12
in a workday, or over 12 consecutive hours, whichever gives you more pay. Your regular rate includes differentials.
The workweek starts on Sunday at 12:00 a.m. and ends on Saturday at 11:59 p.m.; the two weeks of a pay period are
never averaged.</p>
<p>Overtime must be approved in advance by your department manager in ShiftLift. Overtime worked without approval is
still paid, but repeated unapproved overtime is handled under the Conduct and Discipline policy.</p>

<h2>Breaks</h2>
<p>You get a paid 10-minute rest break for every 4 hours worked, and an unpaid 30-minute meal break when your shift
is longer than 5 hours. If you cannot be fully relieved of duty for your meal break (for example, working alone at a
top station), the meal break is paid: tell your lead so it is recorded in ShiftLift.</p>

<h2>Pay dates</h2>
<p>Hourly staff are paid every other Friday by direct deposit, for the two-week period that ended the Saturday
before. The pay dates for this season are in the Payroll notice. Questions: Payroll, ext. 2120.</p>
"""

HOUSING = """
<h1>Employee Housing 2027-28</h1>
<p class="lead">Kestrel Pass has 412 beds in three properties for seasonal and year-round employees. Housing is
offered with your job offer, and J-1 exchange visitors are always offered a bed. Rent is taken from each biweekly pay,
two weeks at a time, starting with your first pay date.</p>

<table>
<caption>Weekly rent per bed, from 11/01/2027</caption>
<thead>
<tr><th>Property</th><th>Location</th><th>Room type</th><th>Weekly rent</th><th>Who it is for</th></tr>
</thead>
<tbody>
<tr><td rowspan="2">Aspen Flats</td><td rowspan="2">Fairplay</td><td>4-bed shared room</td><td>$95</td><td rowspan="2">All departments</td></tr>
<tr><td>2-bed shared room</td><td>$115</td></tr>
<tr><td rowspan="2">Mosquito Creek Apartments</td><td rowspan="2">Alma</td><td>Shared bedroom</td><td>$140</td><td rowspan="2">Returning and year-round staff first</td></tr>
<tr><td>Private bedroom</td><td>$185</td></tr>
<tr><td>Village Bunkhouse</td><td>Kestrel Village</td><td>6-bed bunk room</td><td>$80</td><td>Ski Patrol, Lift Maintenance and Snowmaking (early starts)</td></tr>
<tr><td colspan="5">Heat, electricity, water, trash, internet and the laundry machines are included in the rent.</td></tr>
</tbody>
</table>

<h2>Deposit and move-in</h2>
<p>The security deposit is $300, taken in three deductions of $100 from your first three pays. It is returned within
30 days after you move out, less any charges for damage beyond normal wear, cleaning, or missing key fobs ($40 per
fob). Collect your key fob at the Housing Office (Aspen Flats, ground floor), open 9:00 a.m. to 6:00 p.m. daily.</p>

<h2>House rules</h2>
<ul>
<li>Quiet hours are 10:00 p.m. to 7:00 a.m. every day.</li>
<li>Overnight guests may stay no more than 2 nights in any week. Register each guest in TrailHR &gt; Housing at least
24 hours ahead; your roommates must agree, and you are responsible for your guest.</li>
<li>No smoking or vaping of any kind, including cannabis, in any unit or within 25 feet of a building.</li>
<li>No pets. Service animals are welcome once approved through HR.</li>
<li>One vehicle per resident, with a season parking permit ($30 from the Housing Office).</li>
<li>Rooms are inspected once a month, with 24 hours' notice posted on your door.</li>
</ul>

<h2>Maintenance</h2>
<p>Report problems in TrailHR &gt; Housing &gt; Work order. For emergencies (no heat, a water leak, a lockout after
10:00 p.m.) call the Housing on-call line, ext. 2290, 24 hours a day.</p>

<h2>Moving out</h2>
<p>You must move out within 48 hours after your last shift or your separation date, whichever comes first. Book a
check-out inspection in TrailHR &gt; Housing and hand in your key fob at the end of it. Rent is charged up to and
including your move-out day.</p>
<p>Questions: Employee Housing Manager, ext. 2291.</p>
"""

HOUSING_OLD = """
<h1>Employee Housing (archived)</h1>
<p class="lead">Kestrel Pass has 388 beds in three properties for seasonal and year-round employees. Housing is
offered with your job offer, and J-1 exchange visitors are always offered a bed. Rent is taken from each biweekly pay,
two weeks at a time, starting with your first pay date.</p>

<table>
<caption>Weekly rent per bed, from 11/01/2026</caption>
<thead>
<tr><th>Property</th><th>Location</th><th>Room type</th><th>Weekly rent</th><th>Who it is for</th></tr>
</thead>
<tbody>
<tr><td rowspan="2">Aspen Flats</td><td rowspan="2">Fairplay</td><td>4-bed shared room</td><td>$85</td><td rowspan="2">All departments</td></tr>
<tr><td>2-bed shared room</td><td>$100</td></tr>
<tr><td rowspan="2">Mosquito Creek Apartments</td><td rowspan="2">Alma</td><td>Shared bedroom</td><td>$125</td><td rowspan="2">Returning and year-round staff first</td></tr>
<tr><td>Private bedroom</td><td>$165</td></tr>
<tr><td>Village Bunkhouse</td><td>Kestrel Village</td><td>6-bed bunk room</td><td>$70</td><td>Ski Patrol and Lift Maintenance</td></tr>
<tr><td colspan="5">Heat, electricity, water, trash and the laundry machines are included in the rent.</td></tr>
</tbody>
</table>

<h2>Deposit and move-in</h2>
<p>The security deposit is $250, taken in two deductions of $125 from your first two pays. It is returned within
45 days after you move out, less any charges for damage beyond normal wear, cleaning, or missing key fobs ($35 per
fob). Collect your key fob at the Housing Office (Aspen Flats, ground floor), open 9:00 a.m. to 6:00 p.m. daily.</p>

<h2>House rules</h2>
<ul>
<li>Quiet hours are 11:00 p.m. to 7:00 a.m. every day.</li>
<li>Overnight guests may stay no more than 3 nights in any week. Register each guest with the Housing Office at least
48 hours ahead; your roommates must agree, and you are responsible for your guest.</li>
<li>No smoking or vaping of any kind, including cannabis, in any unit or within 15 feet of a building.</li>
<li>No pets. Service animals are welcome once approved through HR.</li>
<li>One vehicle per resident. Parking at all three properties is free; display your employee hangtag.</li>
<li>Rooms are inspected once a month, with 24 hours' notice posted on your door.</li>
</ul>

<h2>Maintenance</h2>
<p>Report problems on the work order form at the Housing Office. For emergencies (no heat, a water leak, a lockout
after 11:00 p.m.) call the Housing on-call line, ext. 2290, 24 hours a day.</p>

<h2>Moving out</h2>
<p>You must move out within 72 hours after your last shift or your separation date, whichever comes first. Book a
check-out inspection at the Housing Office and hand in your key fob at the end of it. Rent is charged up to and
including your move-out day.</p>
<p>Questions: Employee Housing Manager, ext. 2291.</p>
"""

PERKS = """
<h1>Employee Pass &amp; Perks 2027-28</h1>
<p class="lead">Every Kestrel Pass employee, seasonal or year-round, full-time or part-time, gets a free Employee
Season Pass. Your pass is activated once you have finished orientation and signed the Pass Agreement in TrailHR. Pick
it up at the Badge Office, lower level of Trailhead Lodge, 8:00 a.m. to 5:00 p.m. daily, and bring photo ID.</p>

<h2>Guest vouchers and friends &amp; family tickets</h2>
<p>Guest vouchers are free one-day lift tickets for your friends and family. Friends &amp; family tickets are
discounted one-day lift tickets you can buy for them once your vouchers are used up.</p>
<table>
<caption>Guest vouchers and friends &amp; family tickets per season</caption>
<thead>
<tr><th rowspan="2">Employee group</th><th colspan="2">Guest vouchers</th><th rowspan="2">Friends &amp; family tickets</th></tr>
<tr><th>Loaded on your pass in November</th><th>Added on 02/01/2028 if you are still employed</th></tr>
</thead>
<tbody>
<tr><td>First-season seasonal staff</td><td>2</td><td>2</td><td rowspan="3">$59 each, up to 10 per season</td></tr>
<tr><td>Returning seasonal staff</td><td>3</td><td>3</td></tr>
<tr><td>Year-round staff</td><td>5</td><td>5</td></tr>
</tbody>
</table>
<p>Vouchers and friends &amp; family tickets cannot be used on these blackout dates:</p>
<ul>
<li>11/25/2027 to 11/28/2027 (Thanksgiving weekend)</li>
<li>12/26/2027 to 01/01/2028</li>
<li>01/15/2028 to 01/17/2028 (Martin Luther King Jr. weekend)</li>
<li>02/19/2028 to 02/21/2028 (Presidents' Day weekend)</li>
</ul>
<p>Redeem them at Ticket Window 1. You must be there in person with your pass. Unused vouchers expire on closing
day. Vouchers are not for sale: selling or trading a voucher, or lending your pass, is gross misconduct under the
Conduct and Discipline policy.</p>

<h2>Dependent passes</h2>
<p>Your spouse, civil union or domestic partner, and your children under 26 can buy a Dependent Season Pass at the
employee price in the Employee Rates table. Buy it at the Badge Office by 12/15/2027 and bring proof of the
relationship.</p>

<h2>Industry purchase program</h2>
<p>After 30 days of employment, employees in good standing can join the industry purchase program, which gives
reduced prices from outdoor gear and apparel brands for your own use. Ask for access in TrailHR &gt; Perks; your
manager confirms that you are an active employee, and access runs until your separation date. Each brand sets its own
limits. Gear bought through the program may not be resold; reselling ends your access for the season.</p>

<h2>Other perks</h2>
<table>
<thead><tr><th>Perk</th><th>Details</th></tr></thead>
<tbody>
<tr><td>Rentals, tuning and lessons for your family</td><td>Employee prices in the Employee Rates table (TrailHR &gt; Documents)</td></tr>
<tr><td>Food and drink</td><td>30% off in resort restaurants; the staff meal in the Locker Room is $6.00</td></tr>
<tr><td>Season locker</td><td>Trailhead Lodge lockers at the employee price, first come, first served</td></tr>
</tbody>
</table>

<h2>Riding on your pass</h2>
<p>Your pass is valid every day the lifts run. In uniform you ski or ride only when your job needs it; off duty,
wear your own jacket over or instead of your uniform jacket. Employees give up their place to guests at the front
of the line when asked by a lift operator.</p>
"""

SHUTTLE = """
<h1>Staff Shuttle: Winter Schedule 2027-28</h1>
<p class="lead">The staff shuttle is free for Kestrel Pass employees. Show your employee ID badge when you board. The
winter schedule runs every day from Sunday, November 14, 2027 through Monday, April 17, 2028, holidays included
(see the Christmas Day note below).</p>

<h2>Route A: to Kestrel Village</h2>
<table>
<caption>Route A uphill runs (departure times)</caption>
<thead>
<tr><th rowspan="2">Period</th><th rowspan="2">Run</th><th colspan="2">Leaves</th><th rowspan="2">Arrives Kestrel Village (Lot C)</th></tr>
<tr><th>Aspen Flats, Fairplay</th><th>Mosquito Creek, Alma</th></tr>
</thead>
<tbody>
<tr><td rowspan="2">Early</td><td>A1</td><td>5:50 a.m.</td><td>6:05 a.m.</td><td>6:25 a.m.</td></tr>
<tr><td>A2</td><td>6:30 a.m.</td><td>6:45 a.m.</td><td>7:05 a.m.</td></tr>
<tr><td rowspan="2">Morning</td><td>A3</td><td>7:10 a.m.</td><td>7:25 a.m.</td><td>7:45 a.m.</td></tr>
<tr><td>A4</td><td>8:00 a.m.</td><td>8:15 a.m.</td><td>8:35 a.m.</td></tr>
<tr><td>Afternoon</td><td>A5</td><td>12:30 p.m.</td><td>12:45 p.m.</td><td>1:05 p.m.</td></tr>
<tr><td rowspan="2">Night crew</td><td>A6</td><td>3:20 p.m.</td><td>3:35 p.m.</td><td>3:55 p.m.</td></tr>
<tr><td>A7</td><td>9:40 p.m.</td><td>9:55 p.m.</td><td>10:15 p.m.</td></tr>
</tbody>
</table>

<h2>Route A: back to Alma and Fairplay</h2>
<table>
<caption>Route A return runs (departure times)</caption>
<thead>
<tr><th rowspan="2">Period</th><th rowspan="2">Run</th><th rowspan="2">Leaves Kestrel Village (Lot C)</th><th colspan="2">Arrives</th></tr>
<tr><th>Mosquito Creek, Alma</th><th>Aspen Flats, Fairplay</th></tr>
</thead>
<tbody>
<tr><td rowspan="3">Afternoon</td><td>R1</td><td>4:30 p.m.</td><td>4:50 p.m.</td><td>5:05 p.m.</td></tr>
<tr><td>R2</td><td>5:15 p.m.</td><td>5:35 p.m.</td><td>5:50 p.m.</td></tr>
<tr><td>R3</td><td>6:15 p.m.</td><td>6:35 p.m.</td><td>6:50 p.m.</td></tr>
<tr><td>Evening</td><td>R4</td><td>9:00 p.m.</td><td>9:20 p.m.</td><td>9:35 p.m.</td></tr>
<tr><td rowspan="2">Night crew</td><td>N1</td><td>12:45 a.m.</td><td>1:05 a.m.</td><td>1:20 a.m.</td></tr>
<tr><td>N2</td><td>7:15 a.m.</td><td>7:35 a.m.</td><td>7:50 a.m.</td></tr>
<tr><td colspan="5">A6 and N1 serve the swing shift of grooming and snowmaking; A7 and N2 serve the graveyard shift. All four run every night.</td></tr>
</tbody>
</table>

<h2>Riding rules</h2>
<ul>
<li>Be at the stop 5 minutes early. Drivers leave on time and do not wait.</li>
<li>Skis and boards go in the outside rack; boots and bags come inside.</li>
<li>No open alcohol or cannabis on board. No pets; service animals are welcome.</li>
<li>If your supervisor keeps you past the last run, your supervisor arranges a ride home through Transportation
Dispatch, ext. 2275.</li>
<li>Christmas Day (12/25/2027): the first uphill run is A2 at 6:30 a.m.; A1 does not run.</li>
<li>Lost property is kept at Transportation Dispatch for 30 days.</li>
</ul>
<p>Shuttle questions: Transportation Supervisor, ext. 2276.</p>
"""

SAFETY = """
<h1>Safety &amp; Work Injuries</h1>
<p class="lead">Risk &amp; Safety (ext. 2160) looks after workplace safety, incident reports and workers'
compensation claims. Workers' compensation insurance pays for medical care and lost wages for injuries that happen at
work; you do not pay for approved treatment.</p>

<h2>If you are hurt at work</h2>
<ol>
<li>Get first aid. Call Ski Patrol Dispatch on radio Channel 2 or ext. 2222. For a life-threatening emergency, call
911.</li>
<li>Tell your supervisor right away, before the end of your shift, even if the injury seems minor.</li>
<li>Complete an Incident Report in TrailHR &gt; Safety &gt; Report an injury within 24 hours. Your supervisor
completes the Supervisor's Investigation section.</li>
<li>If you need medical care beyond first aid, choose a provider from the designated provider list below.</li>
<li>Bring the provider's work status report to Risk &amp; Safety the same day or the next working day. If it lists
restrictions, your manager offers modified duty within them.</li>
</ol>
<p>Colorado law requires you to report a work injury to your employer in writing within 4 working days; the
Incident Report does this for you. Risk &amp; Safety files the Employer's First Report of Injury with our insurer.</p>

<h2>Designated providers</h2>
<table>
<caption>Designated providers for work injuries, 2027-28</caption>
<thead><tr><th>Provider</th><th>Location</th><th>Hours</th><th>Use it for</th></tr></thead>
<tbody>
<tr><td>Kestrel Pass Base Clinic</td><td>Trailhead Lodge, lower level</td><td>8:30 a.m. to 4:30 p.m. on lift-operating days</td><td>First visit for most injuries during lift hours</td></tr>
<tr><td>High Park Occupational Health</td><td>Fairplay</td><td>8:00 a.m. to 5:00 p.m., Monday to Friday</td><td>Follow-up visits</td></tr>
<tr><td>Summit Range Urgent Care</td><td>Frisco</td><td>8:00 a.m. to 8:00 p.m. daily</td><td>Evenings and weekends</td></tr>
<tr><td>Mountain Valley Occupational Medicine</td><td>Buena Vista</td><td>7:30 a.m. to 5:30 p.m., Monday to Friday</td><td>Physical therapy</td></tr>
</tbody>
</table>
<p>If you go to a provider that is not on this list without a referral from one that is, the cost may not be covered.</p>

<h2>Protective equipment</h2>
<table>
<caption>Required equipment by department</caption>
<thead><tr><th>Department</th><th>You must wear or carry</th><th>Who supplies it</th></tr></thead>
<tbody>
<tr><td>Lift Operations</td><td>Helmet on the mountain; ice cleats at base and top stations; eye protection</td><td rowspan="3">Kestrel Pass, from the Uniform Room</td></tr>
<tr><td>Snowcat operators</td><td>Helmet outside the cab; high-visibility vest at night; hearing protection in the shop</td></tr>
<tr><td>Ski Patrol</td><td>Helmet, avalanche transceiver, probe and shovel</td></tr>
<tr><td>Ski &amp; Ride School</td><td>Helmet while teaching</td><td>You (employee rental price if you need one)</td></tr>
<tr><td>Rental &amp; Repair</td><td>Safety glasses and hearing protection at the grinder and edge machine</td><td>Kestrel Pass, at the shop</td></tr>
</tbody>
</table>

<h2>Closed terrain and avalanche control</h2>
<p>Never enter a closed trail or area, on or off duty. Avalanche control work uses explosives; closures are marked
with rope and signs and announced on Channel 2. Off duty, employees may skin uphill only on the Tenderfoot uphill
route, from 6:00 a.m. to 8:30 a.m. and after 4:30 p.m., wearing a light after dark.</p>
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    page("index.html", "KP Hub - Home", "", INDEX, "Internal Communications", "2027-11-08", 2027)
    page("pay-and-overtime.html", "Pay & Overtime - KP Hub".replace("&", "&amp;"), "Pay &amp; Overtime", PAY,
         "Payroll", "2027-10-04", 2027)
    page("employee-housing.html", "Employee Housing - KP Hub", "Employee Housing", HOUSING,
         "Employee Housing", "2027-10-18", 2027)
    page("employee-housing-info.html", "Employee Housing (archived) - KP Hub", "Employee Housing", HOUSING_OLD,
         "Employee Housing", "2026-09-21", 2026, nav_current="employee-housing.html")
    page("pass-and-perks.html", "Pass &amp; Perks - KP Hub", "Pass &amp; Perks", PERKS,
         "Guest Services", "2027-10-29", 2027)
    page("staff-shuttle.html", "Staff Shuttle - KP Hub", "Staff Shuttle", SHUTTLE,
         "Transportation", "2027-11-01", 2027)
    page("safety-and-injuries.html", "Safety &amp; Injuries - KP Hub", "Safety &amp; Injuries", SAFETY,
         "Risk &amp; Safety", "2027-10-18", 2027)
    print("wrote 7 pages in docs/hub/")


if __name__ == "__main__":
    main()
