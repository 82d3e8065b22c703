// Dhivehi's place in roman-typed.ts's LANGUAGES: none of the readers there takes any question below, and the Dhivehi
// reader takes none of the other readers' test questions, so it may go anywhere; it is meant just BEFORE Roman
// Bengali (after Albanian), ahead of the South Asian readers and Indonesian whose small words it shares ("tha",
// "thi", "ek", "kon", "ga", "ge"). The questions below were made up for these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import { readCatalanQuestion } from './catalan-question.js';
import { readFrenchQuestion } from './french-question.js';
import { readPortugueseQuestion } from './portuguese-question.js';
import { readAlbanian } from './roman-albanian.js';
import { readArabic } from './roman-arabic.js';
import { readRomanBengali } from './roman-bengali.js';
import { readBislama } from './roman-bislama.js';
import { isDhivehiListed, readDhivehi, typedInDhivehi, withoutUnknownDhivehi } from './roman-dhivehi.js';
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
import { readSerbian } from './roman-serbian.js';
import { readSeselwa } from './roman-seselwa.js';
import { readSesotho } from './roman-sesotho.js';
import { readSomali } from './roman-somali.js';
import { readSwati } from './roman-swati.js';
import { readTetum } from './roman-tetum.js';
import { readTongan } from './roman-tongan.js';
import { readWolof } from './roman-wolof.js';
import { readRomanianQuestion } from './romanian-question.js';
import { readSpanishQuestion } from './spanish-question.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// Every other reader roman-typed.ts tries, in its order.
const OTHERS = [
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
  readSeselwa,
  readKreyol,
  readFrenchQuestion,
  readSpanishQuestion,
  readAlbanian,
  readRomanBengali,
  readRomanNepali,
  readRomanHindustani,
  readIndonesian,
];

// Questions as staff type them, each with the English words its reading must hold, as a user would check them.
const HOLDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  // how many, how much
  ['medical claim submit kuran kihaa dhuvas libeyne?', ['how many days', 'medical claim', 'submit']],
  ['Block E ga ek kotariga kihaa meehun?', ['how many people', 'at Block E', 'room']],
  ['kihaa vareh?', ['how much']],
  ['bali chuttee kihaa dhuvas libeyne?', ['how many days', 'sick leave', 'get']],
  ['Ahmed ge musaara kihaa?', ['how much', "Ahmed's salary"]],
  ['ithuru gadi ge faisaa kihaa?', ['how much', 'overtime', 'money']],
  ['transport allowance kihaa vareh libeyne?', ['how much', 'transport allowance']],
  ['maternity leave kihaa mahu libeyne?', ['how many months', 'maternity leave']],
  ['ek hafthaa ga kihaa gadi masakkaiy kuran vaane?', ['how many hours', 'week', 'must work']],
  ['aharenge chuttee balance kihaa dhuvas?', ['how many days', 'my leave balance']],
  ['kotari ga kihaa meehun hunnaane?', ['how many people', 'room', 'stay']],
  ['mahakun kihaa faharu off libeyne?', ['how many times', 'per month', 'off']],
  ['uniform kihaa vareh agu?', ['how much', 'uniform', 'price']],
  ['probation kihaa mahu?', ['how many months', 'probation']],
  ['kihaa dhuvas kurin notice dhey vaane?', ['how many days', 'before', 'notice', 'must give']],
  // when, what time, which day
  ['kon irakun?', ['what time']],
  ['canteen kon irakun hulhuvaanee?', ['what time', 'canteen', 'open']],
  ['overtime ge faisaa kon iraku libeyne?', ['when', 'overtime money']],
  ['mi mahu musaara libeyne kon dhuvahu?', ['which day', 'this month', 'salary']],
  ["Male' ah dhaane dhoani kon irakun?", ['what time', "to Male'", 'boat']],
  ['idhu chuttee kon dhuvahakun fashaanee?', ['which day', 'Eid holiday', 'start']],
  ['roadha mahu ga office kon irakun nimenee?', ['what time', 'Ramadan', 'office', 'end']],
  ['dhoani kon gadi dhaanee?', ['what time', 'boat', 'go']],
  ['gym beynun kureveyne kon irakun?', ['what time', 'gym', 'can use']],
  // where
  ['HR office kobaa hunnanee?', ['where is', 'HR office']],
  ['leave form kobaa fonuvaane?', ['where', 'leave form', 'send']],
  ['payslip kobaa libeyne?', ['where', 'payslip', 'get']],
  ['parking kobaa ulhenee?', ['where is', 'parking']],
  ['mi hafthaa ga roster kobaa?', ['where', 'this week', 'roster']],
  // who, whose, what, why, how
  ['leave approve kuranee kaaku?', ['who', 'leave approve']],
  ['overtime submit kuran vaane kaakah?', ['to whom', 'overtime', 'must submit']],
  ['kaaku ge approval beynunvaanee?', ['whose approval', 'needed']],
  ['Ahmed ge phone namba keekey?', ['what', "Ahmed's phone number"]],
  ['wifi password keekey kiyaadhee?', ['what', 'wifi password']],
  ['keevve mi mahu musaara lasvee?', ['why', 'this month', 'salary', 'late']],
  ['keevve payslip nulibunee?', ['why', 'payslip', 'not received']],
  ['annual leave ah apply kuraanee kihineh?', ['how', 'annual leave', 'apply']],
  ['insurance claim kihineh kuraanee?', ['how', 'insurance claim']],
  ['staff card gellijje, aa card kihineh libeyne?', ['card lost', 'how', 'new card']],
  ['haalu kihineh?', ['how are things']],
  // can I, is there, yes or no with "tha"
  ['canteen in parcel gendhevey tha?', ['can take', 'parcel', 'canteen']],
  ['aharen chuttee negevey tha maadhamaa?', ['can I take leave', 'tomorrow']],
  ['wifi beynun kureveyne tha?', ['can use', 'wifi']],
  ['salary advance negeveyne tha?', ['can take', 'salary advance']],
  ['laptop gendhevey tha geyah?', ['can take', 'laptop', 'home']],
  ['ATM ulhey tha Block C ga?', ['is there', 'ATM', 'at Block C']],
  ['kihaa meehun ulhey night shift ga?', ['how many people', 'night shift']],
  ['maadhamaa bank holiday tha?', ['is', 'tomorrow', 'bank holiday']],
  ['mihaaru canteen hulhuvaa tha?', ['is', 'now', 'canteen', 'open']],
  ['sick leave ah medical certificate beynunvey tha?', ['is', 'medical certificate', 'needed']],
  ['mi aharu bonus libeyne tha?', ['this year', 'bonus', 'get']],
  ['eid bonus ves libeyne tha?', ['bonus', 'also', 'get']],
  ['dheytha?', ['give']],
  ['kaley kobaa?', ['where', 'you']],
];

// Whole readings, where the order matters to what is asked.
const READ: ReadonlyArray<readonly [string, string]> = [
  ['medical claim submit kuran kihaa dhuvas libeyne?', 'how many days medical claim submit get?'],
  ['canteen in parcel gendhevey tha?', 'can take canteen in parcel?'],
  ['aharen chuttee negevey tha maadhamaa?', 'can I take leave tomorrow?'],
  ['wifi beynun kureveyne tha?', 'can use wifi?'],
  ['ATM ulhey tha Block C ga?', 'is there ATM at Block C?'],
  ['HR office kobaa hunnanee?', 'where is HR office?'],
  ['canteen kon irakun hulhuvaanee?', 'what time canteen open?'],
  ['haalu kihineh?', 'how are things?'],
];

// English, and the languages whose words Dhivehi's small words are too: none is Dhivehi.
const NOT_DHIVEHI = [
  // English, one with English's "ah"
  'how many days of sick leave do I get?',
  'can I take a parcel from the canteen?',
  'where is Block E?',
  'ah, where is the ATM?',
  'ah ok, thanks',
  'who is Ahmed Kon?',
  // a word of asking alone, and one beside a word other languages type too, say too little
  'kobaa?',
  'ah kobaa?',
  'Kon Tiki museum kobaa?',
  // Hindi or Urdu, whose "tha", "kon" and "ek" Dhivehi types too
  'wo kon tha?',
  'kitne din ki chutti milegi?',
  'salary kab aayegi bhai?',
  'canteen kitne baje khulta hai?',
  'ek kamre mein kitne log rehte the?',
  // Bengali and Nepali
  'koto din chuti pabo?',
  'canteen kokhon khole?',
  'kati din bida paincha?',
  // Indonesian and Malay, whose chat types "ga" and "mahu"
  'kapan gajian bulan ini?',
  'berapa hari cuti sakit?',
  'saya mahu cuti esok, boleh?',
  'ga bisa masuk kantor hari ini',
  // Sinhala typed beside English
  'leave kiyada thiyenne?',
  'canteen eka kawada open karanne?',
  'office eka koheda thiyenne?',
  'parcel ganna puluwanda?',
  'mage salary eka kawada enne?',
  // Arabic chat, Somali, Tagalog and Spanish
  'kam yom ijaza sanawiya?',
  'wein el maktab?',
  'ah ok shukran, mumkin ijaza bokra?',
  'immisa maalin fasax ah ayaa la siiyaa?',
  'ilang araw ang sick leave?',
  'mi salario cuando llega?',
];

describe('a question typed in Dhivehi in Latin letters', () => {
  it('is read as the English it asks, holding the words a user would look for', () => {
    for (const [question, words] of HOLDS) {
      expect(typedInDhivehi(question)).toBe(true);
      const read = readDhivehi(question);
      for (const word of words) expect(read, question).toContain(word);
    }
  });

  it('puts the word of asking first, the modal before its verb, and the place after "at" or "to"', () => {
    for (const [question, english] of READ) expect(readDhivehi(question)).toBe(english);
  });

  it('reads "kihaa" of what is counted as how many, else how much', () => {
    expect(readDhivehi('kihaa dhuvas chuttee libeyne?')).toMatch(/^how many days/);
    expect(readDhivehi('meehun kihaa ulhey tha Block E ga?')).toMatch(/^how many people/);
    expect(readDhivehi('kihaa musaara libeyne?')).toMatch(/^how much salary/);
  });

  it('reads it typed in capitals or with its first word capitalised', () => {
    expect(readDhivehi('KIHAA DHUVAS CHUTTEE LIBEYNE?')).toBe('how many days leave get?');
    expect(readDhivehi('Kihaa dhuvas chuttee libeyne?')).toBe('how many days leave get?');
  });

  it('leaves English and the other languages as they are', () => {
    for (const question of NOT_DHIVEHI) {
      expect(typedInDhivehi(question), question).toBe(false);
      expect(readDhivehi(question)).toBe(question);
    }
  });

  it('is read by no other reader, so its place in the order costs them nothing', () => {
    for (const [question] of [...HOLDS, ...READ])
      for (const read of OTHERS) expect(read(question), question).toBe(question);
  });

  it("lists its own words, and not its neighbours'", () => {
    for (const word of ['kobaa', 'kihaa', 'dhuvas', 'bali', 'ga']) expect(isDhivehiListed(word)).toBe(true);
    for (const word of ['kitne', 'koto', 'berapa', 'kiyada']) expect(isDhivehiListed(word)).toBe(false);
  });

  it('drops the forms of Dhivehi verbs neither English nor the knowledge base knows, never a name', () => {
    const written = 'Ahmed ge musaara form kihineh hadhanee?';
    const read = readDhivehi(written);
    expect(read).toBe("how Ahmed's salary form hadhanee?");
    expect(withoutUnknownDhivehi(read, written, noWords)).toBe("how Ahmed's salary form?");
    const known = { df: () => 1, chunks: 1 } as never;
    expect(withoutUnknownDhivehi(read, written, known)).toBe(read);
  });

  // Many runs of long inputs, timed side by side: a loaded machine may take a while, so the test waits longer.
  it('reads a long question in time that grows with its length', () => {
    const timed = (question: string) => {
      const started = performance.now();
      typedInDhivehi(question);
      readDhivehi(question);
      return performance.now() - started;
    };
    // Runs that a pattern or a look back over the words could make quadratic: spaces, marks, one long word,
    // endings typed on, "tha" and "ga" again and again, names in capitals and modals after verbs.
    // Each run grown fourfold takes about four times as long, not sixteen (a ratio of two sizes side by side, so a
    // loaded machine slows both alike).
    for (const make of [
      (k: number) => `kihaa dhuvas${' '.repeat((20_000 / 4) * k)}libeyne?`,
      (k: number) => `kihaa dhuvas ${'?'.repeat((20_000 / 4) * k)}a`,
      (k: number) => `kihaa ${'k'.repeat((20_000 / 4) * k)} libeyne`,
      (k: number) => `kihaa ${'kotariga '.repeat((2_500 / 4) * k)}`,
      (k: number) => `dheytha ${'tha '.repeat((5_000 / 4) * k)}`,
      (k: number) => `kihaa meehun ${'ga '.repeat((7_000 / 4) * k)}`,
      (k: number) => `kihaa meehun ${'Block E ga '.repeat((2_000 / 4) * k)}`,
      (k: number) => `kon irakun ${'beynun kureveyne '.repeat((1_200 / 4) * k)}`,
      (k: number) => 'kihaa dhuvas chuttee libeyne, '.repeat((700 / 4) * k),
    ]) {
      expect(make(4).length).toBeGreaterThanOrEqual(20_000);
      expect(
        growthOf((k) => {
          const q = make(k);
          typedInDhivehi(q);
          readDhivehi(q);
        }, 1),
      ).toBeLessThan(9);
    }
    // Questions one after another: four times as many take about four times as long, not sixteen.
    const question = 'Block E ga ek kotariga kihaa meehun? wifi beynun kureveyne tha? ';
    expect(growthOf((n) => timed(question.repeat(n)), 300)).toBeLessThan(9);
  }, 60_000);
});
