import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import {
  columnMissing,
  namedTableMissing,
  numberedColumnMissing,
  proseOf,
  rowNotHeld,
  rowsIn,
  rowsMissing,
} from './table-rows.js';

describe('table rows in retrieved passages', () => {
  it('reads "Caption · Header: value" lines and "header: value" records, and nothing from prose', () => {
    const html = {
      source: 'docs/allowances.html',
      text: 'Premiums are paid per hour.\n\nShift premium · Shift: Late · Northampton: £1.10\n\nShift premium · Shift: Night · Northampton: £2.10',
    };
    const rows = rowsIn(html);
    expect(rows.map((r) => [...r.cells.keys()])).toEqual([
      ['shift', 'northampton'],
      ['shift', 'northampton'],
    ]);
    expect(rows[0]!.table).toBe(rows[1]!.table);
    const record = rowsIn({
      source: 'docs/staff.csv',
      text: 'name: Ann Lee\nteam: Payroll\nextension: 2310',
    });
    expect(record).toHaveLength(1);
    expect(rowsIn({ text: 'Note: the canteen opens at 7.\nIt closes at 3.' })).toEqual([]);
  });

  it('reads a date cell in its other forms too: "2027-08-20" is in August', () => {
    const rows = [
      'date: 2027-08-20\nholiday: Kadayawan sa Dabaw\nnotes: Davao only',
      'date: 2027-08-30\nholiday: National Heroes Day\nnotes: last Monday of August',
      'date: 2027-01-01\nholiday: New Year\nnotes: all sites',
    ].map((text) => rowsIn({ source: 'docs/holidays.csv', text })[0]!);
    expect(rowsMissing(['august', 'kadayawan'], rows)).toBeUndefined();
    expect(rowsMissing(['januari', 'kadayawan'], rows)).toEqual(['januari', 'kadayawan']);
  });

  it('names the terms that pick rows by two columns when no row holds them all', () => {
    const rows = [
      rowsIn({ text: 'Premium · Shift: Late · Site: Northampton' })[0]!,
      rowsIn({ text: 'Premium · Shift: Early · Site: Bellshill' })[0]!,
    ];
    expect(rowsMissing(['late', 'bellshil'], rows)).toEqual(['late', 'bellshil']);
    expect(rowsMissing(['late', 'northampton'], rows)).toBeUndefined();
    // Two values of one column ask for two rows, either of which will do.
    expect(rowsMissing(['late', 'earli', 'bellshil'], rows)).toBeUndefined();
    // A row holds a word of the same root: the "Blast chilling" row is the blast chiller's, though only the other
    // rows' notes say "chiller".
    const limits = [
      rowsIn({ text: 'Limits · Step: Blast chilling · Missed: discard it' })[0]!,
      rowsIn({ text: 'Limits · Step: Tray setting · Missed: return it to the chiller' })[0]!,
    ];
    expect(rowsMissing(['blast', 'chiller'], limits)).toBeUndefined();
    expect(rowsMissing(['trai', 'discard'], limits)).toEqual(['trai', 'discard']);
    // A short word is no root of a longer one ("care" of "career"), nor a number of another.
    const roles = [
      rowsIn({ text: 'Meals · Role: Care assistant · Shift: Early' })[0]!,
      rowsIn({ text: 'Meals · Role: Careers adviser · Shift: Night' })[0]!,
      rowsIn({ text: 'Meals · Role: Porter · Shift: Night' })[0]!,
    ];
    expect(rowsMissing(['care', 'night'], roles)).toEqual(['care', 'night']);
    // A row that leaves a cell empty is still a row of its table.
    const sparse = rowsIn({ text: 'Premium · Shift: Night · Site: Bellshill · Note: none' })[0]!;
    expect(sparse.table).toBe(rows[0]!.table);
  });

  it('a word that names a column asks for it and picks no row, whatever some of its cells say', () => {
    const rates = [
      rowsIn({
        source: 'kb/rates.csv',
        text: 'item: Overtime\nrate: 1.5 × base rate\napplies_to: all staff',
      })[0]!,
      rowsIn({
        source: 'kb/rates.csv',
        text: 'item: Mileage\nrate: 45 cents per km\napplies_to: own car',
      })[0]!,
    ];
    expect(rowsMissing(['mileag', 'rate'], rates)).toBeUndefined();
    expect(rowsMissing(['mileag', 'base'], rates)).toEqual(['mileag', 'base']);
  });

  it('names the number a question gives a series of numbered columns that none of them has', () => {
    const rows = rowsIn({
      text: 'Annual leave · Completed years: 5 to 9 · 5 days a week: 31 · 4 days a week: 24.8 · 3 days a week: 18.6',
    });
    const ask = (q: string) => numberedColumnMissing(q, rows);
    expect(ask('I only work 2 days a week. How much leave do I get?')).toBe('2 days a week');
    expect(ask('I work 4 days a week, how much leave do I get?')).toBeUndefined();
    // "4 days" alone is no column of the series; a number in the row's cells ("5 to 9") is not a column either.
    expect(ask('Can I take 2 days in a row?')).toBeUndefined();
    // One numbered header is no series.
    const single = rowsIn({ text: 'Fees · Item: Locker · Year 1: £10 · Notes: paid once' });
    expect(numberedColumnMissing('What is the year 2 fee?', single)).toBeUndefined();
  });

  it('names the words that ask for a column the table lacks: two headers of one pattern crossed', () => {
    const rows = rowsIn({
      text: 'Standby · Role: Planner · Weekday night standby: £28 · Weekend day standby: £42\nStandby · Role: Technician · Weekday night standby: £25 · Weekend day standby: £40',
    });
    expect(columnMissing(['weekend', 'night', 'standbi'], rows)).toEqual(['night', 'standbi', 'weekend']);
    expect(columnMissing(['weekend', 'dai', 'standbi'], rows)).toBeUndefined();
    // Both columns asked for whole is a question for two columns.
    expect(columnMissing(['weekdai', 'night', 'standbi', 'weekend', 'dai'], rows)).toBeUndefined();
    // Headers of different patterns ("Standby payment", "Call-out payment") may each answer a part of a question.
    const other = rowsIn({
      text: 'On call · Role: Planner · Standby payment: £28 · Call-out payment: £40 · Notes: none',
    });
    expect(columnMissing(['standbi', 'call', 'payment'], [...other, ...other])).toBeUndefined();
  });

  it('a word in a cell of prose (a long "Notes" cell) picks no rows', () => {
    const rows = [
      rowsIn({
        text: 'Entitlements · Reason: Death of a child · Paid leave: 10 days · Notes: for a child under 18 this includes the statutory two weeks of parental bereavement leave, paid in full',
      })[0]!,
      rowsIn({ text: 'Entitlements · Reason: Jury service · Paid leave: 10 working days at full pay' })[0]!,
      rowsIn({ text: 'Entitlements · Reason: Funeral · Paid leave: 1 day · Notes: or unpaid leave' })[0]!,
    ];
    expect(rowsMissing(['paid', 'juri'], rows)).toBeUndefined();
    expect(rowsMissing(['child', 'juri'], rows)).toBeUndefined();
  });

  it('names the word before the noun of the rows ("family" in "a family room") when no passage holds it', () => {
    const rows = [
      rowsIn({ text: 'Cleaning times · Room type: Classic double · Departure clean: 30' })[0]!,
      rowsIn({ text: 'Cleaning times · Room type: Suite · Departure clean: 45' })[0]!,
    ];
    const absent = (t: string) => !['classic', 'doubl', 'suit', 'departur', 'clean'].includes(t);
    expect(rowNotHeld('What is the departure clean time for a family room?', rows, absent)).toBe('famili');
    expect(rowNotHeld('What is the departure clean time for a suite room?', rows, absent)).toBeUndefined();
    // Only the word right before it: "the range for my room" names no room.
    expect(rowNotHeld('What is the clean time range for my room?', rows, absent)).toBeUndefined();
    // A word that opens a clause names no row: "Once room 4 is cleaned…".
    expect(rowNotHeld('Once room 4 is cleaned, who checks it?', rows, absent)).toBeUndefined();
    // Nor does a word that says how a thing stands to it: "per tonne above room" asks of the rows there are.
    expect(rowNotHeld('how much extra per clean above room 4?', rows, absent)).toBeUndefined();
  });

  it('reads a word joined by hyphens by its last part: "the Rathcormac agri-store" names a store', () => {
    const rows = [
      rowsIn({ text: 'Opening hours · Store: Kilbrannagh · Monday to Friday: 08:00–18:00' })[0]!,
      rowsIn({ text: 'Opening hours · Store: Drumcolla · Monday to Friday: 08:00–18:00' })[0]!,
    ];
    const absent = (t: string) => !['kilbrannagh', 'drumcolla', 'open', 'hour', 'agri'].includes(t);
    expect(rowNotHeld('What are the opening hours of the Rathcormac agri-store?', rows, absent)).toBe(
      'rathcormac',
    );
    expect(
      rowNotHeld('What are the opening hours of the Drumcolla agri-store?', rows, absent),
    ).toBeUndefined();
  });

  it('checks a table the question names by its caption, though another file covers the question best', () => {
    const hours = 'docs/clinics.html';
    const rows = [
      'Patient hours by clinic · Clinic: Portneuf, Pocatello · Service: Medical · Friday: 8:00 a.m. – 5:00 p.m.',
      'Patient hours by clinic · Clinic: Ontario · Service: Dental · Friday: Closed',
      'Patient hours by clinic · Clinic: Twin Falls · Service: Dental · Friday: 7:00 a.m. – 1:00 p.m.',
    ].flatMap((text) => rowsIn({ source: hours, text }));
    const holidays = rowsIn({
      source: 'docs/holidays.csv',
      text: 'date: 2027-11-26\ndental_van: No\nnotes: closed',
    });
    const all = [...holidays, ...rows];
    const terms = tokenize('dental hours Pocatello clinic Friday');
    expect(namedTableMissing(terms, all, () => [])).toEqual(tokenize('dental pocatello'));
    // Its caption's words ("clinic") name the table, not a row; a row that holds both answers.
    expect(namedTableMissing(tokenize('dental hours Ontario clinic'), all, () => [])).toBeUndefined();
    // Prose that says both may answer what no row does.
    const prose = [new Set(tokenize('The dental van visits Pocatello on Fridays'))];
    expect(namedTableMissing(terms, all, () => prose)).toBeUndefined();
    // A row of another clinic that only starts alike is no row for it.
    const southampton = [
      'Patient hours by clinic · Clinic: Southampton · Service: Dental · Friday: Closed',
      'Patient hours by clinic · Clinic: Southport · Service: Medical · Friday: 8:00 a.m. – 5:00 p.m.',
    ].flatMap((text) => rowsIn({ source: hours, text }));
    expect(
      namedTableMissing(tokenize('dental hours Southport clinic'), [...all, ...southampton], () => []),
    ).toEqual(tokenize('dental southport'));
    // A table the question does not name is not asked about.
    const coming = [
      'Coming up · What: Dental checks · Where: Ontario',
      'Coming up · What: Flu jabs · Where: Pocatello',
    ].flatMap((text) => rowsIn({ source: 'docs/index.html', text }));
    expect(rowsMissing(tokenize('dental Pocatello'), coming)).toEqual(tokenize('dental pocatello'));
    expect(namedTableMissing(tokenize('dental Pocatello'), coming, () => [])).toBeUndefined();
  });

  it('reads the prose of a passage outside its rows: a note under a table', () => {
    const text =
      'Patient hours · Clinic: Ontario · Service: Dental · Friday: Closed\nAt Pocatello, dental patients are seen in the van on Fridays.';
    expect(proseOf({ text })).toBe('At Pocatello, dental patients are seen in the van on Fridays.');
    expect(proseOf({ text: 'name: Ann Lee\nteam: Payroll\nextension: 2310' })).toBe('');
  });
});
