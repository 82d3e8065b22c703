import { describe, expect, it } from 'vitest';
import { searchedParts } from './retrieve-question.js';

describe('what a question is searched as', () => {
  it('searches a question after a story, or before a remark, also on its own', () => {
    expect(
      searchedParts(
        'How do I call in sick at the Garda hotel? its my first season and the UK rules confuse me',
      ),
    ).toEqual({
      parts: ['How do I call in sick at the Garda hotel? its my first season and the UK rules confuse me'],
      alone: 'How do I call in sick at the Garda hotel?',
    });
    expect(searchedParts("I'm a chef at York. How many sets of whites do I get?")).toEqual({
      parts: ["I'm a chef at York. How many sets of whites do I get?"],
      alone: 'How many sets of whites do I get?',
    });
  });

  it('searches a plain question as it is, and a question of two parts part by part', () => {
    expect(searchedParts('How many sets of whites do I get?')).toEqual({
      parts: ['How many sets of whites do I get?'],
    });
    expect(searchedParts('How many sets of whites do I get, and who washes them?')).toEqual({
      parts: ['How many sets of whites do I get', 'who washes them?'],
    });
    // A part that names what it points back at is searched with the part before it: "that certificate" is the
    // crowd management course's.
    expect(
      searchedParts('When is the crowd management course in April, and how long does that certificate last?'),
    ).toEqual({
      parts: [
        'When is the crowd management course in April',
        'how long does that certificate last? is the crowd management course in April',
      ],
    });
  });

  it('searches the parts of a question after a story also without the story, part by part', () => {
    expect(
      searchedParts(
        'Moving into Widcombe House next month. How much is the deposit, and is it taken from my first pay?',
      ),
    ).toEqual({
      parts: [
        'Moving into Widcombe House next month. How much is the deposit',
        'Moving into Widcombe House next month. is it taken from my first pay?',
      ],
      partsAlone: ['How much is the deposit', 'is it taken from my first pay?'],
    });
  });
});
