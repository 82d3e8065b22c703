import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from './answer-shapes.js';
import { assessGrounding } from './assess.js';
import { readForItem } from './list-items.js';

const LIST =
  '5.2  Not counted: work injuries, approved medical leave of more than 5 days, bereavement leave, jury duty, absences linked to pregnancy, and absences agreed as part of a disability accommodation.';
const scoreBy = (word: string) => (text: string) => (text.includes(word) ? 1 : 0);

describe("a topic named as one item of a list is not given another item's value", () => {
  it('reads the head, the topic’s item and the last item of a list', () => {
    expect(readForItem(LIST, scoreBy('bereavement'))).toBe(
      '5.2  Not counted: bereavement leave and absences agreed as part of a disability accommodation.',
    );
  });

  it('reads a sentence that is no list whole: an aside in commas, or fewer items', () => {
    const aside =
      'Your manager can refer you to our provider, Ardent OH, for advice about health and work, for example before a phased return.';
    expect(readForItem(aside, scoreBy('provider'))).toBe(aside);
    const clauses = 'Bereavement, jury duty and compassionate leave are paid for up to 5 days.';
    expect(readForItem(clauses, scoreBy('Bereavement'))).toBe(clauses);
    // Commas round asides make no list: only a list under a head ("Not counted: …") is one.
    const asides =
      'Night shifts, which run from 10pm to 6am, attract a premium of £3.50 an hour, and are offered by seniority.';
    expect(readForItem(asides, scoreBy('Night'))).toBe(asides);
  });

  it('keeps the value of the topic’s own item, and a value the whole list shares in its last item', () => {
    const own =
      'Paid leave: annual leave of 25 days, sick leave of 10 days, bereavement leave of 3 days, and jury duty.';
    expect(holdsAnswerType(readForItem(own, scoreBy('bereavement')), 'count')).toBe(true);
    const shared = 'Covered: parking, tolls, ferries, and taxis up to £40 a trip.';
    expect(holdsAnswerType(readForItem(shared, scoreBy('tolls')), 'amount')).toBe(true);
  });

  it('a clause’s number ("5.2  Not counted") counts nothing; "1.5 days" still does', () => {
    expect(holdsAnswerType('5.2  Not counted: jury duty.', 'count')).toBe(false);
    expect(holdsAnswerType('1.5 days are added each month.', 'count')).toBe(true);
  });

  it('not grounded: the only sentence about the topic lists it beside a number that is another item’s', () => {
    const passages = [{ title: 'Absence', text: LIST }];
    // As a knowledge base counts them: "bereavement" is rare, "leave" and "days" are everywhere.
    const counts: Record<string, number> = { bereav: 1, leav: 30, dai: 40, paid: 20, take: 25 };
    const stats = { chunks: 100, df: (t: string) => counts[t] ?? 5 };
    const g = assessGrounding('How many paid days of bereavement leave can I take?', passages, stats);
    expect(g).toMatchObject({ grounded: false, expects: 'count' });
    expect(g.reason).toContain('holds a number');
    const own = [{ title: 'Absence', text: 'You can take 3 paid days of bereavement leave.' }];
    expect(assessGrounding('How many paid days of bereavement leave can I take?', own, stats).grounded).toBe(
      true,
    );
  });

  it('"how much" of a thing that is no money is answered by an amount of money', () => {
    const q = 'How much public liability insurance does a subcontractor need?';
    expect(
      holdsAnswerType(
        '1.1 Your company must hold public liability insurance of at least $20 million.',
        'count',
        q,
      ),
    ).toBe(true);
  });
});
