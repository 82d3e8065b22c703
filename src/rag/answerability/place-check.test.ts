import { describe, expect, it } from 'vitest';
import { assessGrounding, type TermStats } from './assess.js';
import { expandUnknownWords } from './expand.js';
import { expectedAnswerType } from './question.js';

const statsOf = (counts: Record<string, number>, chunks = 100): TermStats => ({
  chunks,
  df: (t) => counts[t] ?? 0,
});

describe('a place the question asks about', () => {
  it('not grounded: a place the base knows, missing from every passage about the rest of the question', () => {
    const docs = [
      { title: 'Shift premium', text: 'Shift: Late · Northampton: £1.10 · Doncaster: £1.05' },
      { title: 'Sites', text: 'Colleagues in Zaragoza follow the local agreement.' },
    ];
    const stats = statsOf({ late: 3, shift: 6, premium: 2, zaragoza: 4 }, 60);
    const g = assessGrounding('What is the late shift premium in Zaragoza?', docs, stats);
    expect([g.grounded, g.reason]).toEqual([
      false,
      'no retrieved passage on the rest of the question mentions "Zaragoza"',
    ]);
    // Named by the passage, by a row for the rest ("all other sites"), or by a document about the place, it is grounded.
    expect(assessGrounding('What is the late shift premium in Doncaster?', docs, stats).grounded).toBe(true);
    const other = [
      { title: 'Shift premium', text: 'Shift: Late · Doncaster: £1.05 · All other sites: £1.00' },
    ];
    expect(assessGrounding('What is the late shift premium in Zaragoza?', other, stats).grounded).toBe(true);
    const siteNotes = [
      ...docs,
      // The site's own notes, in Spanish: read through the glossary ("complemento", "turno de tarde").
      {
        source: 'docs/zaragoza-notas.txt',
        text: 'En el centro de Zaragoza, el complemento por el turno de tarde es de 0,90 euros por hora.',
      },
    ];
    expect(assessGrounding('What is the late shift premium in Zaragoza?', siteNotes, stats).grounded).toBe(
      true,
    );
  });

  it('a currency’s code asked in is no place ("in USD")', () => {
    const docs = [
      {
        title: 'Export orders',
        text: 'Product: Virgin coconut oil · Pack: 200 L drum · NZ$: NZ$ 2,480.00 · US$: US$ 1,475.00',
      },
      {
        title: 'Sites',
        text: 'The depot in Salelologa buys copra. The mill in Vaitele exports through Apia.',
      },
    ];
    const stats = statsOf({ export: 4, price: 6, drum: 3, oil: 5, salelologa: 3, vaitele: 4, usd: 3 }, 60);
    const g = assessGrounding('export price 200L drum in USD', docs, stats);
    expect(g.reason).not.toContain('mentions "USD"');
  });

  it('a place told before the question is asked about when the question points back to it ("there")', () => {
    const docs = [
      { title: 'Shift premium', text: 'Shift: Late · Northampton: £1.10 · Doncaster: £1.05' },
      { title: 'Sites', text: 'Colleagues in Zaragoza follow the local agreement.' },
    ];
    const stats = statsOf({ late: 3, shift: 6, premium: 2, zaragoza: 4, start: 5, job: 5 }, 60);
    const there = assessGrounding(
      "I start a job in Zaragoza. What's the late shift premium there?",
      docs,
      stats,
    );
    expect(there.reason).toBe('no retrieved passage on the rest of the question mentions "Zaragoza"');
    const ours = assessGrounding(
      "I'm based at Zaragoza. What's the late shift premium at our depot?",
      docs,
      stats,
    );
    expect(ours.grounded).toBe(false);
    // "there's", "has there been", "isn't there" and "that" as a conjunction point nowhere.
    for (const q of [
      "I'm based at Zaragoza. Is it true there's a late shift premium?",
      "I'm based at Zaragoza. Has there been a late shift premium?",
      "I'm based at Zaragoza. Isn't there a late shift premium?",
      "I'm based at Zaragoza. Does it say that site workers get a late shift premium?",
    ])
      expect([q, assessGrounding(q, docs, stats).grounded]).toEqual([q, true]);
    // Told as context only, the place need not be named by the answer ("is there" points nowhere), nor when
    // "there" is in the asker's own story or a remark after the question.
    for (const q of [
      'I start a job in Zaragoza. Is there a late shift premium?',
      "What's the late shift premium? I start a job in Zaragoza and move there in May.",
      "I start a job in Zaragoza.  I move there in May, what's the late shift premium?",
    ])
      expect([q, assessGrounding(q, docs, stats).grounded]).toEqual([q, true]);
  });

  it('a place the story names by a word the question leaves out ("Long Island") is where it happened, not asked', () => {
    const docs = [
      { title: 'Leave', text: 'Funeral leave: 3 working days with full pay for a grandparent.' },
      { title: 'Sailings', text: 'The mail boat sails to Exuma and Long Island on Tuesday.' },
    ];
    // Every word of both questions is one the base uses.
    const stats: TermStats = { chunks: 60, df: () => 3 };
    const told = assessGrounding(
      'my grandparent died in Long Island, how many days off I get for the funeral?',
      docs,
      stats,
    );
    expect(told.grounded).toBe(true);
    // Asked about, it must still be named by the passage about the rest.
    const asked = assessGrounding('how many days off for a funeral in Long Island?', docs, stats);
    expect(asked.grounded).toBe(false);
  });

  it('a place is named by the word for its people or its towns ("Haitian", "Cap-Haïtien"), accents aside', () => {
    const stats: TermStats = { chunks: 60, df: () => 3 };
    const paint = [
      {
        title: 'Dry dock',
        text: 'Two coats of antifouling paint, from our supplier in Cap-Haïtien, arrive on 12/02/2030.',
      },
      { title: 'Suppliers', text: 'We buy rope in Haiti and Jamaica.' },
    ];
    expect(assessGrounding('When does the antifouling paint from Haiti arrive?', paint, stats).grounded).toBe(
      true,
    );
    const elsewhere = [
      {
        title: 'Dry dock',
        text: 'Two coats of antifouling paint, from our supplier in Kingston, arrive on 12/02/2030.',
      },
      { title: 'Suppliers', text: 'We buy rope in Haiti and Jamaica.' },
    ];
    expect(
      assessGrounding('When does the antifouling paint from Haiti arrive?', elsewhere, stats).grounded,
    ).toBe(false);
    // Another country's people or an era are no name of it (second review).
    for (const [place, other] of [
      ['Dominica', 'our Dominican Republic office'],
      ['Niger', 'our Nigerian office'],
      ['Victoria', 'our Victorian-era office in Kingston'],
    ]) {
      const docs = [
        { title: 'Per diem', text: `The per diem is USD 80.00 a day at ${other}.` },
        { title: 'Offices', text: `We have offices in ${place}, Kingston and Lagos.` },
      ];
      const q = `What is the per diem in ${place}?`;
      expect([q, assessGrounding(q, docs, stats).grounded]).toEqual([q, false]);
    }
  });

  it('only the part that points back asks about the place told before, not every part', () => {
    const docs = [
      { title: 'Canteen', text: 'Doncaster has a driver lounge with hot food from 06:00 to 20:00.' },
      {
        title: 'Peak',
        text: 'A free hot meal is provided on every night shift. Northampton and Bellshill run shuttles.',
      },
    ];
    const stats = statsOf(
      { doncast: 5, hot: 2, food: 3, hour: 8, meal: 2, night: 6, shift: 9, lounge: 1 },
      60,
    );
    const q =
      "I'm on nights at Doncaster. What hours is hot food on there, and do we get a meal on the night shift?";
    expect(assessGrounding(q, docs, stats).grounded).toBe(true);
    // Where the second part points back too, it asks about Doncaster, which no passage on nights names.
    const both =
      "I'm on nights at Doncaster. What hours is hot food on there, and do we get a meal on nights there?";
    expect(assessGrounding(both, docs, stats).reason).toBe(
      'no retrieved passage on the rest of the question mentions "Doncaster"',
    );
  });

  it('a place is named by a region it lies in or a place inside it; a place the base knows nothing of, by no row', () => {
    const rates = [
      {
        title: 'Hotel rates',
        text: [
          'Room rate · City: London · Cap: £190',
          'Room rate · City: Other UK cities · Cap: £125',
          'Room rate · City: Paris · Cap: €195',
          'Room rate · City: Other European cities · Cap: €140',
        ].join('\n\n'),
      },
      { title: 'Graz office', text: 'The fire warden at the Graz office is Katharina Pölzl.' },
    ];
    const stats = statsOf(
      { room: 4, rate: 6, hotel: 5, london: 6, pari: 3, european: 2, europ: 2, graz: 3, fire: 2, warden: 1 },
      80,
    );
    // Milan lies in Europe: the "Other European cities" row answers for it.
    expect(assessGrounding('What is the hotel room rate for a trip to Milan?', rates, stats).grounded).toBe(
      true,
    );
    // A base that mentions Milan elsewhere: a row for Italy names it; a row for Spain does not.
    const country = (name: string) => [
      { title: 'Hotel rates', text: `Room rate · Country: ${name} · Cap: €150` },
    ];
    const milanKnown = statsOf({ room: 4, rate: 6, hotel: 5, trip: 3, milan: 1, itali: 1, spain: 1 }, 80);
    const milan = 'What is the hotel room rate for a trip to Milan?';
    expect(assessGrounding(milan, country('Italy'), milanKnown).grounded).toBe(true);
    expect(assessGrounding(milan, country('Spain'), milanKnown).grounded).toBe(false);
    // "English" before a noun that is no place ("English lessons") does not name London.
    const lessons = [
      { title: 'Hotel rates', text: 'Room rate for English lessons at the hotel · Cap: £150' },
    ];
    const london = statsOf({ room: 4, rate: 6, hotel: 5, london: 2, english: 1 }, 80);
    expect(assessGrounding('What is the hotel room rate in London?', lessons, london).grounded).toBe(false);
    // Tokyo lies in no region the rows name, and "other UK cities" is the rest of the UK, not of the world.
    // Searched by what the base knows of them: Milan by its region, the Austrian office by the place inside it.
    expect(expandUnknownWords('hotel rate in Milan', stats)).toBe('hotel rate in Milan europ european');
    expect(
      expandUnknownWords('fire warden at the Austrian office', statsOf({ austrian: 2, graz: 3 }, 80)),
    ).toBe('fire warden at the Austrian office graz');
    // A phrase with a word the base never uses is searched by its one wording the base uses most.
    const huet = statsOf({ huet: 3, helicopt: 9, underwat: 1, escap: 2, train: 20, test: 5 }, 80);
    expect(expandUnknownWords('How often do I redo the dunk test?', huet)).toBe(
      'How often do I redo the dunk test? huet',
    );
    expect(expandUnknownWords('How often do I redo the eye test?', statsOf({ ey: 2, test: 5 }, 80))).toBe(
      'How often do I redo the eye test?',
    );
    const tokyo = assessGrounding('What is the hotel room rate for a trip to Tokyo?', rates, stats);
    expect([tokyo.grounded, tokyo.reason]).toEqual([
      false,
      'no retrieved passage on the rest of the question mentions "Tokyo"',
    ]);
    // "The Austrian office" is named by a passage about Graz, which lies in Austria.
    const statsWithAustria = statsOf({ fire: 2, warden: 1, graz: 3, austrian: 2, offic: 30 }, 80);
    expect(
      assessGrounding('Who is the fire warden at the Austrian office?', rates, statsWithAustria).grounded,
    ).toBe(true);
    expect(
      assessGrounding(
        'Who is the fire warden at the Leeds office?',
        rates,
        statsOf({ fire: 2, warden: 1, graz: 3, leed: 2, offic: 30 }, 80),
      ).grounded,
    ).toBe(false);
  });

  it('not grounded: the amount asked for a place, held only by a passage for other places', () => {
    expect(expectedAnswerType("What's the late shift premium in Zaragoza?")).toBe('amount');
    const passages = [
      {
        title: 'Shift allowances',
        text: 'Shift premium per hour · Shift: Late · Northampton: £1.10 · Doncaster: £1.05',
      },
      { title: 'Zaragoza site notes', text: 'At Zaragoza the late shift runs from 14:00 to 22:00.' },
    ];
    const stats = statsOf({ late: 6, shift: 20, premium: 5, zaragoza: 3, northampton: 8, doncast: 8 }, 80);
    const zaragoza = assessGrounding("What's the late shift premium in Zaragoza?", passages, stats);
    expect([zaragoza.grounded, zaragoza.reason]).toEqual([
      false,
      `no passage about "What's the late shift premium in Zaragoza" holds an amount`,
    ]);
    // The table does hold it for a place it names.
    expect(assessGrounding("What's the late shift premium in Doncaster?", passages, stats).grounded).toBe(
      true,
    );
  });
});
