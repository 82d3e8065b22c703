import { describe, expect, it } from 'vitest';
import { foldedWords } from './glossary.js';
import { GLOSSARY } from './glossary-data.js';
import { LT_FORMS, LT_FUNCTION_WORDS } from './glossary-lt.js';

// English words (and a few words English text often carries) that a one-word Lithuanian form must never fold to.
const ENGLISH = new Set(
  (
    'a an as at be bent bet bus can cent data date do dot for i in is it link me metro minute minutes more ' +
    'net no on or pay per plan post pries sis so stop sum tai tarp taxi ten to trauma us was we auto kava ' +
    'antra salmo liga pasas paso neto rida arti salia'
  ).split(' '),
);

const entries = Object.entries(LT_FORMS);

describe('the Lithuanian forms of the glossary', () => {
  it('names only concepts of the glossary, by their first English word', () => {
    const keys = new Set(GLOSSARY.map((e) => e.en[0]));
    expect(entries.filter(([key]) => !keys.has(key)).map(([key]) => key)).toEqual([]);
    expect(entries.length).toBeGreaterThan(400);
  });

  it('lists every form in lower case, trimmed, with single spaces', () => {
    const bad = entries.flatMap(([key, forms]) =>
      forms
        .filter((f) => f !== f.toLowerCase() || f !== f.trim() || /\s{2,}/.test(f) || f === '')
        .map((f) => `${key}: ${f}`),
    );
    expect(bad).toEqual([]);
  });

  it('lists no form twice for one concept, even once accents are folded', () => {
    const twice = entries.flatMap(([key, forms]) => {
      const folded = forms.map((f) => foldedWords(f).join(' '));
      return forms.filter((_, i) => folded.indexOf(folded[i]!) !== i).map((f) => `${key}: ${f}`);
    });
    expect(twice).toEqual([]);
  });

  it('lists no one-word form that folds to an English word, nor one shorter than four letters', () => {
    const bad = entries.flatMap(([key, forms]) =>
      forms
        .map((f) => foldedWords(f))
        .filter((words) => words.length === 1 && (ENGLISH.has(words[0]!) || words[0]!.length < 4))
        .map((words) => `${key}: ${words[0]}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps each concept to a readable number of forms', () => {
    expect(
      entries.filter(([, forms]) => forms.length === 0 || forms.length > 10).map(([key]) => key),
    ).toEqual([]);
  });
});

describe('the Lithuanian function words', () => {
  const words = LT_FUNCTION_WORDS.split(' ');

  it('are 20 to 35 distinct lower-case words', () => {
    expect(words.length).toBeGreaterThanOrEqual(20);
    expect(words.length).toBeLessThanOrEqual(35);
    expect(new Set(words).size).toBe(words.length);
    expect(words.every((w) => /^\p{Ll}+$/u.test(w))).toBe(true);
  });

  it('hold no English word, with or without accents', () => {
    expect(words.filter((w) => ENGLISH.has(w) || ENGLISH.has(foldedWords(w)[0]!))).toEqual([]);
  });
});
