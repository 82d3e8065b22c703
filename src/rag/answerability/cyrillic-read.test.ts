import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import { withGlosses } from '../crosslingual/index.js';
import { withCyrillicKeysRead } from './cyrillic-read.js';

// An index over the given texts, glossed as the lexical index is: the words it counts and how often.
function indexOf(texts: string[]) {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const t of new Set(tokenize(withGlosses(text)))) counts.set(t, (counts.get(t) ?? 0) + 1);
  return {
    termStats: async (terms: string[]) => ({
      chunks: texts.length,
      df: new Map(terms.filter((t) => counts.has(t)).map((t) => [t, counts.get(t)!])),
    }),
    stats: { df: (t: string) => counts.get(t) ?? 0, chunks: texts.length },
  };
}

const RUSSIAN = [
  'Основной отпуск — 24 календарных дня. Если работник заболел в отпуске, отпуск продлевается на дни болезни.',
  'Доплата за работу в ночную смену — 40 % тарифной ставки.',
];

describe('a question chatted in Latin letters over documents in Cyrillic', () => {
  it('is read with the keys of the words the documents write, its words of asking in English', async () => {
    const index = indexOf(RUSSIAN);
    expect(await withCyrillicKeysRead(index, 'otpusk skolko dnei osnovnogo', index.stats as never)).toBe(
      'otpusk how much dnei osnovn',
    );
    expect(await withCyrillicKeysRead(index, 'skolko platyat za nochnuyu smenu?', index.stats as never)).toBe(
      'how much platyat nochn smen?',
    );
  });

  it('reads a Cyrillic word in another case as the documents write it', async () => {
    const index = indexOf(RUSSIAN);
    expect(await withCyrillicKeysRead(index, 'доплата за ночные смены', index.stats as never)).toBe(
      'доплата за nochn smen',
    );
  });

  it('leaves an English question over a base with a little Cyrillic text as it is', async () => {
    const index = indexOf([
      'The smoking area is behind the canteen. A doctor’s note is needed after 3 days.',
      'Русскоязычным сотрудникам: пишите нам, если нужна помощь.',
      'Коледно парти на 20 декември.',
    ]);
    for (const question of [
      'Where is the smoking area?',
      'Do I need a doctor’s note for one day?',
      'Is there no parking at the party?',
      'Can I bring my wife to the party?',
    ])
      expect(await withCyrillicKeysRead(index, question, index.stats as never)).toBe(question);
  });

  it('leaves a question over English documents as it is, whatever its words', async () => {
    const index = indexOf(['Annual leave is 24 days. The Christmas party is in December.']);
    for (const question of ['when is the christmas party this year?', 'otpusk skolko dnei'])
      expect(await withCyrillicKeysRead(index, question, index.stats as never)).toBe(question);
  });
});
