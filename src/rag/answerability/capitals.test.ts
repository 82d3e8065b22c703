import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import { namesGuessed, withNamesCapitalised, writtenWithoutCapitals } from './capitals.js';

describe('a question typed without capitals', () => {
  it.each([
    ["what is helen okafor's date of birth?", "what is Helen Okafor's date of birth?"],
    [
      'whats the max hotel rate for a business trip to tokyo?',
      'whats the max hotel rate for a business trip to Tokyo?',
    ],
    // The possessive ends the name: the detail after it is no part of it.
    ["what is helen nair's nric number?", "what is Helen Nair's nric number?"],
    ['is the canteen open on sunday?', 'is the canteen open on Sunday?'],
  ])('is read with its names capitalised: %s', (typed, read) => {
    expect(withNamesCapitalised(typed)).toBe(read);
  });

  it('keeps unknown words as typed, alone or side by side: slang or slips are likelier than names', () => {
    for (const typed of [
      'lost the reciept from my hotel brekkie on a work trip. can i still claim it?',
      'where do i submit expence reciepts',
    ])
      expect(withNamesCapitalised(typed)).toBe(typed);
  });

  it('reads a long run of the small words names carry without running out of stack', () => {
    expect(() =>
      withNamesCapitalised(`when does the canteen open? okafor ${'de '.repeat(12_000)}`),
    ).not.toThrow();
  });

  it('keeps the own words of a question typed in Wolof, Samoan or Tongan as typed, and still capitalises its names', () => {
    expect(withNamesCapitalised('dama feebar tey, kan laa wara wax sama supervisor?')).toBe(
      'dama feebar tey, kan laa wara wax sama supervisor?',
    );
    expect(withNamesCapitalised('ndax helen okafor dafa feebar tey?')).toBe(
      'ndax Helen Okafor dafa feebar tey?',
    );
    expect(withNamesCapitalised('e fia le totogi mo le aso sa?')).toBe('e fia le totogi mo le aso sa?');
  });

  it('leaves a question written with capitals as it is', () => {
    const written = 'Where does Jasmine Cole live? I want to post her a card.';
    expect(writtenWithoutCapitals(written)).toBe(false);
    expect(withNamesCapitalised('What time does the bristol office open?')).toBe(
      'What time does the Bristol office open?',
    );
    expect(writtenWithoutCapitals('What does PTO mean? I asked HR.')).toBe(true);
  });

  it('guesses every word that could be a name for a check that must not miss one, never a role', () => {
    const keep = new Set(['live', 'earn']);
    expect(namesGuessed('where does hannah greaves live?', keep)).toBe('where does Hannah Greaves live?');
    expect(namesGuessed('how much does a bus driver earn?', keep)).toBe('how much does a bus driver earn?');
    // A noun beside a word the dictionary lacks in lower case is a name's too ("nanna", "malik").
    expect(namesGuessed('when does nanna friis go on leave?', new Set(['leave']))).toBe(
      'when does Nanna Friis go on leave?',
    );
  });

  it('reads a pasted text of 100,000 characters in one pass', () => {
    // 116,000 and 464,000 characters: four times the text takes about four times as long, not sixteen (a ratio of
    // two runs side by side, so a loaded machine slows both alike).
    const pasted = (n: number) =>
      withNamesCapitalised(`is it paid? ${'more text about okafor zenith '.repeat(n)}`);
    expect(growthOf(pasted, 4_000)).toBeLessThan(9);
  });
});
