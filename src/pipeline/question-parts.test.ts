import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';
import { searchedParts } from './retrieve-question.js';

const docs = {
  'canteen.md': '# Canteen\n\nThe canteen is open from 07:00 to 19:00, Monday to Friday.\n',
  'fire-drill.md':
    '# Fire drill\n\nOn the day of the fire drill, staff on the night shift meet at the ground floor lobby at 7:30 AM.\n',
  'parking.md': '# Parking\n\nStaff park in Basement 3 for PHP 1,500.00 a month.\n',
};

const open = useExtractiveApp({ maxSentences: 2, k: 3 });

describe('questions of more than one part', () => {
  it('"Where and what time…" is one part: words of asking alone ask about what the next part names', () => {
    expect(searchedParts('Where and what time do we meet for the fire drill?')).toEqual({
      parts: ['Where and what time do we meet for the fire drill?'],
    });
    // Parts that each ask something of their own stay parts.
    expect(searchedParts('How much is it, and when is it paid?').parts).toEqual([
      'How much is it',
      'when is it paid?',
    ]);
  });

  it('a part that names nothing the part before does not is searched with what that part asked about', () => {
    expect(
      searchedParts('how far in advance do I apply for annual leave and where do I apply?').parts,
    ).toEqual([
      'how far in advance do I apply for annual leave',
      'where do I apply? in advance do I apply for annual leave',
    ]);
    // A part with a topic of its own, and the context both parts open with, count as new.
    expect(searchedParts('How do I apply for leave, and where do I apply for a loan?').parts[1]).toBe(
      'where do I apply for a loan?',
    );
    expect(
      searchedParts("I'm a chef on the hot line. Do I still have to taste the food, and who does it instead?")
        .parts[1],
    ).toBe("I'm a chef on the hot line. who does it instead?");
  });

  it('a first part that finds nothing does not leave the others without passages', async () => {
    const app = await open(docs);
    const r = await app.run({ vars: { question: 'Who is Zorblax Quimby, and when is the canteen open?' } });
    expect(r.retrieved.map((d) => d.source)).toContain('kb/canteen.md');
  });

  it('answers "where and what time" from the sentence that says both', async () => {
    const app = await open(docs);
    const r = await app.run({ vars: { question: 'Where and what time do we meet for the fire drill?' } });
    expect(r.text).toContain('ground floor lobby at 7:30 AM');
  });
});
