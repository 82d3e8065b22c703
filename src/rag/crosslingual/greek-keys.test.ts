import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import { withGreeklishRead } from '../answerability/index.js';
import { GREEK_KEYED, greekKey, greekKeys, greeklishKey } from './greek-keys.js';

describe('Greek words and Greeklish meet on one key', () => {
  it.each([
    ['γάλακτος', 'galaktos', 'galakt'],
    ['παραλαβή', 'paralavi', 'paralav'],
    ['καθημερινές', 'kathimerines', 'kathimerin'],
    ['χαλλούμι', 'xalloumi', 'halum'],
    ['προσωπικό', 'prosopiko', 'prosopik'],
    ['καντίνα', 'kantina', 'kadin'],
    ['απογευματινή', 'apogevmatini', 'apogevmatin'],
    ['εσωτερικό', 'esoteriko', 'esoterik'],
    ['Πάχνα', 'Pachna', 'pahn'],
    ['συνάδελφος', 'synadelfos', 'sinadelf'],
    ['λεωφορείο', 'leoforeio', 'leofori'],
    ['Ψωνά', 'Pswna', 'pson'],
    ['δικαιούμαστε', 'dikeoumaste', 'dikeumast'],
    ['άδεια', 'adeia', 'adi'],
  ])('%s and %s are both %s', (greek, greeklish, key) => {
    expect(greekKey(greek)).toBe(key);
    expect(greeklishKey(greeklish)).toBe(key);
  });

  it('makes no key of a short word nor of a word with letters of another script', () => {
    expect(greekKey('να')).toBeUndefined();
    expect(greekKey('ώρα')).toBe('ora');
    expect(greekKey('χαλλούμιй')).toBeUndefined();
    expect(greeklishKey('halloumi-pdo')).toBeUndefined();
  });

  it("glosses a Greek text with its words' keys and the mark of a keyed base, and an English text with none", () => {
    const glosses = greekKeys('Απογευματινή παραλαβή γάλακτος', () => false).split(' ');
    expect(glosses).toEqual([GREEK_KEYED, 'apogevmatin', 'paralav', 'galakt']);
    expect(greekKeys('Afternoon milk reception', () => false)).toBe('');
  });
});

describe('a question typed in Greeklish', () => {
  // A base whose terms are `written`, plus the mark of Greek keys when `keyed`.
  const baseOf = (written: string, keyed: boolean) => {
    const terms = new Set([...tokenize(written), ...(keyed ? tokenize(GREEK_KEYED) : [])]);
    const df = (t: string) => (terms.has(t) ? 2 : 0);
    return {
      index: { termStats: async (ts: string[]) => ({ chunks: 9, df: new Map(ts.map((t) => [t, df(t)])) }) },
      stats: { df, chunks: 9 },
    };
  };

  it('is read as the keys the base has, its words of asking in English and its small words left out', async () => {
    const { index, stats } = baseOf('apogevmatin paralav galakt Pachna', true);
    const read = await withGreeklishRead(
      index,
      'ti wra einai i apogevmatini paralavi galaktos stin Pachna?',
      stats,
    );
    expect(read).toBe('what time apogevmatin paralav galakt Pachna?');
  });

  it('reads "pio" as "more", not as a word of asking (review)', async () => {
    const { index, stats } = baseOf('fig nori paraskev', true);
    const read = await withGreeklishRead(index, 'mporw na figw pio noris tin paraskevi?', stats);
    expect(read).not.toContain('which');
  });

  it('is left as asked over a base without Greek, and an English question is left over a Greek one', async () => {
    const english = baseOf('apogevmatin paralav galakt', false);
    const asked = 'ti wra einai i apogevmatini paralavi galaktos?';
    expect(await withGreeklishRead(english.index, asked, english.stats)).toBe(asked);
    const greek = baseOf('apogevmatin paralav galakt mil refund card payment risk dairy start shift', true);
    // English that shares a word with Greeklish's ("POS", "poses", "Pia") is English (review).
    for (const question of [
      'When is the milk collection at the depot?',
      'How do I refund a card payment on the POS?',
      'Which chemical poses the greatest risk in the dairy?',
      'When does Pia Jensen start her shift?',
    ])
      expect(await withGreeklishRead(greek.index, question, greek.stats)).toBe(question);
  });
});
