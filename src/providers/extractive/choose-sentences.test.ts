import { describe, expect, it } from 'vitest';
import { chooseSentences } from './choose-sentences.js';

const passages = [
  { id: '1', text: 'Weekly boxes cost 59 EUR for two people and 89 EUR for four.' },
  { id: '2', text: 'Refunds go back to the card you paid with within 5 days. Refunds are shown in the app.' },
  { id: '3', text: 'Deliveries arrive between 08:00 and 18:00 on your chosen day.' },
];
const question = 'How much is the weekly box for two people, and how soon is the refund of my deposit paid?';
const strict = { maxSentences: 3, minScore: 0.9, minTerms: 2 };
const quoted = (opts: Parameters<typeof chooseSentences>[2]) =>
  chooseSentences(question, passages, opts).map((s) => s.text);

describe('chooseSentences', () => {
  it('answers a part that no sentence clears from its best passage at the relaxed bars, beside a part that clears', () => {
    // At the strict bars only the box's price answers; the refund part shares too few words.
    expect(quoted(strict)).toEqual(['Weekly boxes cost 59 EUR for two people and 89 EUR for four.']);
    const relaxed = { maxSentences: 3, minScore: 0.3, minTerms: 2, termShare: 0.5 };
    expect(quoted({ ...strict, relaxed })).toEqual([
      'Weekly boxes cost 59 EUR for two people and 89 EUR for four.',
      'Refunds go back to the card you paid with within 5 days.',
    ]);
  });
});

describe('a sentence two passages hold', () => {
  it('is quoted once, from the first passage that holds it', () => {
    const overlapping = [
      { id: '1', text: 'You may carry up to 5 days of unused leave into the next leave year.' },
      {
        id: '2',
        text: 'You may carry up to 5 days of unused leave into the next leave year. Carried days must be taken by 31 March.',
      },
    ];
    const chosen = chooseSentences(
      'How many days of leave can I carry into the next year, and by when must carried days be taken?',
      overlapping,
      {
        maxSentences: 3,
        minScore: 0.2,
        minTerms: 2,
      },
    );
    expect(chosen.map((s) => s.text)).toEqual([
      'You may carry up to 5 days of unused leave into the next leave year.',
      'Carried days must be taken by 31 March.',
    ]);
  });
});

describe('what to do, said as the case it is for', () => {
  it('"If your box has not arrived by 21:00, report it…" is a step, quoted with the sentences after it', () => {
    const late = [
      {
        id: '1',
        text: 'Boxes arrive between 08:00 and 21:00. If your box has not arrived by 21:00 on the delivery day, report it under Orders, then Report a problem. We refund the box in full or send a replacement the next day.',
      },
      { id: '2', text: 'If a box arrives damaged, take a photo and report it within 48 hours.' },
    ];
    const chosen = chooseSentences('My box has not arrived and it is 21:30. What do I do?', late, {
      maxSentences: 3,
      minScore: 0.2,
      minTerms: 2,
    }).map((s) => s.text);
    expect(chosen).toContain('We refund the box in full or send a replacement the next day.');
    expect(chosen.some((s) => s.includes('damaged'))).toBe(false);
  });
});

describe('a fact the best sentence does not hold', () => {
  // The best sentence shares every word asked; the one beside it holds the date with half of them.
  const notice = [
    {
      id: '1',
      text: 'Dear all, this is about investment proofs. The window for investment proofs is open from 05-01-2027 to 31-01-2027. Upload the investment proofs in Saathi; the last screen confirms them. Only the old tax regime needs proofs.',
    },
  ];
  const opts = { maxSentences: 3, minScore: 0.2, minTerms: 2 };
  const asked = 'What is the last date to upload my investment proofs?';

  it('is quoted from the sentence beside it, when that holds the kind of fact asked for', () => {
    expect(chooseSentences(asked, notice, opts).map((s) => s.text)).toEqual([
      'The window for investment proofs is open from 05-01-2027 to 31-01-2027.',
    ]);
  });

  it('is not quoted from a sentence further off, nor when no sentence beside it holds that kind of fact', () => {
    const far = [
      {
        id: '1',
        text: `The window for investment proofs is open from 05-01-2027 to 31-01-2027. ${'Keep copies of investment proofs. '.repeat(2)}Upload the investment proofs in Saathi; the last screen confirms them.`,
      },
    ];
    expect(chooseSentences(asked, far, opts)).toEqual([]);
    expect(chooseSentences('How much does it cost to upload my investment proofs?', notice, opts)).toEqual(
      [],
    );
  });
});

describe('what a notice says of itself', () => {
  const opts = { maxSentences: 3, minScore: 0.2, minTerms: 2 };
  it('a memo header is not quoted, nor a sentence saying what the document replaces, unless that is asked', () => {
    const notice = [
      {
        id: '1',
        text: 'To: All Eldoret staff\nDate: 10/03/2027\n\nThe quarterly stock count at Eldoret will take place on Saturday 27/03/2027. This notice replaces the stock count notice of 2026.',
      },
    ];
    const quoted = (q: string) => chooseSentences(q, notice, opts).map((s) => s.text);
    expect(quoted('When is the Eldoret stock count?')).toEqual([
      'The quarterly stock count at Eldoret will take place on Saturday 27/03/2027.',
    ]);
    expect(quoted('Which stock count notice does it replace?')).toContain(
      'This notice replaces the stock count notice of 2026.',
    );
  });
});

describe('a phrase the thesaurus knows', () => {
  const camp = [
    {
      id: '1',
      text: 'Repairs are logged at the Camp Office. Passports can be kept in a locker at the Camp Office.',
    },
    { id: '2', text: 'The dining halls serve dinner from 7:00 pm to 10:30 pm.' },
  ];
  const opts = { maxSentences: 1, minScore: 0.5, minTerms: 1 };

  it('is covered by a sentence that says it in another wording, when no sentence says it whole', () => {
    const quotedFor = (q: string) => chooseSentences(q, camp, opts).map((s) => s.text);
    expect(quotedFor('What time is dinner in the camp mess?')).toEqual([
      'The dining halls serve dinner from 7:00 pm to 10:30 pm.',
    ]);
  });

  it('is answered in its own words when a sentence says it whole', () => {
    const leave = [
      { id: '1', text: 'Annual leave is 25 days a year.' },
      { id: '2', text: 'Partners may take paid time off for up to 2 appointments.' },
    ];
    const quotedFor = (q: string) => chooseSentences(q, leave, opts).map((s) => s.text);
    expect(quotedFor('How much paid time off do partners get for appointments?')).toEqual([
      'Partners may take paid time off for up to 2 appointments.',
    ]);
  });
});

describe('a procedure for a case a section heading names', () => {
  const passages = [
    {
      id: '1',
      title: 'High-loader operations › Approaching the aircraft',
      text: '1. Do not approach until the engines are off. 2. A banksman guides every approach to the aircraft. 3. Stop 5 metres from the aircraft.',
    },
    {
      id: '2',
      title: 'High-loader operations › If you touch an aircraft',
      text: 'Stop. Leave the truck where it is. Call Transport Control on 1850 and tell the engineer on the stand.',
    },
  ];
  const opts = { maxSentences: 3, minScore: 0.3, minTerms: 1 };

  it('is told in its sentences, not by the list of a section the question names less of', () => {
    const quotedFor = (q: string) => chooseSentences(q, passages, opts).map((s) => s.text);
    expect(quotedFor('What do I do if my high-loader touches an aircraft?').slice(0, 2)).toEqual([
      'Stop.',
      'Leave the truck where it is.',
    ]);
    expect(quotedFor('How do I approach the aircraft with a high-loader?')[0]).toBe(
      '1. Do not approach until the engines are off.',
    );
  });
});

describe('a "when" question', () => {
  it('quotes the sentence that says when before a table row that holds only a length of time', () => {
    const bonus = [
      {
        id: '1',
        title: 'Peak attendance bonus',
        text: [
          'The bonus is paid in the weekly pay on Friday 15 January 2027.',
          '',
          'Peak attendance bonus · Site: Northampton · Full-time (30 hours or more a week): £200 · Part-time (under 30 hours): £100',
        ].join('\n'),
      },
    ];
    const chosen = chooseSentences('When does the peak attendance bonus land?', bonus, {
      maxSentences: 1,
      minScore: 0.2,
      minTerms: 1,
    });
    expect(chosen.map((s) => s.text)).toEqual([
      'The bonus is paid in the weekly pay on Friday 15 January 2027.',
    ]);
  });

  it('does not take "may", "before" or a year for a day, nor move up a sentence that says less of the question', () => {
    const pension = [
      {
        id: '1',
        text: 'You can join the pension scheme once you have completed 6 months of service. You may leave the pension scheme at any time by telling payroll.',
      },
    ];
    const chosen = chooseSentences('When can I join the pension scheme?', pension, {
      maxSentences: 1,
      minScore: 0.2,
      minTerms: 1,
    });
    expect(chosen.map((s) => s.text)).toEqual([
      'You can join the pension scheme once you have completed 6 months of service.',
    ]);
  });
});

describe('two parts answered by one procedure', () => {
  it('quotes each step once', () => {
    const leave = [
      {
        id: '1',
        title: 'Annual leave',
        text: [
          '- You may buy up to 5 extra days of leave a year.',
          '- Apply in PeopleHub during the November window.',
          '- Book bought days in RotaPoint like any other leave.',
        ].join('\n'),
      },
    ];
    const chosen = chooseSentences(
      'How do I go about buying extra days of leave, and how do I book the days off?',
      leave,
      { maxSentences: 3, minScore: 0.2, minTerms: 1 },
    ).map((s) => s.text);
    expect(chosen).toEqual([
      '- You may buy up to 5 extra days of leave a year.',
      '- Apply in PeopleHub during the November window.',
      '- Book bought days in RotaPoint like any other leave.',
    ]);
  });
});

describe('a numbered heading in capitals inside a passage', () => {
  it('is never quoted as an answer, though it shares the question words', () => {
    const runOn = [
      {
        id: '1',
        text: 'Payslips are ready from the Wednesday before pay day.\n\n3. CUT-OFF TIMES\n\n- Overtime must be approved by Monday 12 noon of the pay week.',
      },
    ];
    const chosen = chooseSentences('What are the cut-off times for overtime?', runOn, {
      maxSentences: 2,
      minScore: 0.2,
      minTerms: 1,
    }).map((s) => s.text);
    expect(chosen).not.toContain('3. CUT-OFF TIMES');
    expect(chosen[0]).toContain('Overtime must be approved by Monday 12 noon');
  });
});

describe('a sentence of examples', () => {
  const conduct = [
    {
      id: '1',
      text: 'Staff must follow the yard rules at all times. Gross misconduct can lead to dismissal for a first offence. Examples: theft of cargo; fighting; sleeping on night watch; private trading through the yard.',
    },
  ];
  const opts = { maxSentences: 3, minScore: 0.2, minTerms: 1 };

  it('is quoted with the sentence before it, which says what the examples show', () => {
    const quoted = chooseSentences('what happens if someone is sleeping on night watch?', conduct, opts).map(
      (s) => s.text,
    );
    expect(quoted).toEqual([
      'Gross misconduct can lead to dismissal for a first offence.',
      'Examples: theft of cargo; fighting; sleeping on night watch; private trading through the yard.',
    ]);
  });

  it('is what brings the sentence before in: a sentence that says its own thing is quoted alone', () => {
    const rules = [
      {
        id: '1',
        text: 'Gross misconduct can lead to dismissal for a first offence. Sleeping on night watch is reported to the yard supervisor at once.',
      },
    ];
    const quoted = chooseSentences('who is sleeping on night watch reported to?', rules, opts).map(
      (s) => s.text,
    );
    expect(quoted).toEqual(['Sleeping on night watch is reported to the yard supervisor at once.']);
  });
});

describe('a sentence of examples, and the length of an answer', () => {
  it('brings its claim in within the sentences an answer may hold, and not the tail of an abbreviation', () => {
    const conduct = [
      {
        id: '1',
        text: 'Gross misconduct can lead to dismissal for a first offence. Examples: theft of cargo; sleeping on night watch.',
      },
    ];
    const one = chooseSentences('what happens if someone is sleeping on night watch?', conduct, {
      maxSentences: 1,
      minScore: 0.2,
      minTerms: 1,
    });
    expect(one.map((s) => s.text)).toEqual(['Examples: theft of cargo; sleeping on night watch.']);
    const cut = [
      {
        id: '1',
        text: 'It can lead to dismissal under cl. 4.2 of the Code. Examples: theft; sleeping on night watch.',
      },
    ];
    const quoted = chooseSentences('what happens if someone is sleeping on night watch?', cut, {
      maxSentences: 3,
      minScore: 0.2,
      minTerms: 1,
    }).map((s) => s.text);
    expect(quoted).toEqual(['Examples: theft; sleeping on night watch.']);
  });
});

describe('a sentence that points back at the time the one before says', () => {
  it('is quoted with that sentence, which holds the answer', () => {
    const notice = [
      {
        id: '1',
        title: 'Payroll notice › Overtime',
        text: 'Tell Payroll (ext 1120) by Tuesday 4.00pm if your payslip is wrong. Mistakes reported by then are fixed in that Friday pay; later ones are fixed in the next week pay.',
      },
    ];
    const chosen = chooseSentences(
      'my payslip is short, by when must mistakes be reported so they are fixed in the Friday pay?',
      notice,
      {
        maxSentences: 2,
        minScore: 0.15,
        minTerms: 2,
      },
    );
    expect(chosen.map((s) => s.text)).toContain(
      'Tell Payroll (ext 1120) by Tuesday 4.00pm if your payslip is wrong.',
    );
  });
});

describe("a document's own record", () => {
  it('is never quoted as an answer, unless the question asks about the document itself', () => {
    const policy = [
      {
        id: '1',
        title: 'Leave policy',
        text: [
          'ref: HR-04 · title: Leave policy (2031 edition) · status: In force · owner: HR office · notes: Harvest no-leave period changed.',
          '',
          'No annual leave is given during harvest, from 15 August to 31 October, to elevator and dryer staff.',
        ].join('\n'),
      },
    ];
    const opts = { maxSentences: 1, minScore: 0.15, minTerms: 2 };
    expect(chooseSentences('When is the harvest no-leave period?', policy, opts).map((s) => s.text)).toEqual([
      'No annual leave is given during harvest, from 15 August to 31 October, to elevator and dryer staff.',
    ]);
    expect(chooseSentences('Who owns the leave policy?', policy, opts)[0]?.text).toMatch(/^ref: HR-04/);
  });
});

describe('a "who" question', () => {
  it('quotes the row that names a person before the one that only names the office, when nearly as close', () => {
    const rows = [
      {
        id: '1',
        text: 'Where we work · Site: Freeport Agent Office · Address: Suite 6, Pelican Court, Mall Drive, Freeport',
      },
      { id: '2', text: "Who's who · Name: Mrs Yvette Darville · Role: Freeport Agent · Ext: 280" },
      // "Office" is a word the base uses everywhere: it weighs little.
      { id: '3', text: 'The head office opens at 8. Office hours are posted at each office.' },
      { id: '4', text: 'Every office keeps a first aid kit. The ticket office sells fares.' },
    ];
    const chosen = chooseSentences('Who runs the Freeport agent desk?', rows, {
      maxSentences: 1,
      minScore: 0.1,
      minTerms: 1,
    });
    expect(chosen.map((s) => s.text)).toEqual([rows[1]!.text]);
    // Without the person's row, the office's row answers.
    expect(
      chooseSentences('Who runs the Freeport agent desk?', [rows[0]!, rows[2]!, rows[3]!], {
        maxSentences: 1,
        minScore: 0.1,
        minTerms: 1,
      }).map((s) => s.text),
    ).toEqual([rows[0]!.text]);
  });
});

describe('a length asked for by its name', () => {
  it('is answered by the sentence that names it and gives one, though the subject line says more of the question', () => {
    const letter = [
      {
        id: '1',
        text: 'Subject: Seat cover fabric Ligne 320 from our French mill - new finish, lead times and deliveries. We write about the seat cover fabric we supply.',
      },
      {
        id: '2',
        text: 'From 1 October our standard lead time is 7 weeks from your order. The price stays the same.',
      },
    ];
    const chosen = chooseSentences(
      'What is the new standard lead time for the seat cover fabric from the French supplier?',
      letter,
      { maxSentences: 3, minScore: 0.3, minTerms: 2 },
    );
    expect(chosen.map((s) => s.text)).toContain(
      'From 1 October our standard lead time is 7 weeks from your order.',
    );
  });
});
