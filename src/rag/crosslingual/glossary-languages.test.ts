import { describe, expect, it } from 'vitest';
import { foldedWords } from './glossary.js';
import { CA_FORMS, CA_FUNCTION_WORDS } from './glossary-ca.js';
import { GLOSSARY, NAMED_DAYS } from './glossary-data.js';
import { EL_FORMS, EL_FUNCTION_WORDS } from './glossary-el.js';
import { HR_FORMS, HR_FUNCTION_WORDS } from './glossary-hr.js';
import { LT_FORMS, LT_FUNCTION_WORDS } from './glossary-lt.js';
import { PL_FORMS, PL_FUNCTION_WORDS } from './glossary-pl.js';
import { RU_FORMS, RU_FUNCTION_WORDS } from './glossary-ru.js';
import { SK_FORMS, SK_FUNCTION_WORDS } from './glossary-sk.js';
import { SL_FORMS, SL_FUNCTION_WORDS } from './glossary-sl.js';
import { FUNCTION_WORDS, type GlossLanguage } from './language.js';

type Forms = Readonly<Record<string, readonly string[]>>;

// Each language's forms and function words, and the words (English, or another glossary language's with another
// meaning) a one-word form or a function word must never fold to.
const LANGUAGES: Array<{ name: string; forms: Forms; functionWords: string; lookalikes: string }> = [
  {
    name: 'Polish',
    forms: PL_FORMS,
    functionWords: PL_FUNCTION_WORDS,
    lookalikes:
      'to pay ten post bus plan data date minute lot spacer rower hotel metro lunch parking weekend student uniform ' +
      'bonus taxi slub paragon diet procedure kart helm place cena karta dieta termin brutto grafik rabat parter ' +
      'minimum gratis sylwester maja marca ferie teren trasa nie sie tak pit zus bhp i w z na do po ta sa ze a o',
  },
  {
    name: 'Croatian',
    forms: HR_FORMS,
    functionWords: HR_FUNCTION_WORDS,
    lookalikes:
      'to pay ten post bus plan sat sati dan dana dane place pause rad radio data datum dole more pose nose sole ' +
      'case cure bole put kat kata cas ton vera rate plate pole stope sprat kava tag mine ore ate vise prose hose ' +
      'lose note ticket prize stop sign bar let minute minimum period procedure incident seminar student hotel ' +
      'parking bonus garderobe satu kadar',
  },
  {
    name: 'Lithuanian',
    forms: LT_FORMS,
    functionWords: LT_FUNCTION_WORDS,
    lookalikes:
      'a an as at be bent bet bus can cent data date do dot for i in is it link me metro minute minutes more net ' +
      'no on or pay per plan post pries sis so stop sum tai tarp taxi ten to trauma us was we auto kava antra ' +
      'salmo liga pasas paso neto rida arti salia',
  },
  {
    name: 'Russian',
    forms: RU_FORMS,
    functionWords: RU_FUNCTION_WORDS,
    lookalikes:
      'to pay ten post bus plan data date minute norma norm stop karta plata cena sklad nalog stavka mart noch ' +
      'stol goda bolna kaska grafik dogovor valuta budni taxi metro bonus hotel lunch parking weekend student ' +
      'uniform premier prize smart vest rest',
  },
  {
    name: 'Greek',
    forms: EL_FORMS,
    functionWords: EL_FUNCTION_WORDS,
    lookalikes:
      'to pay ten post bus plan data date minute repo asthenia stoles aporia gamos pascha paragrafi minas mera ' +
      'meres foros fores dania trena forate orario karta taxi metro avans viza tarifa bonus hotel lunch parking ' +
      'weekend student uniform',
  },
  {
    name: 'Slovak and Czech',
    forms: SK_FORMS,
    functionWords: SK_FUNCTION_WORDS,
    lookalikes:
      'to pay ten post bus plan data date minute plat rok roka roku cas case cena cesta karta vlak metro auto ' +
      'sklad skladu rano dan dane dani denne ohne peso pesky termin navod nastup listopad april august september ' +
      'november december student seminar manual operator incident ale ako jako nebo bude budu potom musi preto',
  },
  {
    name: 'Slovene',
    forms: SL_FORMS,
    functionWords: SL_FUNCTION_WORDS,
    lookalikes:
      'to pay ten post bus plan data date minute minutes student receptor gratis april august september november ' +
      'december place placa casa cas dan datum let letu letom leti roka roke roki vloga vlogo pes kader kava cena ' +
      'karta vlak sole pot mesto gosta seja rana ugovor hoje cene incidenti malice periode centrale uniforme ' +
      'garderobe kilometer prosinca poslovodja je in za na v so da ni pa ali smo ste sem bom mora dela pri sta ' +
      'kaj nato oz jo bi ze',
  },
  {
    name: 'Catalan',
    forms: CA_FORMS,
    functionWords: CA_FUNCTION_WORDS,
    lookalikes:
      'to pay ten post bus plan data date minute torn nit any plus net cost costs import personal company cap caps ' +
      'hotel hotels taxi metro parking vehicle vehicles total final primer absent funeral supervisor director client ' +
      'clients porter notes manual circular gratis cafe cafes dinar fill fills infant infants vigilant eventual vacant ' +
      'interlocutor protocol augment conductor combustible exempt retard retards taxa divisa perdues pero per on sense ' +
      'fins pot hem dues molt i a o l d s n de en al la el les un una que ha han cada ni seu seus uns unes ' +
      'mentre altra altre nostra va dies',
  },
];

const keys = new Set(GLOSSARY.map((e) => e.en[0]));
// Folded as the glossary folds: lower case, accents dropped ("ł" and "đ" are letters of their own and stay).
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

describe.each(LANGUAGES)('the $name forms of the glossary', ({ forms, functionWords, lookalikes }) => {
  const entries = Object.entries(forms);
  const avoided = new Set(lookalikes.split(' '));

  it('cover most concepts, each by a concept of the glossary', () => {
    expect(entries.length).toBeGreaterThan(400);
    expect(entries.map(([key]) => key).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('are lower case, trimmed, with single spaces, and none is listed twice for one concept', () => {
    const bad = entries.flatMap(([key, list]) => [
      ...(list.length ? [] : [`${key}: no forms`]),
      ...list.filter((f) => !f || f !== f.toLowerCase().trim() || /\s{2}/.test(f)).map((f) => `${key}: ${f}`),
      ...(new Set(list).size === list.length ? [] : [`${key}: a form twice`]),
    ]);
    expect(bad).toEqual([]);
  });

  it('hold no one-word form that folds to a look-alike', () => {
    const clashes = entries.flatMap(([key, list]) =>
      list.filter((f) => !f.includes(' ') && avoided.has(fold(f))).map((f) => `${key}: ${f}`),
    );
    expect(clashes).toEqual([]);
  });

  it('have 20 to 45 distinct lower-case function words, none a look-alike', () => {
    const words = functionWords.split(' ');
    expect(words.length).toBeGreaterThanOrEqual(20);
    expect(words.length).toBeLessThanOrEqual(45);
    expect(new Set(words).size).toBe(words.length);
    expect(words.filter((w) => !/^\p{Ll}+$/u.test(w) || avoided.has(fold(w)))).toEqual([]);
  });
});

describe('what each language asks of its own letters and forms', () => {
  it('gives a Polish form with "ł" its ASCII spelling too, unless that spelling is another word', () => {
    // "płaca" is not spelled "placa" (Spanish), "hełm" not "helm", "hasła" not "hasla", "haseł" not "hasel".
    const otherWords = new Set(['placa', 'helm', 'hasla', 'hasel']);
    for (const [key, forms] of Object.entries(PL_FORMS))
      for (const form of forms.filter((f) => f.includes('ł'))) {
        const ascii = form.replaceAll('ł', 'l');
        if (!otherWords.has(ascii)) expect(forms, key).toContain(ascii);
      }
  });

  it('spells every Croatian form with "đ" with "dj" and with "d" too', () => {
    for (const [key, forms] of Object.entries(HR_FORMS))
      for (const form of forms.filter((f) => f.includes('đ'))) {
        expect(forms, key).toContain(form.replaceAll('đ', 'dj'));
        expect(forms, key).toContain(form.replaceAll('đ', 'd'));
      }
  });

  it('meets a Slovene form with "č", "š" or "ž" in its ASCII spelling, and lists no form twice once folded', () => {
    // Folding drops the caron: "nočna izmena" is "nocna izmena" as chat types it, "bolniška" "bolniska".
    for (const [key, forms] of Object.entries(SL_FORMS)) {
      const folded = forms.map((f) => foldedWords(f).join(' '));
      expect(
        folded.filter((f, i) => folded.indexOf(f) !== i),
        key,
      ).toEqual([]);
      for (const form of forms.filter((f) => /[čšž]/.test(f)))
        expect(foldedWords(form.replace(/č/g, 'c').replace(/š/g, 's').replace(/ž/g, 'z')), key).toEqual(
          foldedWords(form),
        );
    }
    expect(foldedWords('potni stroski nocna izmena')).toEqual(foldedWords('potni stroški nočna izmena'));
  });

  it('gives Slovene forms for the concepts Croatian gives forms for, and names the named days Croatian names', () => {
    expect(Object.keys(SL_FORMS).filter((key) => !HR_FORMS[key])).toEqual([]);
    expect(Object.keys(HR_FORMS).filter((key) => !SL_FORMS[key])).toEqual([]);
    expect(NAMED_DAYS.filter((e) => e.hr?.length && !e.sl?.length).map((e) => e.en[0])).toEqual([]);
    expect(NAMED_DAYS.find((e) => e.en[0] === 'national day')?.sl).toContain('dan državnosti');
    expect(NAMED_DAYS.find((e) => e.en[0] === "all saints' day")?.sl).toContain('dan spomina na mrtve');
  });

  it('keeps every loan word the other languages agree on: no one-word Slovene form gives it another meaning', () => {
    // glossary.ts reads a word kept in English text ("dopusta", "kantina") as a loan word only where every language
    // that has it shares an English word for it: a Slovene form with another meaning would drop it ("cene" is Italian
    // dinners, "hoje" Portuguese today, "roku" a Polish year). "staž" was Croatian's and a Polish internship before.
    const senses = (lang: string) => {
      const byWord = new Map<string, Set<string>>();
      for (const entry of GLOSSARY)
        for (const form of entry[lang as GlossLanguage] ?? []) {
          const [word, ...more] = foldedWords(form);
          if (word && !more.length)
            byWord.set(word, new Set([...(byWord.get(word) ?? []), ...entry.en.flatMap(foldedWords)]));
        }
      return byWord;
    };
    const slovene = senses('sl');
    const others = Object.keys(FUNCTION_WORDS)
      .filter((lang) => lang !== 'en' && lang !== 'sl')
      .map(senses);
    const agree = (all: Array<Set<string>>) => [...all[0]!].some((w) => all.every((s) => s.has(w)));
    const dropped = [...slovene].filter(([word, mine]) => {
      const theirs = others.flatMap((byWord) => byWord.get(word) ?? []);
      return theirs.length && agree(theirs) && !agree([...theirs, mine]);
    });
    expect(dropped.map(([word]) => word)).toEqual([]);
  });

  it('tells Slovene by words no other language of the glossary counts', () => {
    const others = new Set(
      Object.entries(FUNCTION_WORDS)
        .filter(([lang]) => lang !== 'sl')
        .flatMap(([, words]) => words.split(' ')),
    );
    expect(SL_FUNCTION_WORDS.split(' ').filter((w) => others.has(w))).toEqual([]);
  });

  it('lists no Lithuanian form twice once accents are folded, no one-word form under four letters, at most ten a concept', () => {
    const bad = Object.entries(LT_FORMS).flatMap(([key, forms]) => {
      const folded = forms.map((f) => foldedWords(f).join(' '));
      return [
        ...forms.filter((_, i) => folded.indexOf(folded[i]!) !== i).map((f) => `${key}: ${f} twice`),
        ...folded.filter((f) => !f.includes(' ') && f.length < 4).map((f) => `${key}: ${f} short`),
        ...(forms.length > 10 ? [`${key}: ${forms.length} forms`] : []),
      ];
    });
    expect(bad).toEqual([]);
  });
});
