import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import { boundWords } from './bounds.js';
import { asSearched, lexicalEquivalents, withCountsInFigures, withEquivalents } from './index.js';

// The words two texts share once both are normalised: what a lexical index can match them on.
const shared = (a: string, b: string) => {
  const left = new Set(tokenize(withEquivalents(a)));
  return [...new Set(tokenize(withEquivalents(b)))].filter((t) => left.has(t));
};

describe('dates', () => {
  it.each([
    ['2026-05-25', '25th May 2026', 'd20260525'],
    ['2026-05-25', 'May 25, 2026', 'd20260525'],
    ['2026-05-25', '25/05/2026', 'd20260525'],
    ['25 May 2026', 'Monday 25 May 2026', 'd20260525'],
    ['1. März 2024', '2024-03-01', 'd20240301'],
    ['18-09-2026', '18 September 2026', 'd20260918'],
    ['21 de septiembre de 2026', '2026-09-21', 'd20260921'],
    ['1º de março de 2027', '1 March 2027', 'd20270301'],
    ['1° de mayo del 2026', '2026-05-01', 'd20260501'],
    ['3 maart 2027', '2027-03-03', 'd20270303'],
    ['2029. 12. 21.', '21 December 2029', 'd20291221'],
  ])('%s and %s meet on the day token %s', (a, b, day) => {
    expect(shared(a, b).filter((t) => /^d\d{8}$/.test(t))).toEqual([day]);
  });

  it('writes a temperature out as one, so "what temperature" finds "+2 °C to +6 °C"', () => {
    expect(lexicalEquivalents('Cake compartment: +6 °C')).toBe('temperature degrees celsius');
    expect(lexicalEquivalents('Freezer at -18°C or 0 °F')).toContain('fahrenheit');
    expect(lexicalEquivalents('Room 6 C, gate 4')).toBe('');
    expect(lexicalEquivalents('a 30° angle')).toBe('');
    expect(lexicalEquivalents('fridge at 5℃')).toBe('temperature degrees celsius');
    // Not a part of a larger number: "3.75°C" is 3.75, not 75.
    expect(lexicalEquivalents('3.75°C')).toBe('temperature degrees celsius');
  });

  it('writes an ISO date out with its month name, weekday and compact tokens', () => {
    expect(lexicalEquivalents('2026-05-25,Spring bank holiday')).toBe('may monday d20260525 md0525 ym202605');
  });

  it('finds a date without a year by its day of the year, and a month by its year', () => {
    expect(shared('2025-07-04', 'July 4')).toEqual(['juli', '4', 'md0704']);
    expect(shared('2026-05-25', 'in May 2026')).toEqual(['mai', '2026', 'ym202605']);
    expect(shared('18-09-2026', 'on 18 September')).toEqual(['18', 'septemb', 'md0918']);
    expect(shared('septiembre de 2026', 'in September 2026')).toEqual(['septemb', '2026', 'ym202609']);
  });

  it('reads numeric dates day first, and month first only when day first is impossible', () => {
    expect(lexicalEquivalents('05/07/2026')).toContain('d20260705');
    expect(lexicalEquivalents('07/25/2026')).toContain('d20260725');
  });

  it('leaves alone what is not a date: section numbers, impossible days, chromosome bands', () => {
    expect(lexicalEquivalents('see 3.2 and 1.2.3')).toBe('');
    expect(lexicalEquivalents('2026-02-30')).toBe('');
    expect(lexicalEquivalents('chromosome 16p13.3')).toBe('');
    // Hyphens only in full, with a year of this era: a code or a range is no date.
    expect(lexicalEquivalents('part 12-05-26')).toBe('');
    expect(lexicalEquivalents('rows 3-4-1000')).toBe('');
    expect(lexicalEquivalents('part PN-04-11-2003-B')).toBe('');
    expect(lexicalEquivalents('ticket 12-10-2019-0042')).toBe('');
    // Spanish, Portuguese, Italian and Dutch month names only where a date can be nothing else: "mayo" is a sauce,
    // "Mei" and "Julio" are names.
    for (const text of [
      'Add 2 mayo sachets',
      'Extra mayo 15 ml',
      'County Mayo 2026',
      'Wang Mei 12 hours',
      'Julio 12 shifts',
    ])
      expect(lexicalEquivalents(text)).toBe('');
  });
});

describe('times of day', () => {
  it('meets "9pm" and "21:00", "9.30 p.m." and "2130 hrs", in one compact form', () => {
    expect(lexicalEquivalents('its 9pm and nothing')).toContain('t2100');
    expect(lexicalEquivalents('by 21:00 on the delivery day').split(' ')).toEqual(['t2100', '9pm']);
    expect(lexicalEquivalents('its 9pm and nothing').split(' ')).toEqual(['t2100']);
    expect(lexicalEquivalents('from 9.30 p.m.')).toContain('t2130');
    expect(lexicalEquivalents('night shift 2130 hrs')).toContain('t2130');
    // A dollar sign after the figure, as Quebec writes it.
    expect(lexicalEquivalents('lavage 18,50 $ par baril')).toContain('usd18p50');
    expect(lexicalEquivalents('1 250,00 $')).toContain('usd1250');
    // The hour and its minutes with an "h" between, as France, Portugal, Quebec and Latin America write them.
    expect(lexicalEquivalents('the bus leaves Santa Justa at 05h35').split(' ')).toEqual(['t0535']);
    expect(lexicalEquivalents('de 7 h 30 à 16 h 00')).toContain('t1600');
    expect(lexicalEquivalents('room 12h45b, code 3h2')).toBe('');
    expect(lexicalEquivalents('BUS AT 14H30')).toBe('t1430');
    for (const text of [
      'The course lasts 1h30',
      'A 2h30 session',
      'Fast for 12 h 00',
      'Cycle time 1 h 15 per batch',
    ])
      expect(lexicalEquivalents(text)).toBe('');
    expect(lexicalEquivalents('12am')).toContain('t0000');
  });

  it('leaves alone what is no time: money, a ratio, an impossible hour', () => {
    expect(lexicalEquivalents('£12.40')).not.toContain('t1240');
    expect(lexicalEquivalents('a ratio of 3:1')).toBe('');
    expect(lexicalEquivalents('25:70 split')).toBe('');
    expect(lexicalEquivalents('13pm')).toBe('');
    expect(lexicalEquivalents('logged at 10:20:30')).not.toContain('t2030');
    expect(lexicalEquivalents('ssh to 10.0.0.5:22')).not.toContain('t0522');
    expect(lexicalEquivalents('my daughter is 9 am i allowed to bring her')).not.toContain('t0900');
    expect(lexicalEquivalents('an annualised contract of 1820 hrs per year')).not.toContain('t1820');
  });
});

describe('amounts', () => {
  it.each([
    ['£1,800', '1800 pounds', 'gbp1800'],
    ['£1,800', 'GBP 1800', 'gbp1800'],
    ['€19', 'EUR 19', 'eur19'],
    ['10,50 EUR', '€10.50', 'eur10p50'],
    ['0.45 GBP per mile', '45p a mile', 'gbp0p45'],
    ['£190.00', '£190', 'gbp190'],
    ['25%', '25 per cent', 'percent'],
    ['1,800 EUR', '€1800', 'eur1800'],
    // Rand with the thousands spaced ("R22 000", "R 4 200"), and with a decimal comma.
    ['R22 000', '22000 rand', 'zar22000'],
    ['R 4 200 a month', 'ZAR 4200', 'zar4200'],
    ['R4,95 per km', 'ZAR 4.95', 'zar4p95'],
    ['Rs. 4,500', '4500 rupees', 'inr4500'],
    ['CAD 2,000', 'C$2000', 'cad2000'],
    ['RM 120', '120 ringgit', 'myr120'],
    // The naira's "N" before a figure only money is written as: thousands, cents or "k".
    ['N5k', '5000 naira', 'ngn5000'],
    ['It costs N25,000.', '₦25,000', 'ngn25000'],
    // The cedi as Ghanaian documents write it: its sign, the cent sign, its old code.
    ['A new card costs GH¢ 50.00.', 'GHS 50', 'ghs50'],
    ['GHC 3,000 a month', '3000 cedis', 'ghs3000'],
    ['Kshs. 3,000/- a month', 'KES 3000', 'kes3000'],
    // The Danish krone's "kr." before a figure.
    ['The scheme costs kr. 450 per month.', 'DKK 450', 'dkk450'],
  ])('%s and %s meet on %s', (a, b, token) => {
    expect(shared(a, b)).toContain(token);
  });

  it('writes the currency code and name beside the number, and pence for a fraction of a pound', () => {
    expect(lexicalEquivalents('£1,800 a year')).toBe('1800 gbp pounds gbp1800');
    expect(lexicalEquivalents('0.45 GBP per mile')).toBe('pounds gbp0p45 45p');
  });

  it('reads a letter sign only in its own case and never inside a code', () => {
    expect(lexicalEquivalents('route HSR-R04 at 04:30')).not.toContain('zar');
    expect(lexicalEquivalents('r2 and rm 5')).toBe('');
    expect(lexicalEquivalents('KWZ 803 GP')).toBe('');
    expect(lexicalEquivalents('Route N5 to the plant, form N12')).toBe('');
    expect(lexicalEquivalents('Grade N3.25 pay scale')).not.toContain('ngn');
    expect(lexicalEquivalents('Platform 9 has N1.2M users')).not.toContain('ngn');
  });

  it('reads an ordinal as its number, a percentage with its word, and leaves other numbers as written', () => {
    expect(lexicalEquivalents('the 25th anniversary')).toBe('25');
    expect(lexicalEquivalents('rose by 12.5 %')).toBe('percent');
    expect(lexicalEquivalents('1,000 genomes')).toBe('');
  });
});

describe('withEquivalents', () => {
  it('keeps the text as it was and adds only words it lacks', () => {
    expect(withEquivalents('no numbers here')).toBe('no numbers here');
    expect(withEquivalents('Lunch: €19')).toBe('Lunch: €19\neur euros eur19');
  });
});

describe('limits said without "maximum"', () => {
  it('writes the bound beside a figure limited from above or below, so "the max" finds "up to 35 hours"', () => {
    expect(shared('Your bank may hold up to 35 hours at a time.', 'the max banked hours')).toEqual([
      'max',
      'bank',
      'hour',
    ]);
    expect(shared('Claims must not exceed SGD 300 a year.', 'maximum claim')).toEqual(['maximum', 'claim']);
    expect(shared('Give at least 4 weeks of notice.', 'the minimum notice')).toEqual(['minimum', 'notic']);
  });

  it('reads no limit where no figure is bounded, or where "up to" means drawing near or a day', () => {
    for (const text of [
      'It is up to you.',
      "I'm coming up to 30 years here",
      'The bill came up to $45',
      'It adds up to 10 points',
      'Valid from 2019 up to 2024',
      'apply up to 31 March 2026',
      'Open up to 5pm',
    ])
      expect(boundWords(text)).toEqual([]);
    expect(boundWords('UP TO 35 HOURS A WEEK')).toEqual(['maximum', 'max', 'limit']);
  });
});

describe('counts written in words, in a question', () => {
  it('meet their figures before what they count, and only there', () => {
    expect(withCountsInFigures("once I've done five years")).toBe("once I've done five years ; 5");
    expect(withCountsInFigures('three working days')).toBe('three working days ; 3');
    expect(withCountsInFigures('twelve weeks’ notice')).toBe('twelve weeks’ notice ; 12');
    // The tens and their unit are one number.
    expect(withCountsInFigures('thirty five days')).toBe('thirty five days ; 35');
    expect(withCountsInFigures('twenty-five years')).toBe('twenty-five years ; 25');
    expect(withCountsInFigures('eighty hours')).toBe('eighty hours ; 80');
    // A pronoun or a word of another kind counts nothing.
    for (const text of [
      'the second one is fine, and no one told me',
      'one of the forms',
      'a fivefold increase',
    ])
      expect(withCountsInFigures(text)).toBe(text);
    // The figures make no date with the words before them.
    expect(lexicalEquivalents(withCountsInFigures('Can I take ten days in March'))).toBe('');
    // A document's own words are not read so: the index keeps "three years" as written.
    expect(lexicalEquivalents('valid for three years')).toBe('');
  });
});

describe('a question as it is searched', () => {
  it('writes irregular past forms beside their base ("fell": "fall"), and counts in figures', () => {
    expect(asSearched('A patient on my ward just fell. What do I do?')).toBe(
      'A patient on my ward just fell. What do I do? ; fall',
    );
    expect(asSearched('My badge was stolen, and my glasses are broken')).toBe(
      'My badge was stolen, and my glasses are broken ; steal break',
    );
    expect(asSearched('after five years')).toBe('after five years ; 5');
    // Forms that are words of their own, and words that only start like one, are left as they are.
    for (const text of [
      'I left my laptop at the fellowship dinner',
      "I'm broke until payday",
      'I was struck by a trolley',
      'I fell ill on holiday',
    ])
      expect(asSearched(text)).toBe(text);
  });
});

describe('plans named by a number and a letter in brackets', () => {
  it.each([
    ['What is the 401k match?', 'The 401(k) plan matches 100% of the first 4%.', '401k'],
    ['When can I join the 401(k)?', 'You join the 401k after 60 days.', '401k'],
    ['Is there a 403(b)?', 'Staff may join the 403b plan.', '403b'],
  ])('"%s" and "%s" meet on %s', (a, b, code) => {
    expect(shared(a, b)).toContain(code);
  });

  it('leaves a clause or a step lettered in brackets, and letters joined by a hyphen, as they are', () => {
    expect(lexicalEquivalents('See clause 5(a) and step 2 (a); Policy HR-09, form W-2, appendix A-1')).toBe(
      '',
    );
  });
});
