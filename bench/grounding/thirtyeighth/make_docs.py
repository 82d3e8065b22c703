#!/usr/bin/env python3
"""Build the generated documents of the thirty-eighth corpus (Meghna Ridge Pharmaceuticals) with the standard
library only: the seven RidgeNet HTML pages, the three CSV tables, the two JSON exports and the Latin-1 supplier
notice. Every output is a pure function of this file's text, so running it again gives identical bytes."""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")


def write(rel, data):
    path = os.path.join(DOCS, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
    print("wrote", "docs/" + rel)


# ---------------------------------------------------------------------------------------------------- HTML
STYLE = """body{font-family:Segoe UI,Arial,sans-serif;margin:0;color:#1b2a30}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
header.top{display:flex;align-items:center;gap:16px;background:#0f5c4d;color:#fff;padding:8px 16px}
header.top a{color:#fff}nav.main ul,ul.tools{list-style:none;display:flex;gap:14px;margin:0;padding:0}
nav.main{background:#e3efe9;padding:6px 16px}nav.main a[aria-current]{font-weight:bold}
.wrap{display:flex;gap:24px;padding:0 16px}main{flex:3}aside{flex:1;background:#f4f7f6;padding:8px 12px}
table{border-collapse:collapse;margin:10px 0}th,td{border:1px solid #9fb8ae;padding:4px 8px;text-align:left}
caption{font-weight:bold;text-align:left;padding:4px 0}footer{font-size:12px;color:#55666b;padding:12px 16px}"""

SCRIPT = """document.addEventListener('DOMContentLoaded',function(){var q=document.getElementById('q');
if(q){q.setAttribute('placeholder','Search RidgeNet');}});"""

NAV = [("index.html", "Home"), ("#hr", "HR &amp; Admin"), ("#accounts", "Accounts"), ("#plant", "Plant"),
       ("field-force.html", "Field Force"), ("medical-centre.html", "Medical Centre"),
       ("canteen-and-tiffin.html", "Canteen"), ("transport-pick-drop.html", "Transport"),
       ("it-helpdesk.html", "IT Helpdesk")]

CONTACTS = """<aside class="contacts" aria-label="Useful numbers">
<h2>Useful numbers</h2>
<ul>
<li>HR Service Desk: ext 115</li>
<li>Payroll: ext 122</li>
<li>IT Helpdesk: ext 144</li>
<li>Speak Up line: ext 199</li>
<li>Medical Centre, plant: ext 5180</li>
<li>Transport desk, plant: ext 5170</li>
<li>Security Control Room, plant: ext 5190</li>
<li>National emergency: 999</li>
</ul>
</aside>"""


def page(fname, title, section, body, owner, updated, year, nav=None, h1=None):
    nav = nav or NAV
    items = []
    for href, label in nav:
        cur = ' aria-current="page"' if href == fname else ""
        items.append(f'<li><a href="{href}"{cur}>{label}</a></li>')
    crumbs = "" if fname == "index.html" else (
        f'<p class="crumbs"><a href="index.html">Home</a> &raquo; {section} &raquo; {h1 or title}</p>\n')
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | RidgeNet</title>
<style>
{STYLE}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="top">
<img src="/assets/mrpl-logo.png" alt="Meghna Ridge Pharmaceuticals Ltd" width="140" height="40">
<span class="site">RidgeNet &ndash; staff intranet</span>
<form class="search" action="/search" method="get"><label for="q">Search</label> <input id="q" name="q" type="search"> <button type="submit">Go</button></form>
<ul class="tools"><li><a href="https://hr.meghnaridge.com.bd/">RidgeHR</a></li><li><a href="https://fieldtrack.meghnaridge.com.bd/">FieldTrack</a></li><li><a href="https://mail.meghnaridge.com.bd/">Webmail</a></li><li><a href="/logout">Log out</a></li></ul>
</header>
<nav class="main" aria-label="Main"><ul>
{chr(10).join(items)}
</ul></nav>
{crumbs}<div class="wrap">
<main id="main">
<h1>{h1 or title}</h1>
{body.strip()}
</main>
{CONTACTS}
</div>
<footer>
<p>Page owner: {owner} &middot; Last updated: {updated} &middot; &copy; {year} Meghna Ridge Pharmaceuticals Ltd</p>
<p>Corporate Office: Ridge House, Plot 11, Road 45, Gulshan-2, Dhaka-1212 &middot; Plant: Kunia, Board Bazar, Gazipur-1704</p>
</footer>
<script>
{SCRIPT}
</script>
</body>
</html>
"""
    assert html.isascii(), fname
    write("ridgenet/" + fname, html.encode("ascii"))


INDEX = """
<p class="date">Sunday, 27 August 2028</p>
<p>Good morning! Here is what is happening at Meghna Ridge this week and in the coming weeks. For policies, use the
HR &amp; Admin, Accounts and Plant sections, or search RidgeNet.</p>

<h2>Notices</h2>
<ul>
<li><strong>August salary</strong> will be credited on Thursday 31 August. Payslips in RidgeHR the same evening
(Accounts notice of 24.08.2028).</li>
<li><strong>Line 2 annual shutdown</strong> from Sunday 10 September to Thursday 14 September. Two engineers from
Berard &amp; Fils, France, will be on site (Plant Head&rsquo;s notice of 23.08.2028).</li>
<li><strong>Bijoya Dashami</strong> is expected on Thursday 28 September. The final date depends on the government
notification; watch this page.</li>
<li><strong>New on RidgeNet:</strong> the gowning SOP PRD-SOP-014 Version 05 and the Provident Fund and Gratuity
Rules Revision 4, both effective 1 July 2028; the staff bus routes from 1 June 2028 with the new Tongi route.</li>
<li><strong>Dengue season:</strong> staff with fever should see the Medical Centre the same day. Do not keep water
standing in tubs, tyres or flower pots at home or at work.</li>
</ul>

<table>
<caption>Coming up</caption>
<thead>
<tr><th scope="col">Month</th><th scope="col">Date</th><th scope="col">What</th><th scope="col">Who</th></tr>
</thead>
<tbody>
<tr><th scope="rowgroup" rowspan="1">August</th><td>31.08.2028 (Thu)</td><td>August salary credited</td><td>All staff</td></tr>
<tr><th scope="rowgroup" rowspan="8">September</th><td>02.09.2028 (Sat)</td><td>Monthly field force meeting, Chattogram depot</td><td>Chattogram field force</td></tr>
<tr><td>05.09.2028 (Tue)</td><td>Last day for August TA/DA bills in FieldTrack</td><td>Field force</td></tr>
<tr><td>09.09.2028 (Sat)</td><td>Monthly field force meeting, Bogura depot</td><td>North Bengal field force</td></tr>
<tr><td>10.09.2028 (Sun)</td><td>Salary certificates 2027-2028 in RidgeHR</td><td>All staff</td></tr>
<tr><td>10.09.2028 to 14.09.2028</td><td>Line 2 maintenance shutdown</td><td>Plant</td></tr>
<tr><td>21.09.2028 (Thu)</td><td>Festival bonus for colleagues who chose Durga Puja</td><td>Those who chose it</td></tr>
<tr><td>28.09.2028 (Thu)</td><td>Durga Puja (Bijoya Dashami) holiday, expected</td><td>All sites</td></tr>
<tr><td>30.09.2028 (Sat)</td><td>Half-yearly stock count, plant warehouse</td><td>Warehouse, Accounts, QA</td></tr>
<tr><th scope="rowgroup" rowspan="1">October</th><td>15.10.2028 (Sun)</td><td>Last day for tax investment proof to Payroll</td><td>All staff paying tax</td></tr>
<tr><th scope="rowgroup" rowspan="2">November</th><td>05.11.2028 and 06.11.2028</td><td>Tax return help desk (Gulshan, then Gazipur)</td><td>All staff</td></tr>
<tr><td>30.11.2028 (Thu)</td><td>Tax Day: last date for income tax returns</td><td>All taxpayers</td></tr>
</tbody>
</table>

<h2>Quick links</h2>
<ul>
<li><a href="https://hr.meghnaridge.com.bd/leave">Leave application in RidgeHR</a></li>
<li><a href="transport-pick-drop.html">Staff bus routes and timings</a></li>
<li><a href="canteen-and-tiffin.html">Canteen and tiffin timings</a></li>
<li><a href="medical-centre.html">Medical Centre and hospitalisation insurance</a></li>
<li><a href="it-helpdesk.html">IT Helpdesk</a></li>
</ul>
"""

MEDICAL = """
<p>The Medical Centre is on the ground floor of the admin building at the Gazipur plant, beside Gate 1. It is for
every employee and contract worker at the plant, and for corporate office and depot colleagues when they visit.
Consultation and the basic medicines prescribed by the Medical Officer are free.</p>

<table>
<caption>Medical Centre hours</caption>
<thead><tr><th scope="col">Day</th><th scope="col">Open</th><th scope="col">Who is on duty</th></tr></thead>
<tbody>
<tr><th scope="row">Sunday to Thursday</th><td>8.00 am to 8.00 pm</td><td>Medical Officer 8.00 am to 4.00 pm; nurse until 8.00 pm</td></tr>
<tr><th scope="row">Saturday</th><td>8.00 am to 2.00 pm</td><td>Nurse</td></tr>
<tr><th scope="row">Friday and holidays</th><td>Closed</td><td>Nurse on call through the Security Control Room</td></tr>
</tbody>
</table>
<p>At night and on Fridays, call the Security Control Room (ext 5190). They call the nurse on call and, if needed,
send the company ambulance to the nearest panel hospital.</p>

<h2>Health checks</h2>
<ul>
<li>Pre-employment check for every new joiner at the plant.</li>
<li>Yearly check in January for production, QC and warehouse staff.</li>
<li>Canteen staff and other food handlers: every 6 months.</li>
</ul>

<h2>Group hospitalisation insurance</h2>
<p>All permanent employees, their spouse and up to 2 children are covered for hospital admission (at least 24
hours) from the date of confirmation. Outpatient treatment outside the Medical Centre, dental treatment, spectacles
and cosmetic treatment are not covered.</p>

<table>
<caption>Hospitalisation limits by grade (per calendar year)</caption>
<thead>
<tr><th scope="col" rowspan="2">Grade</th><th scope="col" rowspan="2">Room rent per day</th><th scope="colgroup" colspan="2">Yearly hospitalisation limit</th><th scope="colgroup" colspan="2">Maternity limit</th></tr>
<tr><th scope="col">Employee</th><th scope="col">Spouse and children together</th><th scope="col">Normal delivery</th><th scope="col">Caesarean</th></tr>
</thead>
<tbody>
<tr><th scope="row">W1 to W4 and S grades</th><td>Tk 2,000</td><td>Tk 1,00,000</td><td>Tk 1,00,000</td><td>Tk 20,000</td><td>Tk 45,000</td></tr>
<tr><th scope="row">O1 to O3</th><td>Tk 3,500</td><td>Tk 2,00,000</td><td>Tk 1,50,000</td><td>Tk 30,000</td><td>Tk 60,000</td></tr>
<tr><th scope="row">M1 to M3</th><td>Tk 6,000</td><td>Tk 4,00,000</td><td>Tk 3,00,000</td><td>Tk 40,000</td><td>Tk 80,000</td></tr>
</tbody>
</table>

<h2>How to claim</h2>
<ol>
<li>Show your insurance card at the panel hospital; for a panel hospital the bill may be settled directly.</li>
<li>Otherwise pay the bill and keep the originals: bills, money receipts, discharge certificate, prescriptions and
test reports.</li>
<li>Send the originals to the HR Service Desk within 30 days of discharge, with the claim form from RidgeHR
(Letters &gt; Insurance claim).</li>
<li>The insurer pays into your payroll account within 21 days of receiving complete papers.</li>
</ol>
"""

IT = """
<p>The IT Helpdesk looks after RidgeHR, FieldTrack, Nexus ERP, e-mail, computers, printers, tablets and the network
at all sites. Call ext 144 or write to it.helpdesk@meghnaridge.com.bd, Sunday to Thursday 8.30 am to 6.00 pm. After
hours, the plant&rsquo;s shift in-charges call the IT engineer on call through the Security Control Room.</p>

<table>
<caption>How fast we respond</caption>
<thead><tr><th scope="col">Priority</th><th scope="col">Example</th><th scope="col">First response</th><th scope="col">Target to fix</th></tr></thead>
<tbody>
<tr><th scope="row">P1</th><td>Nexus ERP down, a production line&rsquo;s computer down, FieldTrack down for a whole depot</td><td>30 minutes</td><td>4 hours</td></tr>
<tr><th scope="row">P2</th><td>One user cannot work: laptop will not start, e-mail not opening</td><td>2 hours</td><td>1 working day</td></tr>
<tr><th scope="row">P3</th><td>Requests: new software, access, a new mouse or keyboard</td><td>1 working day</td><td>3 working days</td></tr>
</tbody>
</table>

<h2>Passwords</h2>
<ul>
<li>At least 12 characters, changed every 90 days. RidgeHR and e-mail use the same password.</li>
<li>Your account locks after 5 wrong tries. Call ext 144; the Helpdesk will unlock it after checking your employee
ID and your supervisor&rsquo;s name.</li>
<li>Webmail from outside the office needs the code from the authenticator app on your phone.</li>
<li>Never tell your password to anyone. IT will never ask for it.</li>
</ul>

<h2>Access for new joiners</h2>
<p>HR raises the request when you join. E-mail and RidgeHR are ready within 1 working day. Nexus ERP access needs
Form IT-03 signed by your department head and takes 3 working days.</p>

<h2>FieldTrack tablets</h2>
<p>If your tablet is lost or stolen, tell the IT Helpdesk and your Area Manager within 24 hours and send a copy of
the GD (General Diary) from the police station. A replacement is sent through your depot. If the loss was due to
negligence, the depreciated value is recovered from salary in up to 6 instalments.</p>

<h2>Security rules</h2>
<ul>
<li>USB pen drives are blocked on all plant computers. QC instrument computers are never connected to the internet.</li>
<li>Forward suspicious e-mails to phishing@meghnaridge.com.bd and then delete them.</li>
</ul>

<h2>Change log</h2>
<ul>
<li>2028-07-09: password length raised for all users.</li>
<li>2028-03-14: authenticator app made compulsory for webmail outside the office.</li>
</ul>
"""

CANTEEN = """
<p>The Gazipur plant canteen (250 seats, first floor of the utility building) is run by a contractor under the
plant Admin section. The menu is on the notice board and changes every week. Production garments are never worn in
the canteen; wash your hands before you eat.</p>

<table>
<caption>Meal and tiffin times at the plant</caption>
<thead><tr><th scope="col">Shift</th><th scope="col">Break</th><th scope="col">Time</th><th scope="col">Where</th></tr></thead>
<tbody>
<tr><th scope="rowgroup" rowspan="2">General shift</th><td>Lunch</td><td>12.30 pm to 1.15 pm</td><td>Canteen</td></tr>
<tr><td>Tea</td><td>3.30 pm to 3.45 pm</td><td>At the section</td></tr>
<tr><th scope="rowgroup" rowspan="2">A shift</th><td>Tiffin</td><td>9.00 am to 9.20 am</td><td>Canteen</td></tr>
<tr><td>Meal</td><td>11.30 am to 12.00 noon</td><td>Canteen</td></tr>
<tr><th scope="rowgroup" rowspan="2">B shift</th><td>Tiffin</td><td>5.00 pm to 5.20 pm</td><td>Canteen</td></tr>
<tr><td>Meal</td><td>7.30 pm to 8.00 pm</td><td>Canteen</td></tr>
<tr><th scope="rowgroup" rowspan="2">C shift</th><td>Meal</td><td>1.30 am to 2.00 am</td><td>Canteen</td></tr>
<tr><td>Tea</td><td>4.00 am</td><td>Served at the line</td></tr>
</tbody>
</table>
<p>Lines go to the canteen in turns given by the shift in-charge, so that no machine is left without an operator.</p>

<h2>What it costs</h2>
<ul>
<li>Lunch or dinner: you pay Tk 35 per meal; the company pays the rest. Scan your ID card at the counter; the month&rsquo;s meals are deducted from the next salary.</li>
<li>Tiffin (tea with a snack) and tea are free.</li>
<li>Special diet meals are given on a note from the Medical Officer.</li>
<li>On Fridays and holidays the canteen is closed. Staff on essential duty get a packed meal.</li>
</ul>

<h2>Corporate office, Gulshan</h2>
<p>The dining room is on the 6th floor. Lunch comes from a caterer at Tk 90 per meal, of which you pay Tk 45. Order
by 11.00 am in RidgeHR (Canteen &gt; Order lunch).</p>

<h2>Ramadan</h2>
<p>During Ramadan, iftar packets are given free to shift staff on duty at iftar time, and C shift staff get sehri in
the canteen at 3.30 am.</p>
"""

ROUTES_NEW = """
<p>Effective from 1 June 2028. Company buses bring plant staff from Dhaka and Gazipur to the plant and take them
back. Transport is run by the plant Admin &amp; Transport Officer (ext 5170).</p>

<table>
<caption>Morning pick-up (bus leaves the first stop at)</caption>
<thead>
<tr><th scope="col" rowspan="2">Route</th><th scope="col" rowspan="2">Area</th><th scope="col" rowspan="2">Stops, in order</th><th scope="colgroup" colspan="2">Bus leaves the first stop</th></tr>
<tr><th scope="col">A shift</th><th scope="col">General shift</th></tr>
</thead>
<tbody>
<tr><th scope="row">R-1</th><td>Uttara</td><td>Abdullahpur, House Building, Azampur</td><td>5.00 am</td><td>7.15 am</td></tr>
<tr><th scope="row">R-2</th><td>Mirpur</td><td>Mirpur 10, Mirpur 1, Technical, Gabtoli</td><td>4.30 am</td><td>6.45 am</td></tr>
<tr><th scope="row">R-3</th><td>Tongi</td><td>Tongi Station Road, Cherag Ali</td><td>5.20 am</td><td>7.40 am</td></tr>
<tr><th scope="row">R-4</th><td>Gazipur</td><td>Chowrasta, Bhogra</td><td>5.30 am</td><td>7.50 am</td></tr>
</tbody>
</table>

<h2>Going home</h2>
<ul>
<li>A shift buses leave the plant at 2.10 pm; general shift buses at 5.15 pm, on all four routes.</li>
<li>B shift: buses on routes R-1 and R-4 leave at 10.15 pm.</li>
<li>Women colleagues on B or C shift are dropped or picked up at their homes by the company microbus.</li>
</ul>

<h2>Fees and booking</h2>
<ul>
<li>Tk 600 a month, deducted from salary.</li>
<li>Register or change your route in RidgeHR (Transport &gt; My route) by the 20th for the next month.</li>
<li>Your route sticker goes on the back of your ID card. Show it when you get on.</li>
</ul>

<h2>Rules</h2>
<ul>
<li>The bus waits at a stop for 2 minutes only.</li>
<li>If you miss the bus, no conveyance is paid for CNG, auto-rickshaw or any other transport.</li>
<li>The two front rows are kept for women colleagues.</li>
<li>No smoking, no loud music, no standing while the bus is moving.</li>
</ul>
"""

ROUTES_OLD = """
<p>Effective from 1 December 2026. Company buses bring plant staff from Dhaka and Gazipur to the plant and take them
back. Transport is run by the plant Admin &amp; Transport Officer (ext 5170).</p>

<table>
<caption>Morning pick-up (bus leaves the first stop at)</caption>
<thead>
<tr><th scope="col" rowspan="2">Route</th><th scope="col" rowspan="2">Area</th><th scope="col" rowspan="2">Stops, in order</th><th scope="colgroup" colspan="2">Bus leaves the first stop</th></tr>
<tr><th scope="col">A shift</th><th scope="col">General shift</th></tr>
</thead>
<tbody>
<tr><th scope="row">R-1</th><td>Uttara</td><td>House Building, Azampur, Tongi</td><td>4.50 am</td><td>7.00 am</td></tr>
<tr><th scope="row">R-2</th><td>Mirpur</td><td>Mirpur 10, Technical, Gabtoli</td><td>4.20 am</td><td>6.30 am</td></tr>
<tr><th scope="row">R-3</th><td>Gazipur</td><td>Chowrasta, Bhogra</td><td>5.35 am</td><td>7.55 am</td></tr>
</tbody>
</table>

<h2>Going home</h2>
<ul>
<li>A shift buses leave the plant at 2.15 pm; general shift buses at 5.10 pm, on all three routes.</li>
<li>B shift: the bus on route R-1 leaves at 10.20 pm.</li>
<li>Women colleagues on C shift are picked up from the R-1 and R-3 stops by the company microbus.</li>
</ul>

<h2>Fees and booking</h2>
<ul>
<li>Tk 400 a month, deducted from salary.</li>
<li>Fill in the transport form at the Transport desk by the 25th for the next month.</li>
<li>Show your bus card when you get on.</li>
</ul>

<h2>Rules</h2>
<ul>
<li>The bus waits at a stop for 5 minutes.</li>
<li>If you miss the bus, no conveyance is paid.</li>
<li>No smoking, no loud music.</li>
</ul>
"""

FIELD = """
<p>For MPOs, Sr. MPOs and Area Managers. Everything you do in the field is recorded in FieldTrack on your company
tablet: check-in, DCR, tour plan, samples and TA/DA bills. Amounts for allowances are in the TA/DA rates 2028
table (ACC-06).</p>

<h2>Daily calls</h2>
<table>
<caption>Daily call norms</caption>
<thead><tr><th scope="col">Role</th><th scope="col">Doctor calls a day</th><th scope="col">Chemist calls a day</th><th scope="col">First check-in by</th></tr></thead>
<tbody>
<tr><th scope="row">MPO</th><td>10</td><td>8</td><td>9.30 am</td></tr>
<tr><th scope="row">Sr. MPO</th><td>10</td><td>10</td><td>9.30 am</td></tr>
<tr><th scope="row">Area Manager</th><td>6 (joint calls with MPOs)</td><td>4</td><td>10.00 am</td></tr>
</tbody>
</table>
<p>Enter the DCR (daily call report) in FieldTrack by 11.00 pm the same day. A working day with no DCR is treated as
absent unless leave has been approved.</p>

<h2>Day types and allowances</h2>
<table>
<caption>Which allowance for which day</caption>
<thead>
<tr><th scope="col" rowspan="2">Day type</th><th scope="col" rowspan="2">Meaning</th><th scope="colgroup" colspan="2">Allowance (codes of the TA/DA rates 2028)</th></tr>
<tr><th scope="col">DA</th><th scope="col">TA</th></tr>
</thead>
<tbody>
<tr><th scope="row">HQ day</th><td>Work inside your headquarter town</td><td>None</td><td>Local conveyance TA-03</td></tr>
<tr><th scope="row">Ex-HQ day</th><td>50 km or more from HQ, back home the same night</td><td>DA-05 or DA-06</td><td>TA-01 or TA-02</td></tr>
<tr><th scope="row">Out-station day</th><td>Night halt approved in the tour plan</td><td>DA-01 to DA-04, plus hotel HA-01 or HA-02</td><td>TA-01 or TA-02</td></tr>
</tbody>
</table>

<h2>Tour plan and bills</h2>
<ul>
<li>Submit next month&rsquo;s tour plan in FieldTrack by the 25th; your Area Manager approves it.</li>
<li>Submit the TA/DA bill in FieldTrack by the 5th of the following month, with photos of tickets and hotel bills.
The Area Manager approves by the 10th and it is paid with that month&rsquo;s salary.</li>
<li>Bills more than 2 months old are not paid.</li>
</ul>

<h2>Samples</h2>
<p>Physician samples are issued at your depot every month against the sample plan. Reconcile your sample stock in
FieldTrack every Thursday. Samples are never sold (HR-01).</p>

<h2>Own motorcycle</h2>
<p>To claim motorcycle running cost (TA-01), register your motorcycle with your Area Manager with copies of the
registration, insurance and tax token, and keep the logbook in FieldTrack. A valid driving licence and a helmet
are compulsory; no pillion passenger on official work.</p>
"""


def build_html():
    page("index.html", "Home", "Home", INDEX, "HR &amp; Admin (Internal Communications)", "2028-08-27", 2028)
    page("medical-centre.html", "Medical Centre", "HR &amp; Admin", MEDICAL, "Medical Officer, Gazipur Plant",
         "2028-03-05", 2028)
    page("it-helpdesk.html", "IT Helpdesk", "IT", IT, "Manager, IT", "2028-07-09", 2028)
    page("canteen-and-tiffin.html", "Canteen and Tiffin", "Plant", CANTEEN, "Admin Section, Gazipur Plant",
         "2028-02-12", 2028)
    page("transport-pick-drop.html", "Staff Transport - Pick and Drop", "Plant", ROUTES_NEW,
         "Admin &amp; Transport Officer, Gazipur Plant", "2028-05-20", 2028, h1="Staff Transport &ndash; Pick and Drop")
    old_nav = [n for n in NAV if n[0] != "field-force.html"]
    page("transport-pick-drop-archived.html", "Staff Transport - Pick and Drop (Archived)", "Plant", ROUTES_OLD,
         "Admin &amp; Transport Officer, Gazipur Plant", "2026-11-02", 2026, nav=old_nav,
         h1="Staff Transport &ndash; Pick and Drop (Archived)")
    page("field-force.html", "Field Force Corner", "Sales", FIELD, "Office of the Sales Director", "2028-01-08",
         2028)


# ---------------------------------------------------------------------------------------------------- CSV
def csv_bytes(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    text = buf.getvalue()
    assert text.isascii()
    return text.encode("ascii")


HOLIDAYS = [
    ["1", "Shab-e-Barat", "2028-01-12", "Wednesday", "1", "Government (executive order)", "Expected - moon", "Open", "Open", "Open", "Not a company holiday; CL may be taken"],
    ["2", "Shaheed Dibosh and International Mother Language Day", "2028-02-21", "Monday", "1", "Public", "Fixed", "Closed", "Essential services only", "Closed", "Holiday duty allowance as per HR-05 for staff on essential duty"],
    ["3", "Shab-e-Qadr", "2028-02-22", "Tuesday", "1", "Public", "Expected - moon", "Closed", "Essential services only", "Closed", "Holiday duty allowance as per HR-05 for staff on essential duty"],
    ["4", "Eid-ul-Fitr", "2028-02-24", "Thursday", "6", "Festival (company Eid holidays 24.02 to 29.02)", "Expected - moon; Eid day 2028-02-26", "Closed", "Shutdown", "Closed", "Plant fully shut; security and utilities only"],
    ["5", "Independence and National Day", "2028-03-26", "Sunday", "1", "Public", "Fixed", "Closed", "Essential services only", "Closed", "Holiday duty allowance as per HR-05 for staff on essential duty"],
    ["6", "Pohela Boishakh (Bangla New Year)", "2028-04-14", "Friday", "1", "Public", "Fixed", "Closed", "Closed", "Closed", "Falls on the weekly holiday; no substitute day"],
    ["7", "May Day", "2028-05-01", "Monday", "1", "Public", "Fixed", "Closed", "Essential services only", "Closed", "Holiday duty allowance as per HR-05 for staff on essential duty"],
    ["8", "Eid-ul-Azha", "2028-05-03", "Wednesday", "5", "Festival (company Eid holidays 03.05 to 07.05)", "Expected - moon; Eid day 2028-05-05", "Closed", "Shutdown", "Closed", "Plant fully shut; security and utilities only"],
    ["9", "Buddha Purnima", "2028-05-08", "Monday", "1", "Public", "Expected - full moon", "Closed", "Essential services only", "Closed", "Holiday duty allowance as per HR-05 for staff on essential duty"],
    ["10", "Ashura", "2028-06-03", "Saturday", "1", "Public", "Expected - moon", "Closed", "Essential services only", "Closed", "Saturday; no substitute day"],
    ["11", "Eid-e-Miladunnabi", "2028-08-03", "Thursday", "1", "Public", "Expected - moon", "Closed", "Essential services only", "Closed", "Holiday duty allowance as per HR-05 for staff on essential duty"],
    ["12", "July Mass Uprising Day", "2028-08-05", "Saturday", "1", "Public", "Fixed", "Closed", "Essential services only", "Closed", "Saturday; no substitute day"],
    ["13", "Janmashtami", "2028-08-13", "Sunday", "1", "Public", "Expected - lunar", "Closed", "Essential services only", "Closed", "Holiday duty allowance as per HR-05 for staff on essential duty"],
    ["14", "Durga Puja (Bijoya Dashami)", "2028-09-28", "Thursday", "1", "Public", "Expected - lunar", "Closed", "Essential services only", "Closed", "Hindu colleagues may add 2 days of CL or EL"],
    ["15", "Victory Day", "2028-12-16", "Saturday", "1", "Public", "Fixed", "Closed", "Essential services only", "Closed", "Saturday; no substitute day"],
    ["16", "Christmas Day", "2028-12-25", "Monday", "1", "Public", "Fixed", "Closed", "Essential services only", "Closed", "Holiday duty allowance as per HR-05 for staff on essential duty"],
]

TADA = [
    ["DA-01", "Daily allowance - night halt in Dhaka or Chattogram city", "MPO and Sr MPO", "900", "BDT", "per night", "Out-station day; hotel paid separately", "2028-01-01"],
    ["DA-02", "Daily allowance - night halt in Dhaka or Chattogram city", "Area Manager and above", "1200", "BDT", "per night", "Out-station day; hotel paid separately", "2028-01-01"],
    ["DA-03", "Daily allowance - night halt in other districts", "MPO and Sr MPO", "700", "BDT", "per night", "Out-station day; hotel paid separately", "2028-01-01"],
    ["DA-04", "Daily allowance - night halt in other districts", "Area Manager and above", "1000", "BDT", "per night", "Out-station day; hotel paid separately", "2028-01-01"],
    ["DA-05", "Ex-headquarter allowance", "MPO and Sr MPO", "350", "BDT", "per day", "50 km or more from HQ; back the same night", "2028-01-01"],
    ["DA-06", "Ex-headquarter allowance", "Area Manager and above", "450", "BDT", "per day", "50 km or more from HQ; back the same night", "2028-01-01"],
    ["TA-01", "Own motorcycle running cost", "MPO, Sr MPO and Area Manager", "5.50", "BDT", "per km", "Up to 1,800 km a month; logbook in FieldTrack", "2028-01-01"],
    ["TA-02", "Bus, train or launch fare", "All field force", "Actual", "BDT", "per trip", "Non-AC bus or shovan chair for MPO; AC bus or snigdha for Area Manager and above; ticket photo needed", "2028-01-01"],
    ["TA-03", "Local conveyance (rickshaw, CNG)", "MPO and Sr MPO", "250", "BDT", "per day", "HQ and ex-HQ days; no receipt needed", "2028-01-01"],
    ["HA-01", "Hotel", "MPO and Sr MPO", "2500", "BDT", "per night", "Actual up to this amount; hotel bill needed", "2028-01-01"],
    ["HA-02", "Hotel", "Area Manager and above", "3500", "BDT", "per night", "Actual up to this amount; hotel bill needed", "2028-01-01"],
    ["MB-01", "Mobile and internet", "MPO and Sr MPO", "1000", "BDT", "per month", "Paid with salary", "2028-01-01"],
    ["MB-02", "Mobile and internet", "Area Manager and above", "1500", "BDT", "per month", "Paid with salary", "2028-01-01"],
    ["OS-01", "Tour allowance - office and plant staff", "O and M grades", "600", "BDT", "per day", "Official travel outside Dhaka and Gazipur; hotel at the HA-01 limit", "2028-01-01"],
]

PPE = [
    ["Production operators", "Grade D production uniform (two-piece)", "3 sets", "12 months", "Plant Admin store", "Washed by the plant laundry; never taken home"],
    ["Production operators", "Antistatic safety shoes (white)", "1 pair", "12 months", "Plant Admin store", "Worn inside the production area only"],
    ["Production operators", "Hair cover and face mask", "As needed", "Every shift", "Change room dispenser", "Disposable"],
    ["QC analysts", "Lab coat (white, full sleeve)", "2 coats", "12 months", "QC store", "Washed by the plant laundry"],
    ["QC analysts", "Safety goggles", "1", "24 months", "QC store", "Replace earlier if scratched"],
    ["QC analysts", "Nitrile gloves", "As needed", "Each use", "QC store", ""],
    ["Warehouse staff", "Steel-toe safety shoes", "1 pair", "9 months", "Warehouse Manager", ""],
    ["Warehouse staff", "Reflective vest", "2", "12 months", "Warehouse Manager", ""],
    ["Warehouse staff", "Insulated jacket for the cold store", "1", "24 months", "Warehouse Manager", "Only for staff rostered in the cold store"],
    ["Drivers", "Uniform (shirt and trousers)", "2 sets", "12 months", "Transport desk", ""],
    ["Drivers", "Black shoes", "1 pair", "12 months", "Transport desk", ""],
    ["Security guards", "Uniform with cap and belt", "3 sets", "12 months", "Security In-charge", ""],
    ["Security guards", "Raincoat", "1", "24 months", "Security In-charge", ""],
    ["Security guards", "Torch", "1", "As needed", "Security In-charge", "Battery from the Security store"],
    ["MPOs", "Company shirt", "3", "12 months", "Depot", "Worn on working days in the field"],
    ["MPOs", "Detailing bag", "1", "24 months", "Depot", ""],
    ["MPOs", "Helmet", "1", "36 months", "Depot", "Only for MPOs claiming motorcycle running cost"],
    ["Office staff", "ID card holder and lanyard", "1", "As needed", "HR Service Desk", "A lost ID card is replaced as per the HR FAQ"],
]


def build_csv():
    write("data/public-holidays-2028.csv", csv_bytes(
        ["sl", "holiday", "date", "day", "days", "category", "date_status", "corporate_office", "gazipur_plant",
         "depots", "notes"], HOLIDAYS))
    write("data/ta-da-rates-2028.csv", csv_bytes(
        ["code", "item", "applies_to", "rate", "currency", "unit", "conditions", "effective_from"], TADA))
    write("data/uniform-and-ppe-entitlement.csv", csv_bytes(
        ["staff_group", "item", "quantity", "replace_every", "issued_by", "notes"], PPE))


# ---------------------------------------------------------------------------------------------------- JSON
FAQ = [
    ("FAQ-01", "Letters", "How do I get a salary certificate for my tax return?",
     "Apply in RidgeHR > Letters > Salary Certificate. It is ready within 3 working days. If your tax office needs a "
     "signed copy, collect it from the HR Service Desk.", "2028-08-20"),
    ("FAQ-02", "Letters", "I need an NOC for my passport or visa. What is the procedure?",
     "First get your leave approved in RidgeHR. Then apply in RidgeHR > Letters > NOC with the travel dates and the "
     "country. HR issues the NOC within 5 working days.", "2028-05-02"),
    ("FAQ-03", "Pay", "How do I change the bank account my salary goes to?",
     "Fill in Form HR-12 and attach a copy of a cheque leaf of the new account. It must reach Payroll by the 15th to "
     "apply to that month's salary.", "2028-04-11"),
    ("FAQ-04", "ID card", "I lost my ID card. What should I do?",
     "Tell Security and the HR Service Desk the same day. A replacement card is made within 2 working days and Tk "
     "300 is deducted from salary. Security gives you a temporary gate pass until then.", "2028-02-07"),
    ("FAQ-05", "Provident fund", "Where can I see my PF balance?",
     "In RidgeHR > PF Statement. The yearly statement to 31 December is put there by 31 March.", "2028-07-03"),
    ("FAQ-06", "Provident fund", "How do I change my PF and gratuity nominee?",
     "Submit a new Form PF-2 to the HR Service Desk at any time. The latest form replaces the earlier one.",
     "2028-07-03"),
    ("FAQ-07", "Medical", "Can I get money in advance for a planned operation?",
     "Yes. For a planned admission, HR can give a hospitalisation advance of up to 50% of the doctor's estimate, "
     "within your yearly limit. Apply through the HR Service Desk with the estimate at least 5 working days before "
     "admission. The advance is adjusted against the insurance claim.", "2028-03-05"),
    ("FAQ-08", "Leave", "Can I take half a day of casual leave?",
     "Office and plant general shift staff can take half-day CL: morning (until 1.00 pm) or afternoon (from "
     "2.00 pm). Shift staff cannot take half-day CL.", "2028-01-15"),
    ("FAQ-09", "Leaving", "When do I get my experience certificate and release letter?",
     "With your final settlement, after clearance from all departments. Ask the HR Service Desk if you need it "
     "earlier for a new employer.", "2027-11-20"),
    ("FAQ-10", "Training", "Is the GMP refresher training compulsory?",
     "Yes, once a year for everyone who works in or enters the production, QC or warehouse areas. Attendance is "
     "recorded by QA; missing it means no entry into the areas until you attend.", "2028-01-15"),
    ("FAQ-11", "Recruitment", "Is there any bonus for referring a candidate?",
     "Yes. Tk 5,000 is paid to the employee who referred a candidate, after the new colleague is confirmed. HR, "
     "department heads and the interview panel are not eligible.", "2027-10-09"),
    ("FAQ-12", "Profile", "I moved house. How do I update my address and emergency contact?",
     "Update them in RidgeHR > Profile. HR checks the change within 2 working days. Only HR can see your address "
     "and emergency contact.", "2028-06-12"),
]

REGISTER = [
    ("HR-01", "Code of Conduct and Discipline", "July 2027", "In force", "2027-07-01", "HR & Admin", "2029-06-30", ""),
    ("HR-02", "Welcome to Meghna Ridge (staff handbook part 1)", "2028", "In force", "2028-06-04", "HR & Admin", "2029-06-30", ""),
    ("HR-03", "Leave Policy", "2028", "In force", "2028-01-01", "HR & Admin", "2029-12-31", "Leave year changed to the calendar year."),
    ("HR-03", "Leave Rules", "2025", "Superseded", "2025-07-01", "HR & Admin", "", "Replaced by the Leave Policy 2028 from 1 January 2028."),
    ("HR-05", "Attendance, Shifts and Roster", "2028", "In force", "2028-04-01", "HR & Admin with the Plant Head", "2029-03-31", "Grace time, roster, shift swap and allowance rules revised."),
    ("HR-08", "Pay, Festival Bonus and Increment", "June 2028", "In force", "2028-06-01", "Accounts & Finance and HR & Admin", "2029-05-31", ""),
    ("HR-PF", "Provident Fund and Gratuity Rules", "Revision 4", "In force", "2028-07-01", "Board of Trustees", "2030-06-30", "Approved by the Board of Trustees on 12.06.2028."),
    ("ACC-06", "Field force TA/DA rates 2028", "2028", "In force", "2028-01-01", "Accounts & Finance", "2028-12-31", ""),
    ("ADM-04", "Staff transport (pick and drop)", "June 2028", "In force", "2028-06-01", "Plant Admin", "2029-05-31", "Tongi route added."),
    ("ADM-06", "Canteen and tiffin", "2028", "In force", "2028-02-12", "Plant Admin", "2029-02-11", ""),
    ("ADM-09", "Uniform and PPE entitlement", "2028", "In force", "2028-01-01", "Plant Admin", "2028-12-31", ""),
    ("SAL-02", "Field force working rules (DCR, tour plan, samples)", "2028", "In force", "2028-01-08", "Sales Director", "2028-12-31", ""),
    ("PRD-SOP-014", "Gowning and Entry into Production Areas", "Version 05", "In force", "2028-07-01", "Production / QA", "2030-06-30", ""),
    ("IT-01", "IT acceptable use and passwords", "2028", "In force", "2028-07-09", "IT", "2029-07-08", ""),
    ("MED-01", "Medical Centre and group hospitalisation", "2028", "In force", "2028-03-05", "Medical Officer / HR & Admin", "2029-03-04", ""),
]


def build_json():
    faq = {"export": {"system": "RidgeNet FAQ", "exported_at": "2028-08-20T16:05:00+06:00", "items": str(len(FAQ))},
           "items": [{"id": i, "category": c, "question": q, "answer": a, "updated": u} for i, c, q, a, u in FAQ]}
    write("data/hr-faq.json", (json.dumps(faq, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    reg = {"register": "MRPL policy and SOP register", "exported_at": "2028-08-22T09:30:00+06:00",
           "records": [{"ref": r, "title": t, "version": v, "status": s, "effective": e, "owner": o,
                        "review_due": d, "remarks": m} for r, t, v, s, e, o, d, m in REGISTER]}
    write("data/policy-register.json", (json.dumps(reg, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


# ---------------------------------------------------------------------------------------------------- Latin-1
BERARD = """MACHINES PHARMACEUTIQUES B\u00c9RARD & FILS S.A.S.
Service Apr\u00e8s-Vente / After-Sales Service
27, rue des Fr\u00e8res-Lumi\u00e8re - 69100 Villeurbanne - France

Villeurbanne, 18/08/2028

To: Mr. Kamrul Hasan Bhuiyan, Plant Head
Meghna Ridge Pharmaceuticals Ltd, Kunia, Board Bazar, Gazipur-1704, Bangladesh

Our ref.: SAV/BD/2028-041          Your ref.: MRPL/PLANT/PO/2028/233
Subject: Preventive maintenance and re-qualification of blister machine B\u00c9RARD BL-420
         (serial n\u00b0 20-4471), Line 2

Dear Mr. Bhuiyan,

Thank you for your order. As agreed with your Engineering Manager, our two engineers will carry out the yearly
preventive maintenance of the BL-420 blister machine on your Line 2 under the service contract n\u00b0 CS-BD-2026-07.

Engineers:
  - M. Fr\u00e9d\u00e9ric Lema\u00eetre, mechanical engineer (team leader)
  - Mme H\u00e9l\u00e8ne Ferri\u00e8re-Aub\u00e9, automation and qualification engineer

They arrive in Dhaka on Saturday 09/09/2028 and will work at Gazipur from Sunday 10/09/2028 to Thursday
14/09/2028, from 08:30 to 17:30. They fly back on Friday 15/09/2028.

What we need from Meghna Ridge:
  1. Line 2 empty, cleaned and the line clearance signed by your QA by 08:00 on Sunday 10/09/2028.
  2. Forming station heaters switched off at least 12 hours before we start (normal forming temperature
     145 \u00b0C), so that the station is cold for dismantling.
  3. Compressed air at 6 bar at the machine and lock-out of the main power by your electrician.
  4. The change parts of both formats at the line: 10-tablet Alu-PVC and 14-tablet Alu-Alu.
  5. One operator of each shift of Line 2 with us on Wednesday 13/09/2028 for training on the new software.
  6. Operational qualification (OQ) with your QA on Thursday 14/09/2028. Your QA will do the PQ on the first
     3 commercial batches after the visit.

Our engineers will follow your gowning SOP. They bring their own safety shoes (sizes 43 and 38) and their own
tools. Please arrange the visitor passes and the escort at the gate.

Software update: the PLC software will be updated to version 4.2. After the update, the forming temperature alarm
will sound at a deviation of \u00b1 3 \u00b0C from the set point (before: \u00b1 5 \u00b0C), and the machine will stop
after 3 rejected blisters in a row (before: 5).

Spare parts are not part of the service contract. They are invoiced as per our quotation n\u00b0 DEV-2028-117
(EUR, CIF Chattogram), already accepted by your purchase department.

For any question before the visit, please write to our service desk, sav@berard-fils.fr, quoting our reference.

Veuillez agr\u00e9er, Monsieur, l'expression de nos salutations distingu\u00e9es.

Fr\u00e9d\u00e9ric Lema\u00eetre
Chef de projet service / Service project leader
Machines Pharmaceutiques B\u00e9rard & Fils S.A.S.
"""


def build_latin1():
    data = BERARD.encode("latin-1")
    assert not any(0x80 <= b <= 0x9F for b in data), "byte in 0x80-0x9F"
    try:
        data.decode("utf-8")
        raise AssertionError("Latin-1 notice is valid UTF-8")
    except UnicodeDecodeError:
        pass
    write("notices/berard-service-visit.txt", data)


if __name__ == "__main__":
    build_html()
    build_csv()
    build_json()
    build_latin1()
