#!/usr/bin/env python3
"""Write the seven Talanoa intranet pages under docs/talanoa/ (site chrome plus each page's body). Every page is
asserted to be ASCII (non-ASCII characters are written as entities). Reproducible: fixed text only."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "talanoa")

NAV = [("index.html", "Home"), ("wage-rates.html", "Wage rates"), ("staff-transport.html", "Staff transport"),
       ("cyclone-season.html", "Cyclone season"), ("health-and-safety.html", "Health &amp; safety"),
       ("it-help.html", "IT help")]

STYLE = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d2b36}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
header.top{background:#0b5c6b;color:#fff;padding:8px 16px;display:flex;gap:16px;align-items:center}
nav.main ul{list-style:none;margin:0;padding:0 16px;background:#e6f2f3;display:flex;gap:18px}
nav.main a[aria-current]{font-weight:bold}.crumbs{padding:6px 16px;font-size:90%}
.wrap{display:flex;gap:24px;padding:0 16px}main{flex:3}aside{flex:1;font-size:90%}
table{border-collapse:collapse;margin:12px 0}th,td{border:1px solid #9bb;padding:4px 8px;text-align:left}
footer{border-top:1px solid #9bb;margin-top:24px;padding:8px 16px;font-size:85%}"""


def chrome(fname, title, crumb, body, owner, updated, year, nav=NAV, marine_ext="5110"):
    items = []
    for href, label in nav:
        cur = ' aria-current="page"' if href == fname else ""
        items.append(f'<li><a href="{href}"{cur}>{label}</a></li>')
    crumbs = "" if fname == "index.html" else (
        f'<p class="crumbs"><a href="index.html">Home</a> &raquo; {crumb}</p>\n')
    html = f"""<!DOCTYPE html>
<html lang="en-FJ">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Talanoa</title>
<style>
{STYLE}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<a href="index.html"><img src="assets/naiqoro-logo.png" alt="Naiqoro Bay Resorts" width="150" height="42"></a>
<span class="site">Talanoa &middot; staff intranet</span>
<form class="search" action="search.html" method="get" role="search"><label for="q">Search</label>
<input id="q" name="q" type="search"><button type="submit">Search</button></form>
<nav class="tools" aria-label="Staff systems"><a href="https://my.naiqoro.com.fj/">MyNBR</a> <a href="https://shiftmate.naiqoro.com.fj/">ShiftMate</a> <a href="https://boatlog.naiqoro.com.fj/">BoatLog</a> <a href="https://mail.naiqoro.com.fj/">Webmail</a> <a href="logout.html">Sign out</a></nav>
</header>
<nav class="main" aria-label="Main"><ul>{"".join(items)}</ul></nav>
{crumbs}<div class="wrap">
<main id="main">
{body.strip()}
</main>
<aside class="contacts" aria-label="Quick contacts">
<h2>Quick contacts</h2>
<ul>
<li>People &amp; Culture: ext 1100</li>
<li>Payroll: ext 1120</li>
<li>IT Help Desk: ext 1180</li>
<li>Speak Up line: ext 1145</li>
<li>Health &amp; Safety Officer: ext 1160</li>
<li>Marine Base duty phone: ext {marine_ext}</li>
<li>Emergency (ambulance, police): 911 &middot; Police: 917 &middot; Fire: 910</li>
</ul>
</aside>
</div>
<footer>
<p>Page owner: {owner} &middot; Last updated: {updated}</p>
<p>&copy; {year} Naiqoro Bay Resorts Pte Limited &middot; Head Office: Level 2, Namaka Business Centre, Queens Road, Namaka, Nadi &middot; Marine Base: Naiqoro pontoon, Port Denarau Marina</p>
</footer>
<script>document.getElementById("q").setAttribute("placeholder", "Search Talanoa");</script>
</body>
</html>
"""
    html.encode("ascii")  # raises if any non-ASCII character slipped in
    with open(os.path.join(OUT, fname), "w", encoding="ascii", newline="\n") as fh:
        fh.write(html)


HOME = """
<h1>Bula, welcome to Talanoa</h1>
<p class="date">Wednesday 14 June 2028</p>
<h2>News</h2>
<article>
<h3>Compressor service at both dive shops</h3>
<p>Compresseurs Oc&eacute;ane from Noum&eacute;a will service the dive compressors at Korotogo and Nukuvou from 26 to 30 June. No tanks can be filled while a compressor is stopped, so dive teams please read the engineers' notice in Notices and fill your spare tanks the day before.</p>
</article>
<article>
<h3>New boat rules since 15 May</h3>
<p>Staff seats on the staff boat are now booked in BoatLog, and the manifest closes 30 minutes before departure. Please read the Boat Transfer and Manifest Rules (MAR-01) before your next boat day.</p>
</article>
<article>
<h3>Peak season starts 1 July</h3>
<p>From 1 July to 31 August no annual leave is approved (Leave Policy, section 1). If you have an emergency, talk to your Resort Manager.</p>
</article>
<article>
<h3>Fiji Day 2028 committee</h3>
<p>We are looking for singers, meke dancers and cooks for the Fiji Day lovo on Tuesday 10 October. Give your name to the Cultural Advisor (ext 2210) by 30/06/2028. Vinaka!</p>
</article>
<article>
<h3>Staff Christmas Fund</h3>
<p>The May 2028 count of the Staff Christmas Fund boxes came to FJD 18,460.35 across the three resorts. Vinaka to everyone giving our guests the Naiqoro smile.</p>
</article>
<h2>Coming up</h2>
<table>
<caption>Coming up in the next weeks</caption>
<thead><tr><th scope="col">Date</th><th scope="col">What</th><th scope="col">Who</th></tr></thead>
<tbody>
<tr><td>16/06/2028</td><td>Wages paid</td><td>Wage staff</td></tr>
<tr><td>23/06/2028</td><td>Wages paid</td><td>Wage staff</td></tr>
<tr><td>26/06/2028</td><td>Compressor engineers arrive; Korotogo spare tanks filled by 5.00 pm</td><td>Korotogo dive team</td></tr>
<tr><td>27/06/2028</td><td>Korotogo compressor stopped for the service</td><td>Korotogo dive team</td></tr>
<tr><td>28/06/2028</td><td>Salaries paid</td><td>Salaried staff</td></tr>
<tr><td>29/06/2028</td><td>Nukuvou compressor stopped for the service</td><td>Nukuvou dive team</td></tr>
<tr><td>30/06/2028</td><td>Wages paid; Fiji Day volunteers' names due</td><td>Everyone</td></tr>
<tr><td>01/07/2028</td><td colspan="2">Peak period starts: no annual leave until 31/08/2028</td></tr>
<tr><td>07/08/2028</td><td colspan="2">Prophet Mohammed's Birthday (estimated; date to be confirmed)</td></tr>
</tbody>
</table>
<h2>Quick links</h2>
<ul>
<li><a href="wage-rates.html">Wage rates and penalty rates</a></li>
<li><a href="staff-transport.html">Staff carrier times</a></li>
<li><a href="cyclone-season.html">Cyclone season rules</a></li>
</ul>
"""


def wage_body(v):
    return f"""
<h1>Wage rates and penalty rates</h1>
<p class="lead">Hourly rates in FJD for wage staff, with effect from {v['from']}. Salaried staff: see your letter of appointment.</p>
<table>
<caption>Hourly wage rates by grade (FJD)</caption>
<thead>
<tr><th rowspan="2" scope="col">Grade</th><th rowspan="2" scope="col">Typical jobs</th><th colspan="2" scope="colgroup">Hourly rate (FJD)</th></tr>
<tr><th scope="col">Starting</th><th scope="col">After 12 months</th></tr>
</thead>
<tbody>
<tr><th scope="row">W1</th><td>Housekeeping attendant, kitchen hand, laundry, grounds</td><td>{v['w'][0][0]}</td><td>{v['w'][0][1]}</td></tr>
<tr><th scope="row">W2</th><td>Waiter, bar attendant, porter, driver, Kids Club assistant</td><td>{v['w'][1][0]}</td><td>{v['w'][1][1]}</td></tr>
<tr><th scope="row">W3</th><td>Cook, front office agent, deckhand, spa therapist, security officer</td><td>{v['w'][2][0]}</td><td>{v['w'][2][1]}</td></tr>
<tr><th scope="row">W4</th><td>Chef de partie, skipper, tradesman (electrician, plumber, carpenter)</td><td>{v['w'][3][0]}</td><td>{v['w'][3][1]}</td></tr>
<tr><th scope="row">W5</th><td>Team leader (hourly-paid supervisor)</td><td>{v['w'][4][0]}</td><td>{v['w'][4][1]}</td></tr>
</tbody>
</table>
<p>Casual staff are paid the starting rate of their grade plus a casual loading of {v['casual']}.</p>
<table>
<caption>Overtime, penalty rates and shift allowances</caption>
<thead><tr><th scope="col">When</th><th scope="col">Detail</th><th scope="col">Rate</th></tr></thead>
<tbody>
<tr><th rowspan="2" scope="rowgroup">Overtime</th><td>Monday to Saturday, over 8 hours in a day or 48 hours in a week</td><td>1.5 &times; your hourly rate</td></tr>
<tr><td>Overtime on a Sunday</td><td>2 &times; your hourly rate</td></tr>
<tr><th scope="row">Rostered Sunday</th><td>Ordinary hours on a Sunday that is part of your roster</td><td>{v['sunday']}</td></tr>
<tr><th scope="row">Public holiday worked</th><td colspan="2">2 &times; your hourly rate for every hour worked, plus a day in lieu to take within {v['lieu']}</td></tr>
<tr><th scope="row">Night shift allowance</th><td>Every hour worked between 10.00 pm and 6.00 am</td><td>{v['night']} an hour</td></tr>
<tr><th scope="row">Split shift allowance</th><td>Each shift worked in two parts on the same day</td><td>{v['split']} a shift</td></tr>
<tr><th scope="row">Call-out</th><td>Called back to work after you have gone home</td><td>{v['callout']} paid at 1.5 &times;</td></tr>
</tbody>
</table>
<h2>Hours and approval</h2>
<ul>
<li>Ordinary hours are 8 hours a day and 48 hours a week, worked over 6 days.</li>
<li>{v['approval']}</li>
<li>The wage week runs Wednesday to Tuesday and wages are paid on the Friday.</li>
</ul>
<p>Questions about your rate or grade: Payroll, ext 1120.</p>
"""


CURRENT = {"from": "1 April 2028", "casual": "10%",
           "w": [("$6.20", "$6.55"), ("$6.90", "$7.30"), ("$7.80", "$8.25"), ("$9.40", "$9.95"),
                 ("$11.20", "$11.85")],
           "sunday": "1.25 &times; your hourly rate", "lieu": "90 days", "night": "$1.10", "split": "$6.00",
           "callout": "At least 3 hours",
           "approval": "Overtime must be approved in ShiftMate before it is worked. Approved hours are paid in the "
                       "next week's wages; hours that were not approved are not paid."}
ARCHIVED = {"from": "1 April 2026", "casual": "5%",
            "w": [("$5.60", "$5.90"), ("$6.25", "$6.60"), ("$7.10", "$7.50"), ("$8.60", "$9.10"),
                  ("$10.30", "$10.90")],
            "sunday": "No loading (1 &times; your hourly rate)", "lieu": "30 days", "night": "$0.85",
            "split": "$4.50", "callout": "At least 2 hours",
            "approval": "Overtime is written on the overtime sheet and signed by your Head of Department by the "
                        "Tuesday of the wage week."}

TRANSPORT = """
<h1>Staff transport</h1>
<p class="lead">Staff carriers run every day, including Sundays and public holidays, for staff at Korotogo and Reef Lodge. The carriers are run by local operators under contract to us (Staff Transport, OPS-03).</p>
<table>
<caption>Staff carrier routes and times</caption>
<thead><tr><th scope="col">Resort</th><th scope="col">Route</th><th scope="col">Pick-up points</th><th scope="col">Arrives at the resort</th><th scope="col">Leaves the resort</th></tr></thead>
<tbody>
<tr><th rowspan="2" scope="rowgroup">Korotogo</th><td>K1</td><td>Sigatoka market (carrier stand), Sigatoka bridge, Olosara, Korotogo village</td><td>5.40 am, 9.40 am, 2.10 pm</td><td rowspan="2">2.45 pm, 6.45 pm, 11.15 pm</td></tr>
<tr><td>K2</td><td>Cuvu junction, Yanuca, Malevu</td><td>5.45 am, 9.45 am, 2.15 pm</td></tr>
<tr><th rowspan="2" scope="rowgroup">Reef Lodge</th><td>L1</td><td>Korolevu village, Votua, Namatakula</td><td>5.50 am, 9.50 am, 2.20 pm</td><td rowspan="2">3.00 pm, 7.00 pm, 11.20 pm</td></tr>
<tr><td>L2</td><td>Biausevu junction, Vatukarasa</td><td>5.55 am, 9.55 am, 2.25 pm</td></tr>
<tr><th scope="row">Marine Base</th><td>D1</td><td>Nadi town (Main Street), Namaka, Denarau Road</td><td>5.30 am (minibus)</td><td>6.30 pm (minibus)</td></tr>
<tr><th scope="row">Head Office</th><td colspan="4">No staff carrier. Head Office staff get the fare allowance (TR-02 in the Staff Allowances Table).</td></tr>
</tbody>
</table>
<h2>Carrier rules</h2>
<ul>
<li>Be at your stop 5 minutes early. Carriers wait no more than 5 minutes at each stop.</li>
<li>Show your staff ID card to the driver. Only staff travel on the carriers: no family members, friends or children.</li>
<li>No alcohol, no yaqona and no smoking on the carriers.</li>
<li>If the carrier has not come 15 minutes after its time, phone the Duty Manager at your resort.</li>
<li>If your shift ends after the last carrier of the night, the Duty Manager calls you a taxi and you claim the fare (TR-01 in the Staff Allowances Table).</li>
<li>During a Cyclone Warning the carriers stop when the Resort Manager says; see the Cyclone Season page.</li>
</ul>
<p>Moved house or need a new pick-up point? Update your address in MyNBR and tell the Transport Supervisor, Mr Ravin Goundar (ext 2150). Complaints about a driver or a carrier go to him too.</p>
"""

CYCLONE = """
<h1>Cyclone season</h1>
<p class="lead">The cyclone season in Fiji runs from 1 November to 30 April. This page is our Cyclone Season Plan (HS-04) in short: what happens at each stage, who stays and who goes home. The stages follow the warnings of the Fiji Meteorological Service (FMS) in Nadi and the National Disaster Management Office (NDMO).</p>
<table>
<caption>Cyclone stages and what we do</caption>
<thead>
<tr><th rowspan="2" scope="col">Stage</th><th rowspan="2" scope="col">When</th><th colspan="3" scope="colgroup">What happens</th></tr>
<tr><th scope="col">Guests</th><th scope="col">Staff</th><th scope="col">Boats and Nukuvou</th></tr>
</thead>
<tbody>
<tr><th scope="row">1. Watch</th><td>FMS reports a tropical disturbance or depression that may affect Fiji</td><td>Letter to every room; loose outdoor furniture checked</td><td>Check that your phone number and next of kin in MyNBR are up to date; supervisors confirm the stand-by list</td><td>Transfers as normal; fuel, water and food for 7 days taken to Nukuvou</td></tr>
<tr><th scope="row">2. Alert</th><td>FMS issues a Tropical Cyclone Alert for the Western Division or the Mamanuca group</td><td>Nukuvou guests offered a free transfer to Korotogo</td><td>Nukuvou staff who are not on the cyclone crew go to the mainland; the cyclone crew of 12 stays on the island</td><td>The last transfer leaves Nukuvou no later than 3.00 pm</td></tr>
<tr><th scope="row">3. Warning</th><td>FMS issues a Gale, Storm or Hurricane Warning for our area</td><td colspan="2">Everyone on site goes to the cyclone shelter when the Duty Manager says: the Conference Centre at Korotogo, the Kids Club building at Reef Lodge and the dive shop store at Nukuvou</td><td>No boats run; Lomalagi and Vonu go to the cyclone moorings inside Port Denarau Marina</td></tr>
<tr><th scope="row">4. All clear</th><td>FMS or the NDMO gives the all clear</td><td>Guests stay in the shelter until the Duty Manager has checked the rooms</td><td>Send your Safe check in the MyNBR app within 12 hours; do not come to work until your supervisor calls you</td><td>The skipper checks each boat before the first transfer</td></tr>
</tbody>
</table>
<h2>Staff on stand-by</h2>
<p>Each resort keeps a stand-by list of staff who stay on site through a Cyclone Warning. Staff on stand-by get meals and a bed on site, their normal hours, and the cyclone stand-by allowance for each night (CY-01 in the Staff Allowances Table). Staff who are not on stand-by are sent home on the carriers before they stop running.</p>
<h2>Pay when a resort is closed</h2>
<p>If a resort is closed because of a cyclone, staff rostered to work are paid their normal rostered hours for up to 3 days. After that, the General Manager Operations decides with People &amp; Culture.</p>
<h2>After the cyclone</h2>
<p>If your own home is damaged, tell your supervisor. You may be able to take paid cyclone recovery leave under the Leave Policy (HR-02). The Staff Welfare Committee can also help with hardship.</p>
<h2>Your home kit</h2>
<p>Keep a torch, a battery radio, drinking water for 3 days, your medicines and your documents in a plastic bag ready from 1 November.</p>
"""

IT = """
<h1>IT help</h1>
<p class="lead">The IT Help Desk is on ext 1180 from 7.00 am to 10.00 pm every day. After 10.00 pm only urgent (P1) problems are handled: call the Duty Manager, who calls the IT engineer on call.</p>
<table>
<caption>Our systems</caption>
<thead><tr><th scope="col">System</th><th scope="col">What it is for</th><th scope="col">Sign in with</th></tr></thead>
<tbody>
<tr><th scope="row">Talanoa</th><td>News, policies, forms, this page</td><td>Your staff number and password</td></tr>
<tr><th scope="row">MyNBR</th><td>Payslips, leave, claims, requests, your personal details, incident reports, Safe check</td><td>Staff number and password on the web; 6-digit PIN in the app</td></tr>
<tr><th scope="row">ShiftMate</th><td>Rosters, swaps, clock records, overtime approval</td><td>Staff number and password</td></tr>
<tr><th scope="row">BoatLog</th><td>Boat bookings, manifests, dive slates, oxygen kit checks</td><td>Staff number and password</td></tr>
<tr><th scope="row">ResPoint</th><td>Reservations, front office, guest accounts</td><td>Your own ResPoint user; never a shared one</td></tr>
</tbody>
</table>
<h2>Passwords</h2>
<ul>
<li>At least 12 characters. You are asked to change it every 90 days.</li>
<li>After 5 wrong tries your account is locked for 30 minutes, or until the IT Help Desk unlocks it.</li>
<li>Never share your password or PIN, not even with your supervisor. IT and Payroll never ask for them.</li>
</ul>
<h2>Wi-Fi</h2>
<p>The staff Wi-Fi network is NBR-Staff. It is for work devices and for staff phones registered with IT: ask in MyNBR &gt; Requests &gt; IT and bring your phone to the IT office or the Duty Manager. The Naiqoro Guest network is for guests only. On Nukuvou the internet comes by satellite, so no video streaming on NBR-Staff between 6.00 pm and 10.00 pm.</p>
<h2>How fast we respond</h2>
<table>
<caption>Priorities and target times</caption>
<thead>
<tr><th rowspan="2" scope="col">Priority</th><th rowspan="2" scope="col">Example</th><th colspan="2" scope="colgroup">Target time</th></tr>
<tr><th scope="col">First response</th><th scope="col">Fixed</th></tr>
</thead>
<tbody>
<tr><th scope="row">P1</th><td>ResPoint or card payments down at a resort</td><td>15 minutes</td><td>2 hours</td></tr>
<tr><th scope="row">P2</th><td>BoatLog or ShiftMate down; one department cannot work</td><td>30 minutes</td><td>4 hours</td></tr>
<tr><th scope="row">P3</th><td>One person's problem, a new phone, a printer</td><td colspan="2">Next working day</td></tr>
</tbody>
</table>
<p>Lost a phone with the MyNBR app on it? Tell the IT Help Desk within 24 hours so the app can be locked. Forward strange e-mails to the IT Help Desk and do not click on the links.</p>
"""

SAFETY = """
<h1>Health &amp; safety</h1>
<p class="lead">Look after yourself, your workmates and our guests. This page is the short version of Health and Safety at Work (HS-01).</p>
<h2>Report it</h2>
<p>Report every injury, near miss and dangerous situation in MyNBR &gt; Incidents within 24 hours, even if nobody was hurt. For a serious injury, call the Health &amp; Safety Officer on ext 1160 straight away as well.</p>
<table>
<caption>First aid rooms</caption>
<thead><tr><th scope="col">Site</th><th scope="col">First aid room</th><th scope="col">Ext</th><th scope="col">Open</th></tr></thead>
<tbody>
<tr><th scope="row">Korotogo</th><td>Beside the staff canteen</td><td>2020</td><td rowspan="2">24 hours (through the Duty Manager at night)</td></tr>
<tr><th scope="row">Reef Lodge</th><td>Behind reception</td><td>3020</td></tr>
<tr><th scope="row">Nukuvou</th><td>Next to the staff quarters</td><td>4020</td><td>7.00 am to 7.00 pm</td></tr>
<tr><th scope="row">Marine Base and boats</th><td colspan="2">First aid kit and oxygen kit on every boat and at the BoatLog desk</td><td>Whenever boats run</td></tr>
</tbody>
</table>
<table>
<caption>Common hazards at our resorts</caption>
<thead><tr><th scope="col">Hazard</th><th scope="col">What to do</th></tr></thead>
<tbody>
<tr><th scope="row">Sun and heat</th><td>Drink water every hour when you work outside. Hats and sunscreen are given to outdoor staff.</td></tr>
<tr><th scope="row">Coral cuts</th><td>Wash with fresh water and antiseptic and see a first aider the same day. Coral cuts go septic quickly.</td></tr>
<tr><th scope="row">Stonefish and crown-of-thorns stings</th><td>Put the foot or hand in hot water, as hot as the person can stand without burning, for 30 to 90 minutes, and go to the health centre.</td></tr>
<tr><th scope="row">Falling coconuts</th><td>The grounds team cuts down the nuts from palms near paths, the pool and the beach every 8 weeks. Report a heavy bunch to grounds (ext 2700).</td></tr>
<tr><th scope="row">Cleaning chemicals</th><td>Wear gloves and goggles. Never mix bleach with any other cleaner.</td></tr>
<tr><th scope="row">Lifting</th><td>Anything over 20 kg is a two-person lift. Use the trolleys for linen and luggage.</td></tr>
<tr><th scope="row">Dengue</th><td>Every week empty water from buckets, tyres, coconut shells and drains around the staff areas.</td></tr>
<tr><th scope="row">Kitchen gas</th><td>The last cook on duty turns off the LPG at the bottle store and signs the gas log.</td></tr>
</tbody>
</table>
<h2>Fire drills</h2>
<p>Each resort has a fire drill every 6 months, including a night drill once a year. Know your assembly point: the main car park at Korotogo, the tennis court at Reef Lodge, and the helipad on Nukuvou.</p>
<h2>Emergency numbers</h2>
<p>Ambulance and general emergency: 911. Police: 917. Fire: 910. Then tell the Duty Manager.</p>
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    chrome("index.html", "Home", "", HOME, "Internal Communications", "2028-06-14", 2028)
    chrome("wage-rates.html", "Wage rates", "Wage rates", wage_body(CURRENT), "Payroll", "2028-03-20", 2028)
    old_nav = [n for n in NAV if n[0] != "it-help.html"]
    chrome("wage-rates-archived.html", "Wage rates (archived)", "Wage rates", wage_body(ARCHIVED), "Payroll",
           "2026-03-16", 2026, nav=old_nav, marine_ext="5100")
    chrome("staff-transport.html", "Staff transport", "Staff transport", TRANSPORT, "Transport Supervisor",
           "2027-09-04", 2027)
    chrome("cyclone-season.html", "Cyclone season", "Cyclone season", CYCLONE, "General Manager Operations",
           "2027-10-23", 2027)
    chrome("it-help.html", "IT help", "IT help", IT, "IT Manager", "2028-01-29", 2028)
    chrome("health-and-safety.html", "Health & safety".replace("&", "&amp;"), "Health &amp; safety", SAFETY,
           "Health &amp; Safety Officer", "2028-01-10", 2028)
    print("wrote 7 pages under docs/talanoa/")


if __name__ == "__main__":
    main()
