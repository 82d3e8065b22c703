import { describe, expect, it } from 'vitest';
import { assessGrounding } from './assess.js';
import { knowledgeTermStats } from './corpus-stats.js';

// A knowledge base that uses these stems, in this many chunks; only the words asked for are counted.
function indexOf(known: Record<string, number>, chunks = 40) {
  return {
    termStats: async (terms: string[]) => ({
      chunks,
      df: new Map(terms.filter((t) => known[t]).map((t) => [t, known[t]!])),
    }),
  };
}

const payRows = [
  { text: 'Hourly rates from 1 April 2026 · Grade: S1 · Roles: supervisor · York: £14.90 · Bath: £15.10' },
  { text: 'Hourly rates from 1 April 2026 · Grade: TM2 · Roles: receptionist · York: £13.45 · Bath: £13.60' },
];
const known = {
  ...{ hour: 4, rate: 6, s1: 1, m1: 2, tm1: 1, tm2: 1, york: 9, bath: 8, april: 5, '2026': 12 },
  // Priority levels P1 and P2, and the P60s they are not a series with.
  ...{ p1: 2, p2: 2, p60s: 1 },
};

// The verdict on a question, with the base's counts for its words read as the app reads them.
const judge = async (q: string, passages = payRows) =>
  assessGrounding(q, passages, await knowledgeTermStats(indexOf(known), q));

describe('a code of a series the knowledge base lists, but not that one', () => {
  it('counts the series of a code typed in lower case, read in capitals before the check', async () => {
    // The counts are read for the question as typed; the check reads "S2" once the question is read.
    const stats = await knowledgeTermStats(indexOf(known), "what's the hourly rate for s2 at york");
    expect(assessGrounding("what's the hourly rate for S2 at york", payRows, stats).reason).toBe(
      'the knowledge base names S1 but never S2',
    );
  });

  it('is named when a retrieved row gives a range of its series that holds it ("E2" in "E1–E3")', async () => {
    const ranges = [
      { text: 'Hotel limits by grade · Grade: E1–E3 · Hotel per night: £110' },
      { text: 'Hotel limits by grade · Grade: E4–E6 · Hotel per night: £130' },
    ];
    const stats = { ...known, e1: 1, e3: 1, e4: 1, e6: 1, hotel: 3, limit: 3, night: 2 };
    const ask = async (q: string) => assessGrounding(q, ranges, await knowledgeTermStats(indexOf(stats), q));
    expect((await ask('What is the hotel limit for grade E2?')).reason).not.toContain('never E2');
    expect((await ask('What is the hotel limit for grade E8?')).reason).toContain('never E8');
  });

  it('is not grounded: "S2" where the base names S1 and no S2', async () => {
    const q = "I'm moving up next month - what's the hourly rate for S2?";
    const g = await judge(q);
    expect([g.grounded, g.reason]).toEqual([false, 'the knowledge base names S1 but never S2']);
  });

  it('a code the base names, a code of no series it knows, and a code in the context are no reason', async () => {
    for (const q of [
      "What's the hourly rate for S1 at York?",
      'Can I change how much goes into my 401k at York?',
      "I drive the M2 to York each day. What's the hourly rate for TM2 there?",
      // A road, and a question that looks no figure up.
      'How much is the hourly rate for trips on the M6 to York?',
      'Is time stuck on the S5 to York paid at the hourly rate?',
      // A form, not the 60th of a series: "P60" where the base says "P60s", or a number past any series.
      'When is my P60 for the hourly rate at York out?',
      'When is my P45 for the hourly rate at York out?',
    ]) {
      const g = await judge(q);
      expect(g.reason).not.toMatch(/names .* but never/);
    }
  });
});

describe('a figure asked for a year later than the passages give', () => {
  it('is not grounded: the TM2 rate from April 2027 where the table is from April 2026', async () => {
    const q = 'What will the TM2 hourly rate be at York from April 2027?';
    // A calendar that runs into 2027, retrieved beside the table, is not about the rate.
    const calendar = { text: 'Leave year ends 2027-03-31 · Carry up to 5 days to 30 June 2027' };
    const g = await judge(q, [...payRows, calendar]);
    expect([g.grounded, g.reason]).toEqual([
      false,
      'no retrieved passage gives figures for 2027 (the latest year they name is 2026)',
    ]);
  });

  it('a list asked for a later year is not grounded either: "which days are holidays in 2028"', async () => {
    const holidays = [
      { text: 'Public holidays 2027 · Date: 2027-01-01 · Holiday: New Year · Kulim: Working day' },
      { text: 'Public holidays 2027 · Date: 2027-05-01 · Holiday: Labour Day · Kulim: Holiday' },
    ];
    const stats = { ...known, dai: 4, public: 3, holidai: 5, kulim: 6, '2027': 9 };
    // Asked for by their name and politely too: "Can you tell me the public holidays…" asks for them.
    for (const q of [
      'Which days are public holidays at Kulim in 2028?',
      'Can you tell me the public holidays at Kulim for 2028?',
      'Public holidays at Kulim in 2028?',
    ]) {
      const g = assessGrounding(q, holidays, await knowledgeTermStats(indexOf(stats), q));
      expect([g.grounded, g.reason]).toEqual([
        false,
        'no retrieved passage gives figures for 2028 (the latest year they name is 2027)',
      ]);
    }
    // A rule asked of a later year's holidays is no look-up of that year's days.
    const rule = 'Will work on public holidays at Kulim in 2028 still be paid double?';
    const g = assessGrounding(rule, holidays, await knowledgeTermStats(indexOf(stats), rule));
    expect(g.reason).not.toContain('2028');
  });

  it('the year the passages give, or a question that asks no figure, is grounded', async () => {
    for (const q of [
      'What is the TM2 hourly rate at York from April 2026?',
      'Is the TM2 hourly rate at York still the same in 2027?',
      // The asker's own year, and a span that ends in the next year.
      'What is the TM2 hourly rate at York if I am starting in May 2027?',
      'What is the TM2 hourly rate at York for 2026-2027?',
    ]) {
      const g = await judge(q);
      expect(g.grounded).toBe(true);
    }
  });

  it('a passage naming a span ("2026/27") names its last year; a date names its own', async () => {
    const q = 'What is the TM2 hourly rate at York in January 2027?';
    const span = [{ text: 'Hourly rates 2026/27 · Grade: TM2 · York: £13.45' }];
    expect((await judge(q, span)).grounded).toBe(true);
    // A leave or tax year ends in April: "from April 2027" is the next one.
    const april = 'What will the TM2 hourly rate be at York from April 2027?';
    const next = await judge(april, span);
    expect(next.reason).toBe(
      'no retrieved passage gives figures for 2027 (the latest year they name is 2026/27)',
    );
    // A span asked for starts in its first year; the file's name may be all that dates the passage.
    const session = [
      {
        text: 'programme: MSc Public Health · tuition_per_session: ₦980,000',
        source: 'fees/fee-schedule-2026-2027.csv',
      },
    ];
    const later = assessGrounding(
      'What will the tuition for MSc Public Health be in the 2028/2029 session?',
      session,
    );
    expect(later.reason).toBe(
      'no retrieved passage gives figures for 2028 (the latest year they name is 2026-2027)',
    );
    expect(
      assessGrounding('What is the tuition for MSc Public Health in the 2026/27 session?', session).grounded,
    ).toBe(true);
    expect(
      assessGrounding('What is the tuition for MSc Public Health in the 2027/28 session?', session).reason,
    ).toBe('no retrieved passage gives figures for 2027 (the latest year they name is 2026-2027)');
    const dated = [{ text: 'Hourly rates from 2026-04-01 · Grade: TM2 · York: £13.45' }];
    const g = await judge(q, dated);
    expect(g.reason).toBe('no retrieved passage gives figures for 2027 (the latest year they name is 2026)');
  });
});

describe('a quarter of the year the passages about the question never give', () => {
  const bids = [
    {
      title: 'Harborline account guide',
      text: 'The bid window for the second quarter of 2027 is April 5 to 9, 2027. Shifts are bid every quarter.',
    },
    { title: 'Canteen', text: 'The canteen is open in the third quarter of the year too.' },
  ];
  const ask = (q: string) => assessGrounding(q, bids);

  it('declines a figure asked for a quarter they do not name, when they name others', () => {
    const g = ask("When is the bid window for Harborline's third-quarter 2027 shifts?");
    expect(g).toMatchObject({ grounded: false });
    expect(g.reason).toBe('no retrieved passage gives the third quarter (they name the second)');
    expect(ask('When is the bid window for Q3 2027?').grounded).toBe(false);
  });

  it('answers for a quarter by a sentence that gives the answer for every quarter', () => {
    const bonus = [
      {
        title: 'Bonuses',
        text: 'Quarterly bonuses are paid in the month after each quarter ends: the first-quarter bonus is paid in April.',
      },
    ];
    expect(assessGrounding('When is the third-quarter bonus paid?', bonus).grounded).toBe(true);
  });

  it('declines a figure asked for a school term or a semester they do not name, when they name another', () => {
    const calendar = [
      {
        title: 'Coming up',
        text: 'Second term 2027/2028. Date: 05/02/2028 · What: Visiting day and PTA general meeting',
      },
    ];
    expect(assessGrounding('what date is the PTA meeting for third term?', calendar).reason).toBe(
      'no retrieved passage gives the third term (they name the second)',
    );
    expect(assessGrounding('what date is the PTA meeting for second term?', calendar).grounded).toBe(true);
    // Every part of the year asked for is checked: a quarter the passages name none of leaves the term to check.
    expect(
      assessGrounding('what date is the PTA meeting in the first quarter of third term?', calendar).reason,
    ).toBe('no retrieved passage gives the third term (they name the second)');
    // "Term 3" is the third term; "the first term of employment" is no school term.
    const numbered = [{ text: 'Term 3 begins on 8 September 2027. First term fees are due in August.' }];
    expect(assessGrounding('when does third term start?', numbered).grounded).toBe(true);
    const contract = [{ text: 'In the second term of a contract, leave is 20 days.' }];
    expect(
      assessGrounding('how much leave do I get in my first term of employment?', contract).reason,
    ).not.toContain('no retrieved passage gives');
    // A fee paid every term answers for each.
    const fees = [{ text: 'The PTA levy of N5,000 is paid each term, with the first term fees.' }];
    expect(assessGrounding('how much is the PTA levy for third term?', fees).grounded).toBe(true);
  });

  it('answers the quarter they name, and a question that names none', () => {
    expect(ask('When is the bid window for the second quarter of 2027?').grounded).toBe(true);
    expect(ask('When is the bid window for Q2?').grounded).toBe(true);
    expect(ask('How often are shifts bid?').grounded).toBe(true);
  });
});

describe('a day later than every retrieved row runs to', () => {
  const row = (from: string, to: string, time: string, account = 'Wattle Energy') =>
    `account: ${account}\nmanila_time: ${time}\neffective_from: ${from}\neffective_to: ${to}`;
  const rows = [
    { source: 'docs/schedules.csv#1', text: row('2027-01-04', '2027-04-03', '06:00-15:00') },
    { source: 'docs/schedules.csv#2', text: row('2027-04-04', '2027-10-02', '07:00-16:00') },
    // Another account's row runs on, but says less of the question.
    {
      source: 'docs/schedules.csv#3',
      text: row('2027-10-15', '2027-12-07', '20:00-07:00', 'Crestmark Health'),
    },
  ];
  const ask = (q: string) => assessGrounding(q, rows);

  it('declines a day after the last one the picked rows give, saying how far they run', () => {
    const g = ask('What will the Wattle Energy hours be in Manila after October 2, 2027?');
    expect(g).toMatchObject({ grounded: false });
    expect(g.reason).toBe('the retrieved rows run only to 2027-10-02; none gives after October 2, 2027');
    expect(ask('What are the Wattle Energy hours in Manila from 1 November 2027?').grounded).toBe(false);
  });

  it('does not fire when a picked row runs on with no end, or when the rows name days that are no range', () => {
    const open = [
      rows[0]!,
      {
        source: 'docs/schedules.csv#2',
        text: 'account: Wattle Energy\nmanila_time: 07:00-16:00\neffective_from: 2027-04-04',
      },
    ];
    expect(
      assessGrounding('What are the Wattle Energy hours in Manila after October 2, 2027?', open).grounded,
    ).toBe(true);
    const courses = [
      {
        source: 'docs/courses.csv#1',
        text: 'course: First aid\nroom: Crew hut\ncourse_date: 2027-03-01\nbook_by: 2027-02-15',
      },
    ];
    expect(
      assessGrounding('Which room is the first aid course in on March 8, 2027?', courses).reason,
    ).not.toContain('run only to');
    // A day written in figures only may be read either way round: it is no day to judge by.
    expect(ask('What are the Wattle Energy hours in Manila from 11/03/2027?').reason).not.toContain(
      'run only to',
    );
  });

  it('answers a day within a row, the last day itself, and a question that names no day', () => {
    expect(ask('What are the Wattle Energy hours in Manila from May 3, 2027?').grounded).toBe(true);
    expect(ask('What are the Wattle Energy hours in Manila on October 2, 2027?').grounded).toBe(true);
    expect(ask('What are the Wattle Energy hours in Manila?').grounded).toBe(true);
  });
});
