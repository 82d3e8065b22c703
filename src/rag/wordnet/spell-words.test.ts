import { describe, expect, it } from 'vitest';
import { senseCount, spellingDictionary } from './index.js';

describe('the spelling dictionary', () => {
  it('knows English words WordNet lacks, in either spelling, and names by their capitals', async () => {
    const dictionary = await spellingDictionary();
    for (const word of ['whenever', 'wellies', 'burnout', 'physio', 'colour', 'organisation'])
      expect(dictionary.isWord(word)).toBe(true);
    for (const word of ['computre', 'bfeore', 'tacho']) expect(dictionary.isWord(word)).toBe(false);
    expect(dictionary.isName('francis')).toBe(true);
    expect(dictionary.isWord('francis')).toBe(false);
  });
});

describe('how common a word is', () => {
  it('counts each sense of a word and its plain forms once', () => {
    expect(senseCount('dates')).toBe(senseCount('date'));
    expect(senseCount('record')).toBeGreaterThan(senseCount('recordd'));
    expect(senseCount('recordd')).toBe(0);
  });
});
