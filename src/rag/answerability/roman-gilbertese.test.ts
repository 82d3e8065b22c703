// Where Gilbertese stands in roman-typed.ts's LANGUAGES: just BEFORE Samoan (after Tetum), so before Tongan, French,
// Spanish and Indonesian too, whose small words it shares ("iai", "te", "e", "i" with Samoan; "ko" with Tongan and
// Tagalog; "te" with French and Spanish; "ia" with Indonesian). None of the readers there takes any question below,
// and the Gilbertese reader takes none of the other readers' test questions (it counts only with two words only
// Gilbertese writes, one of its own words of asking beside one of its small words, or one of its own clauses beside
// one of its own words), so it costs them nothing where it stands. The questions below were made up for these tests,
// not taken from any data file.
import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import { readCatalanQuestion } from './catalan-question.js';
import { readFrenchQuestion } from './french-question.js';
import { readPortugueseQuestion } from './portuguese-question.js';
import { privatePersonAsked } from './private-request.js';
import { readAlbanian } from './roman-albanian.js';
import { readArabic } from './roman-arabic.js';
import { readRomanBengali } from './roman-bengali.js';
import { readBislama } from './roman-bislama.js';
import { readDhivehi } from './roman-dhivehi.js';
import {
  isGilberteseListed,
  readGilbertese,
  typedInGilbertese,
  withoutUnknownGilbertese,
} from './roman-gilbertese.js';
import { OWN } from './roman-gilbertese-words.js';
import { readRomanHindustani } from './roman-hindustani.js';
import { readIndonesian } from './roman-indonesian.js';
import { readKabuverdianu } from './roman-kabuverdianu.js';
import { readKreyol } from './roman-kreyol.js';
import { readKrio } from './roman-krio.js';
import { readKriol } from './roman-kriol.js';
import { readLuxembourgish } from './roman-luxembourgish.js';
import { readRomanNepali } from './roman-nepali.js';
import { readPijin } from './roman-pijin.js';
import { readSamoan } from './roman-samoan.js';
import { OWN as SAMOAN_OWN } from './roman-samoan-words.js';
import { readSerbian } from './roman-serbian.js';
import { readSeselwa } from './roman-seselwa.js';
import { readSesotho } from './roman-sesotho.js';
import { readSomali } from './roman-somali.js';
import { readSwati } from './roman-swati.js';
import { readTetum } from './roman-tetum.js';
import { readTongan } from './roman-tongan.js';
import { OWN as TONGAN_OWN } from './roman-tongan-words.js';
import { readRomanised } from './roman-typed.js';
import { readWolof } from './roman-wolof.js';
import { readRomanianQuestion } from './romanian-question.js';
import { readSpanishQuestion } from './spanish-question.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// The readers roman-typed.ts tries before Gilbertese's place (just before Samoan).
const BEFORE = [
  readCatalanQuestion,
  readKabuverdianu,
  readWolof,
  readSerbian,
  readPijin,
  readBislama,
  readKrio,
  readKriol,
  readSomali,
  readArabic,
  readTetum,
];

// Every other reader roman-typed.ts tries, in its order.
const OTHERS = [
  ...BEFORE,
  readSamoan,
  readTongan,
  readSesotho,
  readSwati,
  readLuxembourgish,
  readPortugueseQuestion,
  readRomanianQuestion,
  readSeselwa,
  readKreyol,
  readFrenchQuestion,
  readSpanishQuestion,
  readAlbanian,
  readDhivehi,
  readRomanBengali,
  readRomanNepali,
  readRomanHindustani,
  readIndonesian,
];

// roman-typed.ts's order with Gilbertese in its place, as the comment above puts it.
const readInOrder = (question: string) => {
  for (const read of BEFORE) if (read(question) !== question) return read(question);
  const read = readGilbertese(question);
  return read !== question ? read : readRomanised(question);
};

// Questions as staff of the fish plant and the boats type them in chat, each with its whole reading.
const READ: ReadonlyArray<readonly [string, string]> = [
  // when, what time
  ['Ningai te pay day?', 'when pay day?'],
  ['Ningai ae e na kabwakaaki overtime?', 'when paid overtime?'],
  ['ningai te bongin kabwaka?', 'when pay day?'],
  ['Ningai ae e na roko te waa?', 'when come boat?'],
  ['ningai ae e na okira te kaibuke?', 'when return ship?'],
  ['ningai ae a na kauka te canteen n Kaonobong?', 'when open canteen on Saturday?'],
  ['ningai ae I kona n okira te mwakuri imwin au motirawa?', 'when can I return work after my leave?'],
  ['Tera te aoa ae e kauka iai te office?', 'what time open office?'],
  ['Mauri, tera te aoa ae ti na kitana te mwakuri ningabong?', 'what time do we leave work tomorrow?'],
  // how many, how much
  ['Iraua te boong n au motirawa?', 'how many days my leave?'],
  ['Iraua te boong n te motirawa n aoraki?', 'how many days sick leave?'],
  ['iraua te boong n te motirawa ibukin te utu?', 'how many days family leave?'],
  ['Iraua te aoa ae ti mwakuri n te wiiki?', 'how many hours do we work per week?'],
  ['Iraua te mwane ae I na karekea n te overtime?', 'how much money do I get overtime?'],
  ['iraua te boong ae I kona n anaa n te ririki?', 'how many days can I take per year?'],
  ['Mauri, iraua te kabwaka n te aoa ibukin te overtime?', 'how much pay per hour for overtime?'],
  ['Iraua te aomata ae a mwakuri n te night shift?', 'how many people work night shift?'],
  // who, where, why, what
  ['Antai ae I riai n titiraki iai ibukin au motirawa?', 'who must I ask for my leave?'],
  ['antai ae e kona n anganai te advance?', 'who can give me advance?'],
  ['E mena ia te HR office?', 'where is HR office?'],
  ['Bukin tera ko aki kabwakaa au overtime?', 'why do you not pay my overtime?'],
  ['Tera te bwai ae I kainnanoa ibukin te motirawa?', 'what thing do I need for leave?'],
  // can, must, is there
  ['I kona n anaa au motirawa ningabong?', 'can I take my leave tomorrow?'],
  ['Ko kona n anga au kabwaka ningabong?', 'can you give my pay tomorrow?'],
  ['I riai n mwakuri n Tabati?', 'must I work on Sunday?'],
  ['Iai te bus nakon Betio ngkai?', 'is there bus to Betio now?'],
  ['iai te overtime n te wiiki aei ke akea?', 'is there overtime this week or not?'],
  ['Ko rabwa, ningai ae ti na karekea te bonus?', 'when do we get bonus?'],
];

// More questions, each with the English words its reading must hold, as a user would check them.
const HOLDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Aera e aki roko au kabwaka?', ['why', 'not', 'my pay']],
  ['E iai te mwakuri n Tabati?', ['is there', 'work', 'Sunday']],
  ['Tera te aoa ae e toki iai te mwakuri?', ['what time', 'end', 'work']],
  ['Natiu e aoraki, I kona n anaa te motirawa?', ['my child sick', 'can I take leave']],
  ['Tinau e mate, I kona n anaa te motirawa?', ['my mother died', 'can I take leave']],
  ['buu e aoraki, I kona n kitana te mwakuri n te tairiki?', ['spouse sick', 'can I leave work', 'night']],
  ['Tera te aoa ae e na kitana te kaibuke?', ['what time', 'leave', 'ship']],
  ['Iraua boona te amwarake n te canteen?', ['how much', 'food', 'canteen']],
  ['Antai au boss?', ['who', 'my boss']],
  ['Iroun antai ae I na kanakoa au medical certificate?', ['to whom', 'send', 'my medical certificate']],
  ['Kam na mauri, e kona n reke te advance n au kabwaka?', ['can get advance', 'my pay']],
  ['Iraua te ririki ae I riai n mwakuri ibukin te pension?', ['how many years', 'must I work', 'pension']],
  ['E kona buu n roko n te Christmas party?', ['can', 'spouse', 'come', 'Christmas party']],
  ['Akea au kabwaka n te wiiki aei, bukin tera?', ['none my pay this week', 'why']],
  ['I kona n ana au motirawa n te wiiki ae e na roko?', ['can I take my leave', 'next week']],
  ['ko kona n check au leave balance?', ['can you check', 'my leave balance']],
  ['tera te roster n te wiiki ae e na roko?', ['what', 'roster', 'next week']],
  ['I riai n mwakuri n te night shift n te wiiki aei?', ['must I work', 'night shift', 'this week']],
  ['ningai ae e na moanna te shift n te ingabong?', ['when', 'start', 'shift', 'in the morning']],
  ['tera te aoa ae e na roko te bus n te ingabong?', ['what time', 'bus', 'morning']],
  [
    'e riai n anaa te medical certificate nakon te office?',
    ['must take', 'medical certificate', 'to office'],
  ],
  ['tera ae I riai n karaoa ngkana I aoraki?', ['what must I do', 'if I sick']],
  ['ko kona n wetea au supervisor?', ['can you call', 'my supervisor']],
  ['I aki ataia au roster, antai ae I na titiraki iai?', ['I not know my roster', 'who do I ask']],
  ['iraua te ika ae ti riai n karekea n te boong?', ['how many fish', 'must we get', 'per day']],
  ['iai te bus nakon Bairiki n te tairiki?', ['is there', 'bus', 'to Bairiki', 'at night']],
  ['iraua te kabwaka ibukin te family leave?', ['how much', 'pay', 'family leave']],
  ['tera aran te tia mwakuri ae e mena n te office?', ['what', 'name', 'worker', 'office']],
];

// English (with Gilbertese names and greetings in it) and the neighbours' languages: none is Gilbertese.
const NOT_GILBERTESE = [
  // Portuguese "terá" typed without its accent, and Maori's "tērā" (that) (review).
  'a gente tera bonus?',
  'a fabrica tera turno extra?',
  'e a cantina tera jantar?',
  'tera te whare?',
  'ko tera te utu?',
  // English, and English with a name or a greeting that is a Gilbertese word too
  'when is pay day this month?',
  'how many days of sick leave do I get?',
  'can I take leave tomorrow?',
  'where is the HR office at the fish plant?',
  'is there a bus to Betio tomorrow?',
  "Where is Mauri's office?",
  'Can Tera Nova approve my leave?',
  'Is Antai Tebano on the boat today?',
  'did Iraua Kaiea get paid this week?',
  'ask Akea in HR about my overtime',
  'mauri, can I get my payslip?',
  'ko rabwa, when is the next shift?',
  // a word of asking that neighbours type too, or one alone, says too little
  'ia te fish plant?',
  'tera?',
  'kona ke?',
  // Samoan, Tongan, Maori and Tuvaluan, whose "te", "e", "iai" and "ko" Gilbertese types too
  'e fia aso malolo ou te maua?',
  'o afea e totogi ai le totogi?',
  'e iai se pasi i le taeao?',
  "fiha 'aho malolo 'oku ou ma'u?",
  'kei hea te tari?',
  'he aha te utu mo te mahi?',
  'ko tera te tari',
  'e fia ni aso malologa i te masina tenei?',
  // Bislama, Pijin, Tagalog and Indonesian
  'wanem taem bae oli pem mane?',
  'haomas dei lif iu garem?',
  'ilang araw ang sick leave ko?',
  'kapan gajian bulan ini?',
  'berapa hari cuti sakit?',
  // Spanish, Portuguese, French and Haitian
  'cuando te pagan el sueldo?',
  'te pagan la hora extra el domingo?',
  'o pagamento terá atraso este mês?',
  'quand est-ce que je reçois mon salaire ?',
  'konbyen jou konje mwen genyen?',
];

describe('a question typed in Gilbertese chat', () => {
  it('is read as the English it asks: the word of asking first, grammar left out, everyday words in English', () => {
    for (const [question, english] of READ) {
      expect(typedInGilbertese(question), question).toBe(true);
      expect(readGilbertese(question)).toBe(english);
    }
  });

  it('holds the English words each question asks of', () => {
    for (const [question, words] of HOLDS) {
      expect(typedInGilbertese(question), question).toBe(true);
      const read = readGilbertese(question);
      for (const word of words) expect(read, question).toContain(word);
    }
  });

  it('reads "iraua" of what is counted as how many, else how much', () => {
    expect(readGilbertese('iraua te boong n au motirawa?')).toMatch(/^how many days/);
    expect(readGilbertese('iraua te shifts n te wiiki aei?')).toMatch(/^how many shifts/);
    expect(readGilbertese('iraua au kabwaka n te wiiki?')).toBe('how much my pay per week?');
  });

  it('reads "i", "ko" and "ti" before a verb as who does it, and "i" elsewhere as "at"', () => {
    expect(readGilbertese('ti na karekea te bonus n te namwakaina aei?')).toBe('do we get bonus this month?');
    expect(readGilbertese('iai te bus i Betio n te tairiki?')).toBe('is there bus at Betio at night?');
  });

  it('keeps English\'s "I" before an English word, and "I am" as it is (review)', () => {
    expect(readGilbertese('ningai te pay day? i am sick')).toBe("when pay day? I'm sick");
    expect(readGilbertese('ningai te kabwaka? i get paid on sunday?')).toBe(
      'when pay? do I get paid on sunday?',
    );
    expect(readGilbertese('iraua te boong i Betio?')).toBe('how many days at Betio?');
  });

  it('reads it typed in capitals, in the older spelling with "b\'" and "m\'", and after a greeting', () => {
    expect(readGilbertese('NINGAI TE PAY DAY?')).toBe('when pay day?');
    expect(readGilbertese("kab'aka ningai?")).toBe('when pay?');
    expect(readGilbertese("iraua te m'ane n te aoa?")).toBe('how much money per hour?');
    expect(readGilbertese('Kam na bane ni mauri, ningai te pay day?')).toBe('when pay day?');
    expect(readGilbertese('ningai te pay day, ko rabwa?')).toBe('when pay day?');
  });

  it("reads a thing followed by a person's name as that person's, so a private request is seen", () => {
    const read = readGilbertese('kabwakan Nei Teresia iraua?');
    expect(read).toBe('how much pay of Nei Teresia?');
    expect(privatePersonAsked(read)).toBe('Nei Teresia');
  });

  it('leaves English and the neighbours’ languages as they are', () => {
    for (const question of NOT_GILBERTESE) {
      expect(typedInGilbertese(question), question).toBe(false);
      expect(readGilbertese(question)).toBe(question);
    }
  });

  it('is read by no other reader, so its place in the order costs them nothing', () => {
    for (const [question] of [...READ, ...HOLDS])
      for (const read of OTHERS) expect(read(question), question).toBe(question);
  });

  it("is read so in its place in roman-typed.ts's order, just before Samoan", () => {
    for (const [question] of [...READ, ...HOLDS])
      expect(readInOrder(question)).toBe(readGilbertese(question));
  });

  it("keeps its own words apart from Samoan's and Tongan's, and lists them as no names", () => {
    for (const word of OWN) {
      expect(SAMOAN_OWN.has(word), word).toBe(false);
      expect(TONGAN_OWN.has(word), word).toBe(false);
    }
    // "tera" is a name to the dictionary: a lower-case question must keep it as the word of asking it is.
    for (const word of ['tera', 'ningai', 'iraua', 'aran', 'motirawa', 'bwai'])
      expect(isGilberteseListed(word)).toBe(true);
    for (const word of ['fia', 'fiha', 'berapa', 'wanem']) expect(isGilberteseListed(word)).toBe(false);
    expect(typedInGilbertese('tera aran te tia mwakuri ae e mena n te office?')).toBe(true);
  });

  it('drops the forms of Gilbertese verbs neither English nor the knowledge base knows, never a name', () => {
    const written = 'Antai ae e na kanakoaki au reta?';
    const read = readGilbertese(written);
    expect(read).toBe('who kanakoaki my letter?');
    expect(withoutUnknownGilbertese(read, written, noWords)).toBe('who my letter?');
    const known = { df: () => 1, chunks: 1 } as never;
    expect(withoutUnknownGilbertese(read, written, known)).toBe(read);
  });

  // Many runs of long inputs, timed side by side: a loaded machine may take a while, so the test waits longer.
  it('reads a long question in time that grows with its length', () => {
    const timed = (question: string) => {
      const started = performance.now();
      typedInGilbertese(question);
      readGilbertese(question);
      return performance.now() - started;
    };
    // Runs that a pattern or a look ahead over the words could make quadratic: spaces, commas, one long word, the
    // old spelling's apostrophes, pronouns before pronouns, "iai" after verbs, a modal after commas, names in
    // capitals and times that come.
    // Each run grown fourfold takes about four times as long, not sixteen (a ratio of two sizes side by side, so a
    // loaded machine slows both alike).
    for (const make of [
      (k: number) => `ningai te kabwaka${' '.repeat((50_000 / 4) * k)}?`,
      (k: number) => `ningai te kabwaka ${', '.repeat((25_000 / 4) * k)}ko rabwa?`,
      (k: number) => `iraua ${'k'.repeat((50_000 / 4) * k)} boong`,
      (k: number) => `ningai te ${"kab'a".repeat((10_000 / 4) * k)}`,
      (k: number) => `iraua te boong ${'i ko ti '.repeat((7_000 / 4) * k)}`,
      (k: number) => `tera te aoa ${'kauka iai '.repeat((5_000 / 4) * k)}`,
      (k: number) => `natiu e aoraki${', I kona n anaa'.repeat((3_500 / 4) * k)}?`,
      (k: number) => `iraua te boong ${'Nei Teresia Tabati '.repeat((2_700 / 4) * k)}`,
      (k: number) => `ningai ${'te wiiki ae e na roko '.repeat((2_300 / 4) * k)}`,
    ]) {
      expect(make(4).length).toBeGreaterThanOrEqual(50_000);
      expect(
        growthOf((k) => {
          const q = make(k);
          typedInGilbertese(q);
          readGilbertese(q);
        }, 1),
      ).toBeLessThan(9);
    }
    // Questions one after another: four times as many take about four times as long, not sixteen.
    const question = 'Iraua te boong n au motirawa? I kona n anaa au motirawa ningabong? ';
    expect(growthOf((n) => timed(question.repeat(n)), 300)).toBeLessThan(9);
  }, 60_000);
});
