// Where Shikomori (Comorian) stands in roman-typed.ts's LANGUAGES: just BEFORE Seychelles Kreol (after Romanian), so
// before French and Spanish. The staff type French's small words and work words among Comorian ones ("la", "les",
// "pour", "est-ce que", "congé", "heures sup"), and French's reader takes some of those questions and leaves the
// Comorian as typed ("la distillerie ngudjofunga lini pour l'Aïd?" as "distillerie ngudjofunga lini Aïd?"), Spanish's
// others by "la" and "de". No reader before that place takes any question below, and the Comorian reader takes none
// of the other readers' test questions, so its place costs them nothing. Its words Swahili writes alike ("lini",
// "mwezi", "mshahara", "wangu", "ya", "na") no reader has, and they are no sign of Comorian on their own. The
// questions below were made up for these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import { readCatalanQuestion } from './catalan-question.js';
import { readFrenchQuestion } from './french-question.js';
import { readPortugueseQuestion } from './portuguese-question.js';
import { privatePersonAsked } from './private-request.js';
import { readArabic } from './roman-arabic.js';
import { readBislama } from './roman-bislama.js';
import { readKabuverdianu } from './roman-kabuverdianu.js';
import { readKrio } from './roman-krio.js';
import { readKriol } from './roman-kriol.js';
import { readLuxembourgish } from './roman-luxembourgish.js';
import { readPijin } from './roman-pijin.js';
import { readSamoan } from './roman-samoan.js';
import { readSerbian } from './roman-serbian.js';
import { readSesotho } from './roman-sesotho.js';
import {
  isShikomoriListed,
  readShikomori,
  typedInShikomori,
  withoutUnknownShikomori,
} from './roman-shikomori.js';
import { readSomali } from './roman-somali.js';
import { readSwati } from './roman-swati.js';
import { readTetum } from './roman-tetum.js';
import { readTongan } from './roman-tongan.js';
import { readRomanised } from './roman-typed.js';
import { readWolof } from './roman-wolof.js';
import { readRomanianQuestion } from './romanian-question.js';
import { readSpanishQuestion } from './spanish-question.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// The readers roman-typed.ts tries before Shikomori's place (just before Seychelles Kreol).
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
  readSamoan,
  readTongan,
  readSesotho,
  readSwati,
  readLuxembourgish,
  readPortugueseQuestion,
  readRomanianQuestion,
];

// roman-typed.ts's order with Shikomori in its place, as the comment above puts it.
const readInOrder = (question: string) => {
  for (const read of BEFORE) if (read(question) !== question) return read(question);
  const read = readShikomori(question);
  return read !== question ? read : readRomanised(question);
};

// Questions as staff type them in chat, each with its whole reading.
const READ: ReadonlyArray<readonly [string, string]> = [
  ['congé suku ngapvi?', 'how many days leave?'],
  ['mshahara wangu ngudjolipvwa lini?', 'when will my salary be paid?'],
  ['afa ngaridjofanya hazi suku ya Idi?', 'will we work Eid day?'],
  ['distillerie ngudjofungua lera ntrini?', 'what time will distillery open?'],
  ['mimi ngamdjorenga congé lini?', 'when will I take leave?'],
  ['fiche de paie yangu hapvi?', 'where my payslip?'],
  ['twabibu hapvi?', 'where doctor?'],
  ['mbani ngudjopva ruhusa?', 'who will give permission?'],
  ['ngaridjolipvwa lini mwezi unu?', 'when will we be paid this month?'],
  ['overtime ngudjolipvwa lini?', 'when will overtime be paid?'],
  ['mana ntrini bureau ngudjofunga lewo?', 'why will office close today?'],
  ['namna trini ngamdjorenga avance?', 'how will I take advance?'],
  ['mshe wangu ngudjodja dago lini?', 'when will my wife come home?'],
  ['lera ntrini ngarilawo hazi?', 'what time do we leave work?'],
  ['mshahara ngudjolipvwa suku trini?', 'which day will salary be paid?'],
  ['afa ngamdjorenga congé mwezi unu?', 'will I take leave this month?'],
];

// More questions, some mixed with French or English, each with the English words its reading must hold.
const HOLDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['bureau ya patron hapvi?', ['where', 'office', 'boss']],
  ['vedette ya Anjouan ngudjolawa lera ntrini?', ['what time will', 'boat', 'Anjouan', 'leave']],
  ['afa ngaridjolipvwa heures sup suku ya Idi?', ['will we be paid', 'overtime', 'Eid day']],
  ['congé yangu ya mwaha unu suku ngapvi?', ['how many days', 'my leave', 'this year']],
  ['salaire ya mwezi unu lini?', ['when', 'salary', 'this month']],
  ['wandru ngapvi zamu ya usiku?', ['how many people', 'night shift']],
  ['mshahara wa mwezi unu ngapvi?', ['how much', 'salary', 'this month']],
  ['ngamdjopvwa prime lini?', ['when will I be given', 'bonus']],
  ['mbani ngudjohira twabibu?', ['who will call', 'doctor']],
  ['cantine hapvi?', ['where', 'canteen']],
  ['madji hapvi?', ['where', 'water']],
  ['gari ya hazi ngudjolawa lera ntrini?', ['what time will', 'car', 'work', 'leave']],
  ['djahazi ya Mohéli lini?', ['when', 'boat', 'Mohéli']],
  ['kisaje prime ya Idi?', ['how much', 'bonus', 'Eid']],
  ['jeje ngamdjopvwa fiche de paie?', ['how will I be given', 'payslip']],
  ['patron wangu mbani?', ['who', 'my boss']],
  ['payslip yangu hapvi?', ['where', 'my payslip']],
  ['leave yangu suku ngapvi left?', ['how many days', 'my leave', 'left']],
  ['zamu yangu wiki unu ntrini?', ['what', 'my shift', 'this week']],
  ['taxi ya hazi ngudjodja lera ntrini?', ['what time will', 'taxi', 'come']],
  ['prime ya Maoulida ngapvi?', ['how much', 'bonus', 'Mawlid']],
  ['usine ngudjofunga lini Idi?', ['when will', 'factory', 'close', 'Eid']],
  ['soukou ngapvi za congé ya Maoulida?', ['how many days', 'leave', 'Mawlid']],
  ['riali ngapvi ya avance?', ['how much money', 'advance']],
  ['wana ngapvi wa Ahmed?', ['how many children', 'Ahmed']],
  ['hazi ya cueillette ngudjoregeya lini?', ['when will', 'work', 'picking', 'return']],
  ['suku ngapvi za congé ya ndola?', ['how many days', 'leave', 'marriage']],
  ['maua ya ylang ngwadjorenga lini?', ['when', 'flowers', 'ylang', 'will they take']],
  ['prime ya mwaha unu kisaje?', ['how much', 'bonus', 'this year']],
  ['mdru wa transport mbani?', ['who', 'person', 'transport']],
  ['twabibu wa usine ngudjodja lini?', ['when will', 'doctor', 'factory', 'come']],
  ['afa ngaridjopvwa prime ya Idi?', ['will we be given', 'bonus', 'Eid']],
  ['ruhusa ya msiba suku ngapvi?', ['how many days', 'permission', 'funeral']],
  ['dawa ya uwade hapvi?', ['where', 'medicine', 'illness']],
  ['congé maternité suku ngapvi?', ['how many days', 'maternity leave']],
  ['riali ngapvi za heures sup?', ['how much money', 'overtime']],
  ['ndzia ya usine hapvi?', ['where', 'road', 'factory']],
  // French's small words among the Comorian ones
  ["la distillerie ngudjofunga lini pour l'Aïd?", ['when will distillery close for Eid']],
  ['est-ce que la prime ya Maoulida ngudjolipvwa lini ?', ['when will bonus of Mawlid be paid']],
  ['le patron ngudjodja lera ntrini au bureau?', ['what time will boss come at office']],
  ['inshallah mshahara ngudjolipvwa lini?', ['when will salary be paid']],
];

// A sentence that tells before the question asks, read as two sentences.
const TOLD: ReadonlyArray<readonly [string, string]> = [
  ['mshe wangu mwade, ngamdjorenga congé suku ngapvi?', 'my wife sick. how many days will I take leave?'],
  ['mwana wangu mwade, congé maladie suku ngapvi?', 'my child sick. how many days sick leave?'],
  [
    'msiba wa baba wangu, ngamdjorenga congé suku ngapvi?',
    'funeral of my father. how many days will I take leave?',
  ],
  ['anda yangu mwaha unu, afa ngamdjopvwa congé?', 'my grand marriage this year. will I be given leave?'],
  ['ndola ya mwana wangu, suku ngapvi za congé?', 'marriage of my child. how many days of leave?'],
];

// English, with names that look like Comorian words, and the neighbours' languages: none is Comorian.
const NOT_SHIKOMORI = [
  // Swahili's habitual verbs, which Comorian writes as infinitives (review).
  'benki hufunga lini?',
  'duka hufunga lini?',
  'shule hufungua lini?',
  // English, and English with a name Comorian writes as a word ("Lera", "Suku", "Dago", "Mwaha", "Mbani")
  'how many days of annual leave do I get?',
  'when is payday this month?',
  'where is the distillery office?',
  "is Lera's payslip ready?",
  'when does Suku start her night shift?',
  'Dago Ali asked when is payday?',
  "who is Mwaha's manager?",
  'can Mbani take leave on Friday?',
  'where is the wiki page for leave?',
  'mama, when is the wedding?',
  // French
  "combien de jours de congé j'ai ?",
  'quand est-ce que je reçois mon salaire ?',
  'où est le bureau du patron ?',
  "est-ce que la distillerie est fermée pour l'Aïd ?",
  // Swahili, whose "lini", "mshahara", "mwezi" and "wangu" Comorian writes alike
  'mshahara wangu utalipwa lini?',
  'nitapata likizo siku ngapi?',
  'ofisi iko wapi?',
  'kazi inaanza saa ngapi kesho?',
  'mwezi huu tutalipwa lini?',
  'mshahara lini?',
  // Malagasy
  'firy andro ny congé?',
  'oviana no handray karama aho?',
  'aiza ny birao?',
  // Arabic chat, Indonesian, Spanish with its "jeje"
  'emta el ratib?',
  'kam yom ijaza sanawiya?',
  'kapan gajian bulan ini?',
  'berapa hari cuti tahunan?',
  'cuanto pagan la hora extra? jeje',
  // Seychelles, Mauritian and Haitian Creole, and Samoan
  'konbyen zour konze mon ganny?',
  'kan nou gagn lapay sa mwa la?',
  'ki lè pou m vini travay demen?',
  'o le a le taimi e tatala ai le ofisa?',
];

describe('a question typed in Shikomori (Comorian) in Latin letters', () => {
  it('reads no Comorian verb in French\'s "oulala" (review)', () => {
    expect(readShikomori('oulala, congé suku ngapvi?')).not.toMatch(/sleep/);
  });

  it('is read as the English it asks: the word of asking first, "will" after it, whose a thing is before it', () => {
    for (const [question, english] of READ) {
      expect(typedInShikomori(question), question).toBe(true);
      expect(readShikomori(question)).toBe(english);
    }
  });

  it('holds the English words each question asks of, French and English words among the Comorian read too', () => {
    for (const [question, words] of HOLDS) {
      expect(typedInShikomori(question), question).toBe(true);
      const read = readShikomori(question);
      for (const word of words) expect(read, question).toContain(word);
    }
  });

  it('says what a sentence tells before it asks', () => {
    for (const [question, english] of TOLD) expect(readShikomori(question)).toBe(english);
  });

  it('reads a verb typed as one word as its mark of who and when and its stem', () => {
    expect(readShikomori('ngaridjolipvwa lini?')).toBe('when will we be paid?');
    expect(readShikomori('ngaridjo lipvwa lini?')).toBe('when will we be paid?');
    expect(readShikomori('mshahara ngudjolipvwa lini?')).toBe('when will salary be paid?');
    // French's "ou" for Comorian's "u", as many type it.
    expect(readShikomori('usine ngoudjofungua lera ntrini?')).toBe('what time will factory open?');
  });

  it('reads "ngapvi" beside what is counted as how many, else how much', () => {
    expect(readShikomori('suku ngapvi za congé?')).toMatch(/^how many days/);
    expect(readShikomori('wandru ngapvi?')).toMatch(/^how many people/);
    expect(readShikomori('prime ngapvi?')).toBe('how much bonus?');
  });

  it('reads it typed in capitals, with its first word capitalised, or after a greeting', () => {
    expect(readShikomori('CONGÉ SUKU NGAPVI?')).toBe('how many days leave?');
    expect(readShikomori('Congé suku ngapvi?')).toBe('how many days leave?');
    expect(readShikomori('Kwezi, mshahara wangu ngudjolipvwa lini?')).toBe('when will my salary be paid?');
  });

  it("reads a thing followed by a person's name as that person's, so a private request is seen", () => {
    const read = readShikomori('mshahara wa Mzé Ali ngapvi?');
    expect(read).toBe('how much salary of Mzé Ali?');
    expect(privatePersonAsked(read)).toBe('Mzé Ali');
  });

  it('leaves English, French, Swahili, Malagasy, Arabic, Indonesian, Spanish and the creoles as they are', () => {
    for (const question of NOT_SHIKOMORI) {
      expect(typedInShikomori(question), question).toBe(false);
      expect(readShikomori(question)).toBe(question);
    }
  });

  it("is read so in its place in roman-typed.ts's order, before French and Spanish, which read it badly", () => {
    for (const [question] of [...READ, ...HOLDS, ...TOLD]) {
      expect(readInOrder(question), question).toBe(readShikomori(question));
    }
    const asked = "la distillerie ngudjofunga lini pour l'Aïd?";
    expect(readFrenchQuestion(asked)).not.toBe(asked);
    expect(readFrenchQuestion(asked)).not.toBe(readShikomori(asked));
    const mixed = 'est-ce que la prime ya Maoulida ngudjolipvwa lini ?';
    expect(readSpanishQuestion(mixed)).not.toBe(readShikomori(mixed));
  });

  it("lists its own words, and not Swahili's or Malagasy's", () => {
    for (const word of ['hapvi', 'ngapvi', 'suku', 'hazi', 'lini', 'congé', 'ngudjo'])
      expect(isShikomoriListed(word), word).toBe(true);
    for (const word of ['wapi', 'kazi', 'siku', 'aiza', 'karama'])
      expect(isShikomoriListed(word), word).toBe(false);
    // Typed without capitals beside a name, its words are still its own, which capitals.ts can keep as typed.
    expect(typedInShikomori('bureau ya salim hapvi?')).toBe(true);
  });

  it('drops the forms of Comorian verbs neither English nor the knowledge base knows, never a name', () => {
    const written = 'hazi ya usiku regeyo lini?';
    const read = readShikomori(written);
    expect(read).toBe('when work of night regeyo?');
    expect(withoutUnknownShikomori(read, written, noWords)).toBe('when work of night?');
    const known = { df: () => 1, chunks: 1 } as never;
    expect(withoutUnknownShikomori(read, written, known)).toBe(read);
  });

  // Many runs of long inputs, timed side by side: a loaded machine may take a while, so the test waits longer.
  it('reads a long question in time that grows with its length', () => {
    const timed = (question: string) => {
      const started = performance.now();
      typedInShikomori(question);
      readShikomori(question);
      return performance.now() - started;
    };
    // Runs that a pattern or a look back over the words could make quadratic: spaces, marks, one long word, verbs
    // typed as one word, owners after owners, phrases begun and never ended, and many questions one after another.
    // Each run grown fourfold takes about four times as long, not sixteen (a ratio of two sizes side by side, so a
    // loaded machine slows both alike).
    for (const make of [
      (k: number) => `congé suku${' '.repeat((20_000 / 4) * k)}ngapvi?`,
      (k: number) => `congé suku ngapvi ${'?'.repeat((20_000 / 4) * k)}a`,
      (k: number) => `hapvi ${'h'.repeat((20_000 / 4) * k)} ngapvi`,
      (k: number) => `mshahara ${'ngudjolipvwa '.repeat((1_700 / 4) * k)}lini?`,
      (k: number) => `mshahara ${'wangu '.repeat((3_500 / 4) * k)}lini?`,
      (k: number) => `hapvi ${'fiche de '.repeat((2_300 / 4) * k)}`,
      (k: number) => `lini ${'ngaridjo will we '.repeat((1_200 / 4) * k)}`,
      (k: number) => 'mshahara wangu ngudjolipvwa lini? '.repeat((600 / 4) * k),
    ]) {
      expect(make(4).length).toBeGreaterThanOrEqual(20_000);
      expect(
        growthOf((k) => {
          const q = make(k);
          typedInShikomori(q);
          readShikomori(q);
        }, 1),
      ).toBeLessThan(9);
    }
    // Questions one after another: four times as many take about four times as long, not sixteen.
    const question = 'congé suku ngapvi? mshahara wangu ngudjolipvwa lini? ';
    expect(growthOf((n) => timed(question.repeat(n)), 300)).toBeLessThan(9);
  }, 60_000);
});
