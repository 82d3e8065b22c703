import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import { bcsStem } from './bcs-stem.js';
import { withGlosses } from './glosses.js';
import { inOwnStems, questionLanguage } from './own-question.js';
import { ownStems } from './own-stems.js';

describe('ownStems', () => {
  it("adds a Dutch page's words as their Dutch stems, once each", () => {
    const stems = ownStems('Bij de geboorte krijgt u 8 werkdagen vrij; de werkdagen worden', ['nl']).split(
      ' ',
    );
    expect(stems).toContain('werkdag');
    expect(stems).toContain('geboort');
    expect(stems.filter((s) => s === 'werkdag')).toHaveLength(1);
  });

  it('reads Cyrillic words as Russian even where the function words told no language (a table row)', () => {
    expect(ownStems('Смена: 2 · Автобус: 05.45', []).split(' ')).toContain('смен');
  });

  it('adds nothing for an English text', () => {
    expect(ownStems('Employees get eight working days of leave', [])).toBe('');
  });
});

describe('questionLanguage', () => {
  it.each([
    ['hoeveel procent pensioenpremie wordt ingehouden op mijn loon', 'nl'],
    ['mijn pikin is gisteren geboren, hoeveel dagen vrij krijg ik', 'nl'],
    ['krijgen we korting bij een sportschool in nickerie', 'nl'],
    ['во сколько автобус на первую смену', 'ru'],
    ['combien de jours de permission pour le bapteme de mon enfant', 'fr'],
    // Danish, Norwegian and Swedish tie on their shared small words: the words each writes alone tell them, and
    // a question with none is read as Danish.
    ['hvor meget er depositum for en skabsnøgle i Ilulissat?', 'da'],
    ['hvad koster frokost i kantinen, og hvor meget er kaffen?', 'da'],
    ['Hvor mye er det for en skapnøkkel?', 'no'],
    ['hva koster lunsj i kantina, og hvor mye er kaffen?', 'no'],
    ['Hur många semesterdagar får jag?', 'sv'],
    // Swedish writes "efter", "mig" and "kan" too: its own letters and words tell it (review).
    ['Kan man få semesterdagarna utbetalda efter uppsägning?', 'sv'],
    ['Måste man ha skyddsskor i lagret?', 'sv'],
  ])('tells %j is asked in %s', (question, lang) => {
    expect(questionLanguage(question)).toBe(lang);
  });

  it.each([
    'phone allowance for ploegleiders, how much a month?',
    'how many free demurrage days do we get at cotonou port',
    'is the prime paid in de winter?',
    'AI on Mon?',
    'EST on Mon?',
    'what is the wifi code for the kantine?',
  ])('leaves %j as English', (question) => {
    expect(questionLanguage(question)).toBeUndefined();
  });
});

describe('inOwnStems', () => {
  it("drops a Dutch question's small words and stems the rest, English words kept", () => {
    const read = inOwnStems('hoeveel werkdagen krijg ik vrij bij de geboorte, is er een form');
    expect(read.split(/\s+/).filter(Boolean)).toEqual(['werkdag', 'vrij', 'geboort,', 'form']);
  });

  it('meets another form of a Russian word on a page through the stems both get', () => {
    const asked = new Set(tokenize(inOwnStems('как принимать смолу, по шагам')));
    const page = new Set(tokenize(withGlosses('Приём смолы из автоцистерны. Шаги: заземлите автоцистерну.')));
    expect(asked.has('шаг') && page.has('шаг')).toBe(true);
    expect(asked.has('смол') && page.has('смол')).toBe(true);
    expect(asked.has('как')).toBe(false);
  });

  it("drops a Bosnian question's small words and cuts its words' case endings", () => {
    const words = (q: string) =>
      inOwnStems(q)
        .split(/[\s?,]+/)
        .filter(Boolean);
    expect(questionLanguage('koliko se odbija za obrok u kantini u Bosanskoj Krupi?')).toBe('hr');
    expect(words('koliko se odbija za obrok u kantini u Bosanskoj Krupi?')).toEqual([
      'odbij',
      'obrok',
      'kantin',
      'bosansk',
      'krup',
    ]);
    expect(['Bosanska', 'Krupa', 'kantina', 'dnevnicu', 'dnevnica'].map((w) => bcsStem(w))).toEqual([
      'bosansk',
      'krup',
      'kantin',
      'dnevnic',
      'dnevnic',
    ]);
  });

  it("drops a Greek question's words of asking, typed with accents or without, Cypriot's too", () => {
    const words = (q: string) =>
      inOwnStems(q)
        .split(/[\s;]+/)
        .filter(Boolean);
    expect(questionLanguage('ποση ωρα κολατσιο εχουμε στο Δαλι;')).toBe('el');
    expect(words('ποση ωρα κολατσιο εχουμε στο Δαλι;')).toEqual(['ωρα', 'κολατσι', 'δαλ']);
    expect(words('Ίντα ποσοστό γάλα πρέπει να έσιει το χαλλούμι;')).toEqual(['ποσοστ', 'γαλ', 'χαλλουμ']);
  });

  it("drops a Danish question's words of asking and small words", () => {
    const read = inOwnStems('hvornår kommer feriepengene? hvor meget får jeg?');
    expect(read.split(/[\s?]+/).filter(Boolean)).toEqual(['kom', 'feriepeng', 'får']);
  });

  it('leaves an English question as it is', () => {
    const question = 'How many working days of leave do I get?';
    expect(inOwnStems(question)).toBe(question);
  });
});
