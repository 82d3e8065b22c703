import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './glossary-data.js';
import { PL_FORMS, PL_FUNCTION_WORDS } from './glossary-pl.js';

// English words (and a few other languages' words) a Polish form could be mistaken for: none may be a form.
const WORRIES = new Set(
  [
    'to pay ten post bus plan data date minute lot spacer rower hotel metro lunch parking weekend',
    'student uniform bonus taxi slub paragon diet procedure kart helm place cena karta dieta termin',
    'brutto grafik rabat parter minimum gratis sylwester maja marca ferie teren trasa nie sie tak pit',
    'zus bhp',
  ]
    .join(' ')
    .split(' '),
);

// Folded as the glossary folds: lower case, accents dropped ("ł" is a letter of its own and stays).
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

describe('the Polish glossary forms', () => {
  const entries = Object.entries(PL_FORMS);

  it('covers most concepts, each by a key the glossary has', () => {
    const keys = new Set(GLOSSARY.map((e) => e.en[0]));
    expect(entries.length).toBeGreaterThan(400);
    for (const [key] of entries) expect(keys, key).toContain(key);
  });

  it('lists forms lower case and trimmed, none twice for one concept', () => {
    for (const [key, forms] of entries) {
      expect(forms.length, key).toBeGreaterThan(0);
      expect(new Set(forms).size, key).toBe(forms.length);
      for (const form of forms) {
        expect(form, key).toBe(form.toLowerCase());
        expect(form, key).toBe(form.trim());
        expect(form, key).not.toMatch(/\s{2}/);
      }
    }
  });

  it('lists no single word that is an English word or a word another language means otherwise', () => {
    for (const [key, forms] of entries)
      for (const form of forms)
        if (!form.includes(' ')) expect(WORRIES.has(fold(form)), `${key}: ${form}`).toBe(false);
  });

  it('gives a form with "ł" its ASCII spelling too, unless that spelling is another word', () => {
    // "płaca" is not spelled "placa" (Spanish), "hełm" not "helm", "hasła" not "hasla", "haseł" not "hasel".
    const otherWords = new Set(['placa', 'helm', 'hasla', 'hasel']);
    for (const [key, forms] of entries)
      for (const form of forms.filter((f) => f.includes('ł'))) {
        const ascii = form.replaceAll('ł', 'l');
        if (!otherWords.has(ascii)) expect(forms, key).toContain(ascii);
      }
  });

  it('has 20 to 35 function words, none listed twice and none an English or other glossary word', () => {
    const words = PL_FUNCTION_WORDS.split(' ');
    expect(words.length).toBeGreaterThanOrEqual(20);
    expect(words.length).toBeLessThanOrEqual(35);
    expect(new Set(words).size).toBe(words.length);
    const others = [
      'i',
      'w',
      'z',
      'na',
      'do',
      'po',
      'to',
      'ta',
      'ten',
      'tak',
      'nie',
      'sie',
      'ze',
      'sa',
      'a',
      'o',
    ];
    for (const w of words) expect(others, w).not.toContain(fold(w));
  });
});
