import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './glossary-data.js';
import { HR_FORMS, HR_FUNCTION_WORDS } from './glossary-hr.js';

// English words a Croatian form could be mistaken for once accents are folded.
// biome-ignore format: a short list of words reads best on a few lines
const ENGLISH = [
  'to', 'pay', 'ten', 'post', 'bus', 'plan', 'sat', 'sati', 'dan', 'dana', 'dane', 'place', 'pause', 'rad', 'radio',
  'data', 'datum', 'dole', 'more', 'pose', 'nose', 'sole', 'case', 'cure', 'bole', 'put', 'kat', 'kata', 'cas', 'ton',
  'vera', 'rate', 'plate', 'pole', 'stope', 'sprat', 'kava', 'tag', 'mine', 'ore', 'ate', 'vise', 'prose', 'hose',
  'lose', 'note', 'ticket', 'prize', 'stop', 'sign', 'bar', 'let', 'minute', 'minimum', 'period', 'procedure',
  'incident', 'seminar', 'student', 'hotel', 'parking', 'bonus', 'garderobe',
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

describe('Croatian glossary forms', () => {
  const keys = new Set(GLOSSARY.map((e) => e.en[0]));
  const entries = Object.entries(HR_FORMS);

  it('names only concepts of the glossary', () => {
    expect(entries.map(([key]) => key).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('lists forms lower case and trimmed, each once a concept', () => {
    for (const [key, forms] of entries) {
      expect(forms.length, key).toBeGreaterThan(0);
      for (const form of forms) {
        expect(form, key).toBe(form.toLowerCase().trim());
        expect(form, key).not.toMatch(/\s{2}/);
      }
      expect(new Set(forms).size, key).toBe(forms.length);
    }
  });

  it('lists no single-word form that is an English word', () => {
    const english = new Set(ENGLISH);
    const clashes = entries.flatMap(([key, forms]) =>
      forms.filter((f) => !f.includes(' ') && english.has(fold(f))).map((f) => `${key}: ${f}`),
    );
    expect(clashes).toEqual([]);
  });

  it('spells every form with "đ" in ASCII too', () => {
    for (const [key, forms] of entries)
      for (const form of forms.filter((f) => f.includes('đ'))) {
        expect(forms, key).toContain(form.replaceAll('đ', 'dj'));
        expect(forms, key).toContain(form.replaceAll('đ', 'd'));
      }
  });

  it('has 20 to 35 distinct, lower-case function words none of which is an English word', () => {
    const words = HR_FUNCTION_WORDS.split(' ');
    expect(words.length).toBeGreaterThanOrEqual(20);
    expect(words.length).toBeLessThanOrEqual(35);
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) expect(word).toBe(word.toLowerCase().trim());
    expect(words.filter((w) => ENGLISH.includes(fold(w)))).toEqual([]);
  });
});
