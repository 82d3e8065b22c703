#!/usr/bin/env python3
"""Build the AFConnect Transportation intranet pages in docs/afconnect/ (deterministic, ASCII only)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "afconnect")

NAV = [("index.html", "Home"), ("pay-schedule.html", "Pay Schedule"), ("field-trips.html", "Field Trips"),
       ("dispatch-and-radio.html", "Dispatch &amp; Radio"), ("safety-and-accidents.html", "Safety &amp; Accidents"),
       ("new-driver-training.html", "New Driver Training")]

STYLE = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d2733}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.site-header{display:flex;align-items:center;gap:12px;background:#0b4f6c;color:#fff;padding:8px 16px}
.site-header a{color:#fff}.main-nav ul{display:flex;gap:16px;list-style:none;margin:0;padding:8px 16px;background:#e8f1f5}
.crumbs{padding:6px 16px;font-size:90%}.layout{display:flex;gap:24px;padding:0 16px}main{flex:3}aside{flex:1}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #9bb;padding:4px 8px;text-align:left}
.sr{position:absolute;left:-999px}footer{margin-top:24px;padding:8px 16px;background:#e8f1f5;font-size:85%}"""


def page(fname, title, body, updated, year, owner, nav=NAV, crumb=True):
    items = []
    for href, label in nav:
        cur = ' aria-current="page"' if href == fname else ""
        items.append(f'<li><a href="{href}"{cur}>{label}</a></li>')
    crumbs = ""
    if crumb:
        crumbs = f'<div class="crumbs"><a href="index.html">Home</a> &raquo; {title}</div>\n'
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &middot; AFConnect Transportation</title>
<style>
{STYLE}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header">
<img src="/assets/af-logo.png" alt="Alder Fork Local Schools logo" width="48" height="48">
<span class="site-name">AFConnect &middot; Transportation</span>
<form class="search" action="/search" role="search"><label class="sr" for="q">Search AFConnect</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
<nav class="tools" aria-label="Tools"><a href="/go/employeelink">EmployeeLink</a> | <a href="/go/fleetpad">FleetPad</a> | <a href="/go/tripboard">TripBoard</a> | <a href="/go/webmail">Webmail</a> | <a href="/logout">Sign out</a></nav>
</header>
<nav class="main-nav" aria-label="Main"><ul>
{chr(10).join(items)}
</ul></nav>
{crumbs}<div class="layout">
<main id="main">
{body.strip()}
</main>
<aside class="sidebar" aria-label="Quick contacts">
<h2>Quick contacts</h2>
<ul>
<li>Dispatch and SubCall call-off line: ext. 4400</li>
<li>Director of Transportation: ext. 4401</li>
<li>Shop (Fleet Supervisor): ext. 4420</li>
<li>Transportation Secretary: ext. 4406</li>
<li>Human Resources: ext. 1120</li>
<li>Payroll: ext. 1140</li>
<li>Emergency: 911</li>
</ul>
</aside>
</div>
<footer>
<p>Page owner: {owner} &middot; Last updated: {updated} &middot; &copy; {year} Alder Fork Local School District</p>
<p>Transportation Center, 2250 Raccoon Valley Road, Alder Fork, Ohio &middot; District Office, 118 West Main Street, Alder Fork, Ohio</p>
</footer>
<script>
document.getElementById("q").placeholder = "Search AFConnect";
</script>
</body>
</html>
"""


def rate_table(caption, rows, dispatcher=True):
    head = ('<table>\n<caption>' + caption + '</caption>\n<thead>\n'
            '<tr><th rowspan="2" scope="col">Step</th><th colspan="2" scope="colgroup">Route staff</th>'
            '<th colspan="2" scope="colgroup">Garage</th><th rowspan="2" scope="col">Dispatcher</th></tr>\n'
            '<tr><th scope="col">Bus Driver</th><th scope="col">Bus Aide</th><th scope="col">Mechanic I</th>'
            '<th scope="col">Mechanic II</th></tr>\n</thead>\n<tbody>\n')
    body = "".join("<tr><th scope=\"row\">" + str(r[0]) + "</th>" + "".join(f"<td>${v:.2f}</td>" for v in r[1:])
                   + "</tr>\n" for r in rows)
    return head + body + "</tbody>\n</table>"


STEPS = [0, 1, 2, 3, 4, 5, 8, 12, 16, 20]
CURRENT = [
    (22.15, 16.40, 24.60, 27.85, 21.30), (22.70, 16.80, 25.20, 28.50, 21.85), (23.25, 17.20, 25.80, 29.15, 22.40),
    (23.80, 17.60, 26.40, 29.80, 22.95), (24.40, 18.00, 27.00, 30.45, 23.50), (25.00, 18.45, 27.65, 31.10, 24.05),
    (25.65, 18.90, 28.30, 31.80, 24.65), (26.30, 19.40, 29.00, 32.50, 25.25), (27.00, 19.90, 29.70, 33.25, 25.90),
    (27.75, 20.45, 30.45, 34.05, 26.60)]
ARCHIVED = [
    (20.85, 15.45, 23.20, 26.25, 20.05), (21.35, 15.85, 23.75, 26.85, 20.55), (21.90, 16.20, 24.30, 27.45, 21.10),
    (22.45, 16.55, 24.85, 28.10, 21.65), (23.00, 16.95, 25.45, 28.70, 22.15), (23.55, 17.35, 26.05, 29.30, 22.65),
    (24.15, 17.80, 26.65, 29.95, 23.20), (24.75, 18.30, 27.30, 30.60, 23.80), (25.45, 18.75, 28.00, 31.35, 24.40),
    (26.15, 19.25, 28.70, 32.10, 25.05)]


def pay_body(years, h1, effective, yearno, prev, rates, sub_d, sub_a, trainee, lift, obi, ase, ase_max):
    return f"""
<h1>{h1}</h1>
<p class="lead">Appendix A of the Agreement between the Alder Fork Local Board of Education and the Alder Fork
Transportation Employees Association (AFTEA), 2025&ndash;2028, year {yearno}. Hourly rates, effective {effective}:
3.0% above {prev}.</p>
<p>Your step is your years of service in your job with the district. You move up one step on July 1 after each full
year of service. After step 5 the next steps are at 8, 12, 16 and 20 years: you stay on step 5 until the July 1 after
your eighth year.</p>
{rate_table("Hourly rates by step, " + years + ", effective " + effective, list(zip(STEPS, *zip(*rates))))}
<h2>Rates without steps</h2>
<table>
<caption>Flat hourly rates, {years}</caption>
<thead><tr><th scope="col">Position</th><th scope="col">Hourly rate</th><th scope="col">Notes</th></tr></thead>
<tbody>
<tr><td>Sub bus driver</td><td>${sub_d}</td><td rowspan="2">Subs are not on the step schedule. Trip pay is in the Extra Trip Rates table.</td></tr>
<tr><td>Sub bus aide</td><td>${sub_a}</td></tr>
<tr><td>Trainee (paid training before you hold a school bus driver certificate)</td><td>${trainee}</td><td>From your first class until you are certified; then step 0.</td></tr>
</tbody>
</table>
<h2>Additions to your hourly rate</h2>
<table>
<caption>Differentials, {years}</caption>
<thead><tr><th scope="col">Addition</th><th scope="col">Amount</th><th scope="col">Who gets it</th></tr></thead>
<tbody>
<tr><td>Lift bus / special needs route differential</td><td>${lift} an hour</td><td>Drivers and aides, for all route hours on a route bus with a wheelchair lift</td></tr>
<tr><td>On-Board Instructor</td><td>${obi} an hour</td><td>A certified On-Board Instructor, for hours spent training a new driver</td></tr>
<tr><td>ASE certificates</td><td>${ase} an hour for each current certificate</td><td>Mechanics, up to {ase_max} certificates</td></tr>
</tbody>
</table>
<h2>Route time, overtime and travel</h2>
<p>Travel between the Transportation Center or the East Lot and your first stop, and from your last stop back, with
no students on board, is part of your route time and is paid at your regular rate. The time between your morning
and afternoon runs is not paid unless you are given other work.</p>
<p>Hours worked over 40 in a workweek are paid at 1.5 times your regular rate (CBA Article 12).</p>
"""


HOME = """
<h1>Transportation Department</h1>
<p class="lead">Wednesday, January 19, 2028. Welcome to AFConnect, the Transportation Department's staff pages.</p>
<h2>News</h2>
<article>
<h3>Route 41 is open for bid</h3>
<p>Posted 01/18/2028. Route 41 (Hickory Ridge Elementary and Alder Fork Middle School, morning and afternoon, 6.1
hours a day) is open because of a retirement. Bid in AFConnect &gt; Route Bids or on the sheet at the dispatch
window by 4:00 p.m. on Monday 01/24/2028. See the Route Bidding Procedure in the handbook.</p>
</article>
<article>
<h3>Cold mornings this week</h3>
<p>The forecast lows are in single digits through Saturday. Connect your engine heater cord every night and read
the shop's Cold Weather Operations bulletin (dated 12/13/2027) in the drivers' room.</p>
</article>
<article>
<h3>Driver in-service, Friday 02/18/2028</h3>
<p>No school for students that day. In-service runs 8:00 a.m. to 12:00 noon in the drivers' room: railroad
crossings, student management and the new evacuation drill forms. It counts as 4 hours of this year's in-service and
is paid at your regular rate. Sign the sheet at the dispatch window.</p>
</article>
<article>
<h3>Spring trips</h3>
<p>Sign-up for the spring trip season is open on TripBoard until 3:00 p.m. on Friday 02/04/2028. See the dispatch
notice of 01/14/2028.</p>
</article>
<table>
<caption>Coming up</caption>
<thead><tr><th scope="col">Date</th><th scope="col">What</th><th scope="col">Who</th></tr></thead>
<tbody>
<tr><td>01/21/2028 (Friday)</td><td>Payday</td><td>Everyone</td></tr>
<tr><td>01/24/2028 (Monday)</td><td>Route 41 bid closes, 4:00 p.m.</td><td>Regular route drivers</td></tr>
<tr><td rowspan="2">01/31/2028 (Monday)</td><td>2027 W-2 forms in EmployeeLink</td><td>Everyone</td></tr>
<tr><td>Second bus evacuation drill must be done</td><td>Route drivers and bus aides</td></tr>
<tr><td>02/04/2028 (Friday)</td><td>Spring trip sign-up closes, 3:00 p.m.</td><td>Drivers and bus aides</td></tr>
<tr><td>02/18/2028 (Friday)</td><td>Driver in-service, 8:00 a.m. to 12:00 noon</td><td>Drivers and bus aides</td></tr>
<tr><td>02/21/2028 (Monday)</td><td>Presidents' Day: no school, office closed</td><td>Everyone</td></tr>
<tr><td>04/10/2028 to 04/14/2028</td><td>Spring break: no routes</td><td>Everyone</td></tr>
</tbody>
</table>
<h2>Handbook and forms</h2>
<ul>
<li>Department handbook: welcome, attendance and call-offs, calamity days and delays, route bidding, student conduct, cell phones and electronic devices</li>
<li>Pre-Trip and Post-Trip Inspection Procedure (Revision 5)</li>
<li>Extra Trip Rates table, holiday calendar 2028, fleet list</li>
<li>Staff FAQ and the department's policy register</li>
</ul>
"""

DISPATCH = """
<h1>Dispatch and Radio</h1>
<p class="lead">The dispatch window is open on school days from 5:00 a.m. to 6:00 p.m. On trip days the trips
dispatcher stays on call until the last trip is back at the Transportation Center.</p>
<h2>Phone lines</h2>
<ul>
<li>Extension 4400, option 1: SubCall, the call-off line (24 hours)</li>
<li>Extension 4400, option 2: the dispatch desk</li>
<li>Extension 4400, option 3: the shop</li>
</ul>
<h2>Radio channels</h2>
<table>
<caption>Which channel to use</caption>
<thead>
<tr><th rowspan="2" scope="col">Channel</th><th rowspan="2" scope="col">Use it for</th><th colspan="2" scope="colgroup">Who answers</th></tr>
<tr><th scope="col">School days</th><th scope="col">Evenings and weekends</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>Routine route traffic: running late, road closed, stop questions, a kindergarten student with no adult at the stop</td><td>Dispatch desk</td><td rowspan="2">Not monitored</td></tr>
<tr><td>2</td><td>Breakdowns, warning lights, defects, fuel</td><td>Mechanic on duty (until 4:30 p.m.)</td></tr>
<tr><td>3</td><td>Field trips and athletic trips</td><td>Trips dispatcher</td><td rowspan="2">Trips dispatcher on call</td></tr>
<tr><td>4</td><td>Emergencies only: accident, injury, medical emergency, fight, weapon, threat</td><td>Dispatch desk and the Director</td></tr>
</tbody>
</table>
<h2>Radio rules</h2>
<ul>
<li>Start every call with your bus number: &ldquo;Bus 27 to dispatch.&rdquo; Wait for dispatch to answer.</li>
<li>Use plain English, not ten-codes. Keep each call under 30 seconds.</li>
<li>Never give a student's full name, address or medical information on the radio.</li>
<li>Do not talk on the radio while backing, at a railroad crossing or while students are loading or unloading.</li>
<li>Do a radio check on Channel 1 at the start of your morning route.</li>
<li>Radio Channel 1 if you will be more than 10 minutes late to any school.</li>
</ul>
<h2>If your radio does not work</h2>
<p>Do not start the route without a working radio. Tell the dispatch desk from the Transportation Center phone,
report it on the FleetPad defect screen and take a spare handheld radio from the dispatch window. Return the spare
at the end of the day.</p>
<h2>Breakdowns</h2>
<ol>
<li>Pull off the road as far as you safely can and put on the four-way flashers.</li>
<li>Place the three reflective triangles within 10 minutes.</li>
<li>Radio Channel 2 with your bus number, where you are, how many students are on board and what is wrong.</li>
<li>Keep students on the bus unless staying on is more dangerous than getting off.</li>
<li>Wait for the mechanic or the spare bus. Never move students from one bus to another at the roadside unless dispatch tells you to.</li>
</ol>
<h2>Detours and road closures</h2>
<p>The Routing Coordinator (ext. 4405) sends detours to your FleetPad route sheet. If you find a road closed that
is not on FleetPad, radio Channel 1 before you turn around.</p>
"""

TRIPS = """
<h1>Field Trips and Athletic Trips</h1>
<p class="lead">Trips are offered to drivers and aides in rotation on TripBoard, as the CBA says. Trip pay is in
the Extra Trip Rates table 2027&ndash;2028 (effective 08/01/2027).</p>
<h2>Trip seasons</h2>
<table>
<caption>Trip seasons, 2027&ndash;2028</caption>
<thead><tr><th scope="col">Season</th><th scope="col">Trips from</th><th scope="col">Sign-up closes</th><th scope="col">Rotation list posted</th></tr></thead>
<tbody>
<tr><td>Fall 2027</td><td>08/23/2027 to 11/30/2027</td><td>08/11/2027</td><td>08/18/2027</td></tr>
<tr><td>Winter 2027&ndash;2028</td><td>12/01/2027 to 02/29/2028</td><td>11/10/2027</td><td>11/17/2027</td></tr>
<tr><td>Spring 2028</td><td>03/01/2028 to 06/02/2028</td><td>02/04/2028</td><td>02/11/2028</td></tr>
<tr><td>Summer 2028</td><td colspan="3">Summer trips are offered by seniority to everyone on the summer work list.</td></tr>
</tbody>
</table>
<h2>How to take a trip</h2>
<ol>
<li>Sign up on TripBoard before the season's sign-up closes, and tick the kinds of trips you want.</li>
<li>When TripBoard offers you a trip (by text and e-mail), accept or decline it in TripBoard within 24 hours. No answer counts as a decline and uses your turn.</li>
<li>The day before the trip, pick up the trip sheet and the directions packet at the dispatch window and check which bus the shop has given you.</li>
<li>Report 30 minutes before the departure time, do the full pre-trip inspection and be at the school 10 minutes before departure.</li>
<li>Fill in the trip sheet as you go: times, odometer readings, layover time and the group leader's signature.</li>
<li>Back at the Transportation Center, fuel the bus, do the post-trip inspection and child check, and turn in the trip sheet to the Transportation Secretary within 2 working days.</li>
</ol>
<h2>Short-notice trips</h2>
<p>A trip booked less than 48 hours ahead is offered by phone to the next available person on the rotation list.
Turning down a short-notice trip does not use your turn.</p>
<h2>Rules on a trip</h2>
<ul>
<li>Only the students, staff and chaperones listed on the trip sheet may ride. Your own family members, friends and pets may not.</li>
<li>No more than 10 hours of driving and no more than 15 hours on duty in one day, counting your route. You must have at least 8 hours off before your next route.</li>
<li>Stay with the bus unless the group leader releases you. Layover is paid only when you are released for 1 hour or more.</li>
<li>Trips more than 150 miles one way need the Director's approval and two drivers when the day will be longer than 12 hours.</li>
<li>For an accident or breakdown on a trip, use radio Channel 3 if you are in range; otherwise call the trips dispatcher's on-call number printed on your trip sheet.</li>
</ul>
"""

SAFETY = """
<h1>Safety and Accidents</h1>
<p class="lead">An accident is any contact between the bus and another vehicle, a person, an animal, a mailbox or
any other object, however small. Every accident is reported.</p>
<h2>If you have an accident</h2>
<ol>
<li>Stop. Set the parking brake, put on the four-way flashers, and turn off the engine if you smell fuel or see smoke.</li>
<li>Check every student for injuries. Do not move an injured student unless there is a fire or another danger.</li>
<li>Call 911 if anyone is hurt or a vehicle cannot be moved. Then radio dispatch on Channel 4: your bus number, where you are, how many students are on board and whether anyone is hurt.</li>
<li>Place the three reflective triangles.</li>
<li>Do not admit fault or argue. Give the other driver and the police officer your name, the district's name and the insurance card from the bus folder.</li>
<li>Stay at the scene until the police and the Director or the Assistant Director arrive. The Director decides whether students go on in another bus.</li>
<li>Fill in Form T-7 Accident Report and the student list before the end of your shift.</li>
<li>If the Director tells you a post-accident test is required under the FMCSA rules, go for it straight away: the alcohol test must be done within 8 hours and the drug test within 32 hours. Do not drink alcohol for 8 hours after the accident or until you have been tested.</li>
</ol>
<h2>Bus evacuation drills</h2>
<table>
<caption>Evacuation drills, 2027&ndash;2028</caption>
<thead><tr><th scope="col">Drill</th><th scope="col">Done by</th><th scope="col">Who runs it</th><th scope="col">Record</th></tr></thead>
<tbody>
<tr><td>First drill, all route riders</td><td>09/29/2027</td><td rowspan="3">The route driver, with the aide on aide routes, at school at the end of the morning run</td><td rowspan="3">Form T-12 to the dispatch window the same day</td></tr>
<tr><td>Second drill</td><td>01/31/2028</td></tr>
<tr><td>Third drill</td><td>04/28/2028</td></tr>
<tr><td>Field trip riders</td><td>Before every trip leaves</td><td>The trip driver (a talk-through of the exits)</td><td>A tick on the trip sheet</td></tr>
</tbody>
</table>
<h2>Railroad crossings</h2>
<p>Stop between 15 and 50 feet from the nearest rail. Open the service door and your window, turn off the heater
fans and the radio, and look and listen both ways. Cross in a gear you will not need to change, and never stop on
the tracks.</p>
<h2>Loading and unloading</h2>
<p>Use the eight-way warning lights at every stop. Students who cross the road walk at least 10 feet in front of
the bumper, where you can see them, and only when you signal them with your hand. Count the students off and on.</p>
<h2>If you are hurt at work</h2>
<p>Tell the Director the same day and fill in Form T-9 Employee Injury Report. Human Resources (ext. 1120) files the
Ohio BWC First Report of Injury. Unless it is an emergency, go to the district's appointed clinic for treatment.</p>
"""

TRAINING = """
<h1>New Driver Training</h1>
<p class="lead">We train our own school bus drivers. From your first class you are paid at the trainee rate on the
Pay Schedule, and the district pays for your permit, tests and courses.</p>
<table>
<caption>The path to your first route</caption>
<thead><tr><th scope="col">Stage</th><th scope="col">What happens</th><th scope="col">How long</th><th scope="col">Who</th></tr></thead>
<tbody>
<tr><td>1</td><td>Application, interview and reference checks</td><td>1 to 2 weeks</td><td>Human Resources</td></tr>
<tr><td>2</td><td>BCI and FBI fingerprint background checks, BMV driving record, FMCSA Clearinghouse query and a pre-employment drug test</td><td>About 2 weeks</td><td>Human Resources</td></tr>
<tr><td>3</td><td>Commercial learner's permit, Class B, with the passenger, school bus and air brake knowledge tests at the BMV</td><td>1 day</td><td>You, with paid study time</td></tr>
<tr><td>4</td><td>Entry-level driver training theory, online, from an FMCSA-registered provider</td><td>About 20 hours</td><td>You</td></tr>
<tr><td colspan="4">Stages 2, 3 and 4 can run at the same time.</td></tr>
<tr><td>5</td><td>The Ohio pre-service school bus driver classroom course, taught by an Ohio pre-service instructor</td><td>3 to 4 evenings</td><td>Driver Trainer</td></tr>
<tr><td>6</td><td>On-the-bus training with an On-Board Instructor: at least 12 hours before you may carry students (we usually schedule 20)</td><td>2 to 3 weeks</td><td>On-Board Instructor</td></tr>
<tr><td>7</td><td>CDL skills test (pre-trip, basic control and road test) with a state-approved third-party tester</td><td>1 day</td><td>Driver Trainer books it</td></tr>
<tr><td>8</td><td>School bus physical examination</td><td>1 visit</td><td>Transportation Secretary books it</td></tr>
<tr><td>9</td><td>School bus driver certificate issued; you start on the sub list at step 0</td><td>&mdash;</td><td>Director</td></tr>
</tbody>
</table>
<h2>Staying qualified</h2>
<ul>
<li>A school bus physical every year, after May 1 and before the first day of school.</li>
<li>Your driving record is checked twice a year through the state.</li>
<li>Random drug and alcohol tests, at the rates FMCSA sets. You can be chosen on any working day.</li>
<li>Annual in-service training. We schedule 4 hours each year.</li>
<li>Your school bus driver training certificate expires 6 years after it is issued. Retake the classroom course and the driving test before then.</li>
<li>Sign the Clearinghouse consent form each August.</li>
</ul>
<h2>Tell us about any citation</h2>
<p>You must tell the Director of any traffic citation or criminal charge, in any vehicle including your own car,
within 2 working days, and of any license suspension before your next shift. Failing to report is treated more
seriously than the citation itself.</p>
"""

PAGES = [
    ("index.html", "Transportation Home", HOME, "2028-01-19", 2028, "Director of Transportation", NAV, False),
    ("pay-schedule.html", "Transportation Pay Schedule 2027&ndash;2028",
     pay_body("2027&ndash;2028", "Transportation Pay Schedule 2027&ndash;2028", "07/01/2027", 3, "2026&ndash;2027",
              CURRENT, "21.40", "15.60", "17.25", "0.60", "2.00", "0.45", 4),
     "2027-06-28", 2027, "Transportation Secretary", NAV, True),
    ("pay-schedule-archived.html", "Transportation Pay Schedule 2025&ndash;2026 (archived)",
     pay_body("2025&ndash;2026", "Transportation Pay Schedule 2025&ndash;2026 (archived)", "07/01/2025", 1,
              "2024&ndash;2025", ARCHIVED, "20.10", "14.85", "15.75", "0.40", "1.50", "0.35", 3),
     "2025-06-20", 2025, "Transportation Secretary", NAV[:5], True),
    ("dispatch-and-radio.html", "Dispatch and Radio", DISPATCH, "2027-11-29", 2027, "Assistant Director / Dispatch Supervisor", NAV, True),
    ("field-trips.html", "Field Trips and Athletic Trips", TRIPS, "2027-09-07", 2027, "Assistant Director / Dispatch Supervisor", NAV, True),
    ("safety-and-accidents.html", "Safety and Accidents", SAFETY, "2027-08-23", 2027, "Director of Transportation", NAV, True),
    ("new-driver-training.html", "New Driver Training", TRAINING, "2027-10-18", 2027, "Driver Trainer", NAV, True),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for fname, title, body, updated, year, owner, nav, crumb in PAGES:
        html = page(fname, title, body, updated, year, owner, nav, crumb)
        html.encode("ascii")  # ASCII only: entities for everything else
        with open(os.path.join(OUT, fname), "w", encoding="ascii", newline="\n") as fh:
            fh.write(html)
        print("wrote", os.path.relpath(os.path.join(OUT, fname), HERE))


if __name__ == "__main__":
    main()
