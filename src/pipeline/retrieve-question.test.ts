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
    expect(searchedParts("I'm a chef. How many sets of whites do I get, and who washes them?")).toEqual({
      parts: ["I'm a chef. How many sets of whites do I get", "I'm a chef. who washes them?"],
    });
  });
});
