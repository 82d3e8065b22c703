import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import { withSerbianInLatin } from '../answerability/index.js';
import { serbianInLatin, writtenInSerbianCyrillic } from './serbian-latin.js';

// A base whose words are counted as `counts` says (by each word's index term).
const baseOf = (counts: Record<string, number>) => ({
  termStats: async (terms: string[]) => ({
    df: new Map(terms.map((t) => [t, counts[t] ?? 0])),
    chunks: 10,
  }),
});
const termsOf = (text: string, n: number) => Object.fromEntries(tokenize(text).map((t) => [t, n]));

describe('Serbian asked in Cyrillic', () => {
  it('is told from Russian and read in the Latin alphabet letter for letter', () => {
    expect(writtenInSerbianCyrillic('Колико минута смијем бити у хладњачи?')).toBe(true);
    expect(writtenInSerbianCyrillic('Шта треба да урадим ако се повриједим?')).toBe(true);
    expect(writtenInSerbianCyrillic('Сколько дней отпуска мне положено?')).toBe(false);
    // "ли" and "где" are Russian's too (review).
    expect(writtenInSerbianCyrillic('Работает ли бар в субботу?')).toBe(false);
    expect(writtenInSerbianCyrillic('Где отдел кадров?')).toBe(false);
    expect(writtenInSerbianCyrillic('How long may I stay in the cold store?')).toBe(false);
    expect(serbianInLatin('Љубија, Ђакови, џемпер и ћевапи')).toBe('Ljubija, Đakovi, džemper i ćevapi');
  });

  it('is read in Latin letters over a base that writes its words so, and kept over one that writes Cyrillic', async () => {
    const asked = 'Колико минута смијем бити у хладњачи?';
    const latin = baseOf(termsOf('koliko minuta smijem biti hladnjači', 3));
    expect(await withSerbianInLatin(latin, asked)).toBe('Koliko minuta smijem biti u hladnjači?');
    const cyrillic = baseOf(termsOf('колико минута смијем бити хладњачи', 3));
    expect(await withSerbianInLatin(cyrillic, asked)).toBe(asked);
    // Russian is never read so, whatever the base.
    expect(await withSerbianInLatin(latin, 'Сколько минут можно быть в холодильнике?')).toBe(
      'Сколько минут можно быть в холодильнике?',
    );
  });
});
