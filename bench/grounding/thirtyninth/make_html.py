#!/usr/bin/env python3
"""Build the seven SancharNet intranet pages in docs/intranet/ (ASCII only, entities for anything else).

Standard library only; running it again writes identical bytes.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "intranet")

NAV = [
    ("index.html", "Home"),
    ("pay-and-benefits.html", "Pay &amp; benefits"),
    ("festival-allowance-and-holidays.html", "Dashain &amp; Tihar"),
    ("porter-welfare.html", "Porter welfare"),
    ("altitude-safety.html", "Altitude safety"),
    ("it-help.html", "IT help"),
]

STYLE = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;background:#f6f6f2}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff}
header.top{background:#7a1f1f;color:#fff;padding:8px 16px;display:flex;gap:12px;align-items:center}
header.top a{color:#fff}nav.main ul,header.top ul{list-style:none;margin:0;padding:0;display:flex;gap:14px}
nav.main{background:#2b4a6f;padding:6px 16px}nav.main a{color:#fff;text-decoration:none}
nav.main a[aria-current]{text-decoration:underline;font-weight:bold}
.crumbs{padding:6px 16px;font-size:90%}.wrap{display:flex;gap:20px;padding:0 16px}
main{flex:3;background:#fff;padding:12px 20px}aside{flex:1;font-size:90%}
table{border-collapse:collapse;margin:10px 0}th,td{border:1px solid #999;padding:4px 8px;vertical-align:top}
caption{font-weight:bold;text-align:left;padding:4px 0}footer{font-size:80%;padding:12px 16px;color:#555}"""

SCRIPT = """document.addEventListener('DOMContentLoaded',function(){var q=document.querySelector('form.search input');
if(q){q.setAttribute('placeholder','Search SancharNet / khojnuhos');}});"""

CONTACTS = """<aside class="contacts" aria-label="Useful extensions">
<h2>Useful extensions</h2>
<ul>
<li>HR Section: ext 210</li>
<li>Accounts (salary, TADA): ext 220</li>
<li>Operations duty desk: ext 230</li>
<li>Porter welfare focal person: ext 235</li>
<li>Safety Officer: ext 240</li>
<li>IT help: ext 250</li>
<li>Transport section: ext 260</li>
<li>Pokhara lodge desk: ext 401</li>
<li>Lukla store: ext 501</li>
</ul>
<h2>Emergency</h2>
<ul>
<li>Nepal Police: 100</li>
<li>Ambulance: 102</li>
<li>Tourist Police: 1144</li>
</ul>
</aside>"""


def page(fname, title, h1, body, owner, updated, year, crumb=True, nav_skip=()):
    nav = []
    for href, label in NAV:
        if href in nav_skip:
            continue
        cur = ' aria-current="page"' if href == fname else ""
        nav.append(f'<li><a href="{href}"{cur}>{label}</a></li>')
    crumbs = (f'<p class="crumbs"><a href="index.html">SancharNet</a> &raquo; {h1}</p>\n' if crumb else "")
    html = f"""<!DOCTYPE html>
<html lang="en-NP">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{STYLE}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="top">
<img src="/static/hs-logo.png" alt="Himal Sanchar logo" width="40" height="40">
<strong>SancharNet</strong> <span>Himal Sanchar Treks and Expeditions Pvt. Ltd. &middot; staff intranet</span>
<form class="search" action="/search" method="get" role="search"><input type="search" name="q" aria-label="Search SancharNet"><button type="submit">Search</button></form>
<ul class="apps"><li><a href="https://himalhr.hst.local/">HimalHR</a></li><li><a href="https://trekdesk.hst.local/">TrekDesk</a></li><li><a href="https://mail.hst.local/">Webmail</a></li><li><a href="/logout">Log out</a></li></ul>
</header>
<nav class="main" aria-label="Main">
<ul>
{chr(10).join(nav)}
</ul>
</nav>
{crumbs}<div class="wrap">
<main id="main">
<h1>{h1}</h1>
{body.strip()}
</main>
{CONTACTS}
</div>
<footer>
<p>Page owner: {owner} &middot; Last updated: {updated} &middot; &copy; {year} Himal Sanchar Treks and Expeditions Pvt. Ltd.</p>
<p>Head office: Thamel, Kathmandu-26 &middot; Pokhara office and Sanchar Lake Lodge: Lakeside, Pokhara-6 &middot; Staff hostel and store: Lukla, Solukhumbu</p>
</footer>
<script>
{SCRIPT}
</script>
</body>
</html>
"""
    assert html.isascii(), fname
    with open(os.path.join(OUT, fname), "w", encoding="ascii", newline="\n") as fh:
        fh.write(html)
    print("wrote docs/intranet/" + fname)


INDEX = """
<p class="lead">Namaste! Today is Monday, 14 Chaitra 2084 (27 March 2028). The spring season has started and most of our
guides and porters are already on the trail. Please read the notices below and check the dates in the table.</p>

<h2>Latest notices</h2>
<ul>
<li><strong>Spring season briefing:</strong> all guides, assistant guides and cooks must attend the pre-season
briefing at the Thamel office hall on Wednesday 16 Chaitra (29 March). Pokhara field staff attend at the Lakeside
office the next day. Details are in the Operations Manager's spring season notice.</li>
<li><strong>Oxygen and PAC inspection:</strong> the French supplier's technicians will check our oxygen regulators,
masks and portable altitude chambers at the Thamel store from 9 to 11 April 2028. Store and Safety Officer to
collect all units from Lukla and Pokhara before then.</li>
<li><strong>Nepali New Year 2085:</strong> Thursday, 1 Baisakh 2085 (13 April 2028) is a holiday for the head
office, the Pokhara office and the Lukla store. Sanchar Lake Lodge stays open with the holiday roster.</li>
<li><strong>Field allowance:</strong> the current daily allowance rates are in the Field Allowance Rates table
(ACC-02). Please do not use any old circular for your TADA claims.</li>
<li><strong>Porter loads:</strong> from this season every load is weighed at the trailhead and entered on the
TrekDesk load sheet. See the Porter welfare page.</li>
</ul>

<table>
<caption>Coming up (Chaitra 2084 &ndash; Jestha 2085)</caption>
<thead>
<tr><th scope="col">B.S.</th><th scope="col">A.D.</th><th scope="col">What</th><th scope="col">Who</th></tr>
</thead>
<tbody>
<tr><td>2084-12-16</td><td>29/03/2028 (Wed)</td><td>Spring pre-season briefing, Thamel office hall, 10:00 AM</td><td>Guides, assistant guides, cooks (Kathmandu)</td></tr>
<tr><td>2084-12-17</td><td>30/03/2028 (Thu)</td><td>Spring pre-season briefing, Lakeside office, 11:00 AM</td><td>Pokhara field staff</td></tr>
<tr><td>2084-12-20</td><td>02/04/2028 (Sun)</td><td>Last day to give insurance premium and CIT receipts to Accounts</td><td>All monthly staff</td></tr>
<tr><td>2084-12-27 to 2084-12-29</td><td>09/04/2028 to 11/04/2028</td><td>Oxygen regulator and PAC inspection, Thamel store</td><td>Store in-charge, Safety Officer</td></tr>
<tr><td>2084-12-30</td><td>12/04/2028 (Wed)</td><td>Chaitra salary credited to bank accounts</td><td>All monthly staff</td></tr>
<tr><td>2085-01-01</td><td>13/04/2028 (Thu)</td><td>Nepali New Year &ndash; holiday</td><td>All (lodge on holiday roster)</td></tr>
<tr><td>2085-01-19</td><td>01/05/2028 (Mon)</td><td>Labour Day &ndash; holiday</td><td>All (lodge on holiday roster)</td></tr>
<tr><td>2085-02-15</td><td>28/05/2028 (Sun)</td><td>Republic Day &ndash; holiday</td><td>All (lodge on holiday roster)</td></tr>
</tbody>
</table>

<h2>Quick links</h2>
<ul>
<li>Payslip, leave, claims and advances: <a href="https://himalhr.hst.local/">HimalHR</a> (web and mobile app)</li>
<li>Trip roster, load sheet, daily check and incident report: <a href="https://trekdesk.hst.local/">TrekDesk</a></li>
<li>Staff handbook, leave rules, code of conduct: the Handbook folder on SancharNet</li>
<li>Forgot your password? See <a href="it-help.html">IT help</a></li>
</ul>
<p>Lost hajur? Call the HR Section on ext 210 and we will guide you.</p>
"""

PAY = """
<p class="lead">This page explains how and when you are paid, what is deducted, the Dashain allowance and your
insurance cover. It applies to monthly staff (office, lodge, drivers and permanent guides) and, where it says so, to
season-contract field staff. Rates of field daily allowance (DA) are in the Field Allowance Rates table, not here.</p>

<h2>Salary day</h2>
<p>Monthly salary is credited to your own bank account on the <strong>last working day of each Nepali month</strong>.
We do not pay salary in cash. Your payslip is in HimalHR &gt; My Pay &gt; Payslips from the same day. Season-contract
field staff (porters, assistant guides and cooks on contract) are paid their trek-day wages and DA within 7 days of
returning to the Kathmandu or Pokhara office, after the guide closes the trip in TrekDesk.</p>

<h2>Deductions</h2>
<table>
<caption>Social Security Fund (SSF) contributions, on basic salary</caption>
<thead>
<tr><th scope="col" rowspan="2">Who pays</th><th scope="colgroup" colspan="2">Contribution</th></tr>
<tr><th scope="col">Rate</th><th scope="col">Shown on payslip as</th></tr>
</thead>
<tbody>
<tr><th scope="row">Employee</th><td>11% of basic salary</td><td>SSF (employee)</td></tr>
<tr><th scope="row">Company</th><td>20% of basic salary (includes the 8.33% gratuity part)</td><td>SSF (employer)</td></tr>
<tr><th scope="row">Total</th><td colspan="2">31% of basic salary goes to your SSF account every month</td></tr>
</tbody>
</table>
<p>Income tax (TDS) is deducted every month as per the Income Tax Act. Voluntary Citizen Investment Trust (CIT)
deposits are also deducted through payroll; you may change your CIT amount once a year, in Shrawan, through
HimalHR &gt; My Pay &gt; CIT. Advance and loan instalments (policy HR-09) are deducted last.</p>

<h2>Dashain allowance</h2>
<p>Every staff member gets a Dashain allowance of <strong>one month's basic salary</strong>, paid together with the
Bhadra salary so that the money reaches you before Ghatasthapana. If you have worked less than 12 months, you get a
share for each full month worked (minimum 3 months of service). Season-contract field staff get 8.5% of the trek-day
wages they earned in the last 12 months, paid on the same day. The festival page has this year's dates.</p>

<h2>Overtime (office, lodge and transport staff)</h2>
<p>Overtime approved in advance by your supervisor is paid at 1.5 times the hourly basic rate. Overtime may not be
more than 4 hours in a day or 24 hours in a week. Field staff on trek do not claim overtime; their DA covers the
trek day.</p>

<h2>Insurance</h2>
<table>
<caption>Insurance cover per person (policy year Shrawan to Asar)</caption>
<thead>
<tr><th scope="col" rowspan="2">Staff group</th><th scope="colgroup" colspan="2">Group accident insurance</th><th scope="col" rowspan="2">Medical insurance (per year)</th><th scope="col" rowspan="2">Helicopter rescue</th></tr>
<tr><th scope="col">Death</th><th scope="col">Permanent total disability</th></tr>
</thead>
<tbody>
<tr><th scope="row">Office, lodge and transport staff</th><td>Rs. 10,00,000</td><td>Rs. 10,00,000</td><td rowspan="2">Rs. 1,00,000</td><td>Not included</td></tr>
<tr><th scope="row">Field staff (guides, assistant guides, cooks, porters)</th><td>Rs. 15,00,000</td><td>Rs. 15,00,000</td><td>Up to Rs. 5,00,000 a rescue</td></tr>
</tbody>
</table>
<p>Porters hired for a single trip are covered for the dates of the trip from the day Operations enters them in
TrekDesk. Keep the insurance card with you on every trek. Claims go through the HR Section (ext 210) within 35 days
of the accident or hospital discharge, with the bills and the doctor's report.</p>
"""

FEST = """
<p class="lead">Dashain and Tihar fall in the autumn season, when many of us are on the trail. This page gives the
dates for 2085 B.S. (2028 A.D.), who closes when, and the allowances. The lunar festival dates are expected dates and
may move by a day when the Government publishes the holiday list.</p>

<h2>Dates and closures</h2>
<table>
<caption>Dashain and Tihar 2085: site closures</caption>
<thead>
<tr><th scope="col" rowspan="2">Festival days</th><th scope="col" rowspan="2">Dates (expected)</th><th scope="colgroup" colspan="3">Site</th></tr>
<tr><th scope="col">Head office, Thamel</th><th scope="col">Sanchar Lake Lodge, Pokhara</th><th scope="col">Lukla store</th></tr>
</thead>
<tbody>
<tr><th scope="row">Ghatasthapana</th><td>Tue 19 Sep 2028 (4 Asoj)</td><td>Open</td><td>Open</td><td>Open</td></tr>
<tr><th scope="row">Fulpati to Dwadashi</th><td>Mon 25 Sep to Sat 30 Sep 2028 (10 to 15 Asoj)</td><td>Closed</td><td rowspan="2">Open with festival roster</td><td>Closed 26 to 28 Sep only</td></tr>
<tr><th scope="row">Laxmi Puja to Bhai Tika</th><td>Tue 17 Oct to Thu 19 Oct 2028 (1 to 3 Kartik)</td><td>Closed</td><td>Open</td></tr>
</tbody>
</table>

<h2>Dashain allowance</h2>
<p>One month's basic salary, paid with the Bhadra 2085 salary on Friday 15 September 2028 (31 Bhadra). The rules for
new staff and season-contract staff are on the Pay &amp; benefits page.</p>

<h2>Festival advance</h2>
<p>You may take a festival advance of up to one month's basic salary under policy HR-09. Apply in HimalHR between
1 and 20 Bhadra 2085 (16 August to 4 September 2028). It is recovered in 10 equal monthly instalments starting with
the Kartik salary.</p>

<h2>If you are on trek during the festival</h2>
<ul>
<li>Field staff on a trek on Vijaya Dashami, Laxmi Puja or Bhai Tika get a festival duty allowance of
<strong>Rs. 2,000 for each of those days</strong>, on top of the normal DA.</li>
<li>You also get one substitute day off for each of those days, to be taken within 60 days of returning.</li>
<li>The guide should arrange a small tika and a festival meal for the whole crew on the trail on Vijaya Dashami. The
company pays up to Rs. 500 per crew member for this; keep the bill.</li>
</ul>

<h2>Lodge staff</h2>
<p>The Lodge Manager publishes the festival roster by 1 Bhadra so that everybody gets at least 3 days at home
during Dashain, either before or after Tika. Staff who work on Tika day are paid double the daily basic for that
day.</p>

<h2>Dashain hamper</h2>
<p>Every permanent and season-contract staff member gets a hamper of 10 kg rice, 2 litres mustard oil and sweets.
Hampers are given out at the Thamel and Lakeside offices on 22 and 23 September 2028. If you are on trek, ask a
family member to collect it with your staff ID card.</p>
"""

PORTER_CUR = """
<p class="lead">Our porters carry our business. These rules protect them and apply on every trek and expedition
approach run by Himal Sanchar, whether the porter is on a season contract or hired for one trip. The guide in
charge of the trip is responsible for following them. Questions: the porter welfare focal person, Mr. Tek Bahadur
Rai, ext 235.</p>

<h2>Maximum loads</h2>
<table>
<caption>Maximum load per porter (weighed at the trailhead)</caption>
<thead>
<tr><th scope="col" rowspan="2">Type of trip</th><th scope="colgroup" colspan="2">Sleeping or crossing altitude</th></tr>
<tr><th scope="col">Below 4,000 m</th><th scope="col">4,000 m and above</th></tr>
</thead>
<tbody>
<tr><th scope="row">Tea-house trek (clients' bags)</th><td>25 kg</td><td>20 kg</td></tr>
<tr><th scope="row">Camping trek (kitchen, tents, fuel)</th><td>28 kg</td><td>22 kg</td></tr>
<tr><th scope="row">Climbing to high camp on a trekking peak</th><td colspan="2">15 kg, only porters with a climbing licence</td></tr>
</tbody>
</table>
<p>The porter's own bag of up to 5 kg is carried on top and is not counted in the load. No porter may carry more than
the limit, even with extra payment and even if he or she agrees. The guide weighs every load with the hanging scale
at the trailhead and enters it on the TrekDesk load sheet before the group starts walking. Loads are weighed again
at the start of any day that goes above 4,000 m.</p>

<h2>Who may work as a porter</h2>
<ul>
<li>Minimum age 18 years. Ask for the citizenship card and write the number on the load sheet.</li>
<li>On tea-house treks we hire one porter for every 2 clients.</li>
<li>Every porter must have an insurance card from Operations before leaving Kathmandu or Pokhara.</li>
</ul>

<h2>Kit</h2>
<p>Every porter on a trip that sleeps at 3,500 m or higher is issued a down jacket, a sleeping bag, insulated gloves,
sunglasses and trekking shoes from the Thamel or Lukla store. Kit is issued free. Season-contract porters leave a
refundable deposit for some items (see the Staff Kit Entitlement table, OPS-09).</p>

<h2>Shelter and food</h2>
<p>Porters sleep inside a lodge or a tent, never in the open, a cowshed or a kitchen corner. They eat the same meals
as the rest of the trek crew, three times a day, paid by the company. The guide pays the lodge (sahuji) directly for
porters' food and beds and keeps the bills for the trip account.</p>

<h2>If a porter is sick or injured</h2>
<ul>
<li>A sick porter is never sent down alone. Another crew member goes down with him or her and stays until the porter
is with a doctor or back at the trailhead.</li>
<li>The porter keeps full wage and DA until back at the trailhead or discharged from hospital.</li>
<li>If a helicopter is needed, the company pays; the rescue procedure (OPS-07) applies exactly as for a client.</li>
</ul>

<h2>Complaints</h2>
<p>Porters can complain to the focal person directly on ext 235, or put a note in the complaint box at the Thamel or
Lukla store. Complaints are answered within 7 days.</p>
"""

PORTER_OLD = """
<p class="lead">Our porters carry our business. These rules protect them and apply on every trek run by Himal
Sanchar. The guide in charge of the trip is responsible for following them. Questions: Operations, ext 230.</p>

<h2>Maximum loads</h2>
<table>
<caption>Maximum load per porter</caption>
<thead>
<tr><th scope="col" rowspan="2">Type of trip</th><th scope="colgroup" colspan="2">Altitude</th></tr>
<tr><th scope="col">Below 4,000 m</th><th scope="col">4,000 m and above</th></tr>
</thead>
<tbody>
<tr><th scope="row">Tea-house trek (clients' bags)</th><td>30 kg</td><td>25 kg</td></tr>
<tr><th scope="row">Camping trek (kitchen, tents, fuel)</th><td>32 kg</td><td>27 kg</td></tr>
</tbody>
</table>
<p>The porter's own bag of up to 3 kg is not counted in the load. A porter may carry up to 5 kg above the limit on
the first day only, when the group leaves the roadhead, if the extra is paid at Rs. 100 per kg. The guide checks
loads by hand at the roadhead.</p>

<h2>Who may work as a porter</h2>
<ul>
<li>Minimum age 18 years.</li>
<li>On tea-house treks we hire one porter for every 2 clients.</li>
<li>Every porter must be on the insurance list sent to the insurer by Operations.</li>
</ul>

<h2>Kit</h2>
<p>Every porter on a trip that goes above 4,000 m is issued a down jacket, a sleeping bag and sunglasses from the
Thamel store. Porters use their own shoes; the company pays Rs. 1,500 a season towards them.</p>

<h2>Shelter and food</h2>
<p>Porters should sleep inside a lodge or a tent. They eat the same meals as the trek crew, paid by the company.</p>

<h2>If a porter is sick or injured</h2>
<ul>
<li>A sick porter must not be sent down alone.</li>
<li>The porter keeps full wage until back at the roadhead.</li>
<li>Helicopter rescue for porters is arranged by Operations after the insurer agrees.</li>
</ul>

<h2>Complaints</h2>
<p>Porters can complain to the guide or to Operations. Complaints are answered within 15 days.</p>
"""

ALT = """
<p class="lead">These rules are written by the Safety Officer for every guide, assistant guide and cook who works above
3,000 m. They apply to clients and crew alike. What to do in a rescue is in the Rescue and Evacuation Procedure
(OPS-07); this page is about preventing and spotting altitude illness (AMS, HAPE and HACE).</p>

<h2>Ascent rules above 3,000 m</h2>
<ul>
<li>Sleeping altitude goes up by no more than 500 m a day.</li>
<li>Plan an acclimatisation day after every 1,000 m of height gained, or every third day, whichever comes first.</li>
<li>Climb high, sleep low: on rest days take the group 300 to 500 m higher and come back down.</li>
<li>Pass days (Thorong La, Cho La, Renjo La, Larke) start by 4:00 AM, and the group turns back if it has not reached
the pass by 11:00 AM.</li>
</ul>

<h2>Daily checks</h2>
<p>Every morning and every evening above 3,000 m, the guide checks every client and every crew member: Lake Louise
score, pulse oximeter reading (SpO2 and pulse) and how much they drank. The readings go into the TrekDesk daily check
before 7:00 PM. Porters are checked too, not only clients.</p>

<table>
<caption>What to do when someone is unwell at altitude</caption>
<thead>
<tr><th scope="col" rowspan="2">Signs</th><th scope="colgroup" colspan="2">Action</th></tr>
<tr><th scope="col">On the spot</th><th scope="col">Tell</th></tr>
</thead>
<tbody>
<tr><th scope="row">Headache with Lake Louise score 3 to 5 (mild AMS)</th><td>No further ascent. Rest, fluids, re-check in 6 hours.</td><td rowspan="2">Note in TrekDesk daily check</td></tr>
<tr><th scope="row">Same signs still there after one rest day</th><td>Descend to the last place where the person felt well.</td></tr>
<tr><th scope="row">Score 6 or more, or vomiting, or SpO2 below 75% at rest</th><td>Descend the same day with a crew member.</td><td rowspan="2">Operations duty desk at once (ext 230, or TrekDesk SOS)</td></tr>
<tr><th scope="row">Breathless at rest, confusion, cannot walk heel to toe (HAPE or HACE)</th><td>Descend at once, day or night. Oxygen 2 to 4 litres a minute. PAC only while waiting to descend.</td></tr>
</tbody>
</table>

<h2>Medicines</h2>
<p>Guides carry the company first aid kit and the oxygen set, and may give oxygen. Guides do not give prescription
medicine to clients. Clients who carry acetazolamide take it on their own doctor's advice. Crew members who feel
unwell tell the guide; nobody is blamed for saying they are sick.</p>

<h2>Equipment by route</h2>
<ul>
<li>Every trek that sleeps above 3,500 m: pulse oximeter, Garmin inReach, first aid kit.</li>
<li>Treks that sleep above 4,500 m or cross a pass above 5,000 m (Everest Base Camp, Three Passes, Annapurna Circuit,
Manaslu): add one oxygen cylinder with regulator and mask for every 6 people.</li>
<li>Treks above 5,000 m with no helicopter landing within one day's walk: add a portable altitude chamber (PAC).</li>
</ul>
<p>Oxygen sets and PACs are signed out from the Thamel or Lukla store on the TrekDesk kit sheet and checked once a
year by the supplier.</p>
"""

IT = """
<p class="lead">IT help for SancharNet, HimalHR, TrekDesk, webmail, company phones and the field devices. IT help desk:
ext 250, Sunday to Friday 9:00 AM to 6:00 PM. On Saturdays only TrekDesk problems are handled, by the on-call IT
staff through the Operations duty desk (ext 230).</p>

<h2>Our systems</h2>
<ul>
<li><strong>HimalHR</strong> (web and app): payslips, leave, claims, advances, SSF details, letters.</li>
<li><strong>TrekDesk</strong>: trip roster, trip files, load sheet, daily check, kit sheet, incident reports and SOS.</li>
<li><strong>Webmail</strong>: every office staff member and every licensed guide has a company e-mail address.</li>
</ul>

<h2>Passwords</h2>
<p>Your password must have at least 12 characters and is changed every 90 days. HimalHR and TrekDesk send a one-time
code (OTP) by SMS to your registered mobile. Never tell anybody your password or OTP, not even IT staff, dai or didi
in the office, or someone calling from "head office".</p>

<h2>Forgot your password?</h2>
<ol>
<li>Open the HimalHR sign-in page or app and press <em>Forgot password</em>.</li>
<li>Enter your staff ID (for example HS-0457).</li>
<li>Type the OTP sent to your registered mobile.</li>
<li>Choose a new password and sign in again on every device.</li>
</ol>
<p>No OTP? Your registered mobile number may be wrong. Come to IT at the Thamel office with your staff ID card, or ask
the Pokhara office in-charge to call ext 250 for you. IT never resets a password by phone alone.</p>

<h2>Field devices</h2>
<p>Garmin inReach units, satellite phones and tablets are signed out from the store on the TrekDesk kit sheet. Charge
them every evening. If a device is lost or stolen, report it to the Operations duty desk within 24 hours so that
IT can block it.</p>

<table>
<caption>How fast we answer</caption>
<thead>
<tr><th scope="col" rowspan="2">Priority</th><th scope="col" rowspan="2">Example</th><th scope="colgroup" colspan="2">First answer within</th></tr>
<tr><th scope="col">Office hours</th><th scope="col">Saturday and nights</th></tr>
</thead>
<tbody>
<tr><th scope="row">P1</th><td>TrekDesk down, SOS messages not arriving</td><td>15 minutes</td><td>30 minutes</td></tr>
<tr><th scope="row">P2</th><td>Cannot sign in to HimalHR, payslip missing</td><td>2 hours</td><td rowspan="2">Next working day</td></tr>
<tr><th scope="row">P3</th><td>New e-mail address, printer, software request</td><td>2 working days</td></tr>
</tbody>
</table>

<h2>Company mobile</h2>
<p>Licensed guides get a company SIM with a monthly pack of Rs. 1,000 (calls and data). Extra data on trek is
claimed as field allowance, not through IT.</p>

<h2>Change log</h2>
<table>
<caption>Recent changes</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Change</th></tr></thead>
<tbody>
<tr><td>2028-03-09</td><td>TrekDesk daily check now records SpO2 for crew members too.</td></tr>
<tr><td>2028-01-15</td><td>HimalHR advance requests follow policy HR-09 Revision 3.</td></tr>
<tr><td>2027-11-01</td><td>Password length raised to 12 characters.</td></tr>
</tbody>
</table>
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    page("index.html", "Home &ndash; SancharNet", "Namaste! Welcome to SancharNet", INDEX,
         "HR Section", "2084-12-14 (2028-03-27)", 2028, crumb=False)
    page("pay-and-benefits.html", "Pay and benefits &ndash; SancharNet", "Pay and benefits", PAY,
         "Accounts Manager and HR Manager", "2084-11-19 (2028-03-02)", 2028)
    page("festival-allowance-and-holidays.html", "Dashain and Tihar 2085 &ndash; SancharNet",
         "Dashain and Tihar 2085: allowance, advance and closures", FEST,
         "HR Section", "2084-12-04 (2028-03-17)", 2028)
    page("porter-welfare.html", "Porter welfare and load rules &ndash; SancharNet", "Porter welfare and load rules",
         PORTER_CUR, "Operations Manager", "2084-11-01 (2028-02-13)", 2028)
    page("porter-welfare-archived.html", "Porter welfare and load rules (archived) &ndash; SancharNet",
         "Porter welfare and load rules", PORTER_OLD, "Operations Manager", "2081-08-10", 2024,
         nav_skip=("altitude-safety.html",))
    page("altitude-safety.html", "Altitude safety rules &ndash; SancharNet", "Altitude safety rules", ALT,
         "Safety Officer", "2084-10-20 (2028-02-03)", 2028)
    page("it-help.html", "IT help &ndash; SancharNet", "IT help", IT, "IT Officer", "2084-11-26 (2028-03-09)", 2028)


if __name__ == "__main__":
    main()
