// Where siSwati stands in roman-typed.ts's LANGUAGES: right after Sesotho (before Luxembourgish), so before
// Portuguese, Romanian, Haitian, French, Spanish, Albanian, Bengali, Nepali, Hindi or Urdu and Indonesian. No reader
// before it (Sesotho's among them) or after it takes any of the siSwati questions below, and siSwati's reader takes
// none of the other readers' test strings under src/ (Sesotho's, Zulu's and English ones with Zulu-looking names
// among them): it counts only with two words only siSwati writes, one of its own words of asking, or one of its
// own words beside a word of asking Zulu types too, and more of its own than of a neighbour's. So it may stand
// either side of Sesotho; next to it keeps the southern African readers together. The questions below were made up
// for these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import { readArabic } from './roman-arabic.js';
import { readBislama } from './roman-bislama.js';
import { readKabuverdianu } from './roman-kabuverdianu.js';
import { readKrio } from './roman-krio.js';
import { readKriol } from './roman-kriol.js';
import { readPijin } from './roman-pijin.js';
import { readSamoan } from './roman-samoan.js';
import { readSerbian } from './roman-serbian.js';
import { readSesotho } from './roman-sesotho.js';
import { readSomali } from './roman-somali.js';
import { isSwatiListed, readSwati, typedInSwati, withoutUnknownSwati } from './roman-swati.js';
import { ASKING, PHRASES, SPELLINGS, WORDS } from './roman-swati-words.js';
import { readTetum } from './roman-tetum.js';
import { readTongan } from './roman-tongan.js';
import { readRomanised } from './roman-typed.js';
import { readWolof } from './roman-wolof.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// The readers roman-typed.ts tries before siSwati's place.
const BEFORE = [
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
];

// roman-typed.ts's order with siSwati in its place, as the comment above puts it.
const readInOrder = (question: string) => {
  for (const read of BEFORE) if (read(question) !== question) return read(question);
  const read = readSwati(question);
  return read !== question ? read : readRomanised(question);
};

// Staff questions as sugar-estate field and mill workers type them, each with what its reading must say.
const QUESTIONS: ReadonlyArray<readonly [string, RegExp]> = [
  // pay
  ['sikhokhelwa nini?', /^when are we paid\?$/],
  ['sikhokhelwa nini kulenyanga?', /^when are we paid this month\?$/],
  ['ngicela kwati kutsi sikhokhelwa nini kulenyanga', /^when are we paid this month/],
  ['Sawubona babe, sitawukhokhelwa nini?', /^when will we be paid\?$/],
  ['ngikhokhelwa malini ngelihora?', /^how much am I paid per hour\?$/],
  ['i-overtime ikhokhelwa malini nge-hour?', /^how much overtime paid per hour\?$/],
  ['ngisebenta ngeliSontfo, ngikhokhelwa malini?', /work on Sunday\. how much am I paid\?/],
  ['iholo lami litawungena nini?', /^when my salary will enter\?$/],
  ['angikakhokhelwa, ngibute bani?', /not paid yet\. who do I ask\?/],
  ['asikhokhelwa i-overtime yini?', /we are not paid overtime\?/],
  ['liphepha lemholo ngilitfola kuphi?', /^where payslip .*get\?$/],
  ['intsela yetfu idontswa malini?', /^how much our tax deducted\?$/],
  ['ngingayitjintja kanjani i-akhawunti yami yelibhange?', /^how can I change my bank account\?$/],
  ['libhonasi lakaKhisimusi sitayitfola nini?', /^when .*will we get\?$/],
  // advance and loan
  ['ngidzinga imali lengaphambili, ngingayitfola kanjani?', /I need advance\. how can I get\?/],
  ['ngingaboleka imali yini?', /^can I borrow money\?$/],
  ['sikweleti sami sisuswa njani eholweni?', /^how my debt/],
  // leave
  ['ngingatsatsa lilivu lelingakanani?', /^how much leave can I take\?$/],
  ['ngitfola emalanga lamangaki elilivu lekugula?', /^how many days sick leave do I get\?$/],
  ['ngikhulelwe, ngingatsatsa lilivu lekubeleta lelingakanani?', /I am pregnant\. how much maternity leave/],
  ['babe wami ushonile, ngitfola emalanga lamangaki?', /^my father died\. how many days do I get\?$/],
  ['make wami ushonile, lilivu lekufelwa lingakanani?', /bereavement leave/],
  ['ngifaka kanjani sicelo selilivu?', /^how .*apply|^how do I/],
  ['ngiyagula lamuhla, ngenteni?', /I am sick today\. what do I do\?/],
  ['ngidzinga incwadzi yadokotela yini nangigula?', /doctor's note/],
  ['liholidi lelilandzelako ngunini?', /holiday/],
  ['emaholidi emnyaka angakanani?', /holidays/],
  // shifts and hours
  ['lishifti lebusuku licala ngabongaki?', /^what time night shift start\?$/],
  ['ngisebenta emahora lamangaki ngeliviki?', /^how many hours per week do I work\?$/],
  ['sicala umsebenti ngasiphi sikhatsi kusasa?', /^what time .*start work tomorrow\?$/],
  ['ngingatjintja lishifti lami na lomunye sisebenti?', /change my shift/],
  ['umphatsi wami ngubani?', /^who is my supervisor\?$/],
  ['ngubani umphatsi wetfu?', /^who is our supervisor\?$/],
  // transport
  ['libhasi lihamba nini ngeMgcibelo?', /^when bus go on Saturday\?$/],
  ['kukhona libhasi yini ngeSontfo?', /^is there bus on Sunday\?$/],
  ['umshayeli welilori ufika ngabongaki ekuseni?', /^what time driver truck arrive in the morning\?$/],
  ['libhasi lemsebenti lima kuphi edolobheni?', /^where bus work/],
  ['imali yekuhamba ikhokhelwa nini?', /^when transport allowance paid\?$/],
  // uniform and canteen
  ['ngilahlekelwe yiyunifomu yami, ngenteni?', /^I lost my uniform\. what do I do\?$/],
  ['sitfola tingubo tekusebenta kangaki ngemnyaka?', /^how often .*work clothes.*per year\?$/],
  ['imali yekudla ku-canteen ibita malini?', /^how much meal allowance canteen cost\?$/],
  ['ikhantini ivulwa ngabongaki lamuhla?', /^what time canteen .*today\?$/],
  ['kudla kwasemini kubita malini?', /^how much does it cost lunch\?$/],
  // in capitals, and with English's prefixes
  ['SIKHOKHELWA NINI?', /^when are we paid\?$/],
  ['ku-MR3 libhasi lifika nini?', /^when MR3 bus arrive\?$/],
];

describe('a question typed in siSwati chat', () => {
  it('is read as the English it asks, English words kept as typed ("overtime", "MR3")', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(40);
    for (const [typed, read] of QUESTIONS) {
      expect(typedInSwati(typed), typed).toBe(true);
      expect(readSwati(typed), typed).toMatch(read);
    }
  });

  it('reads its words of asking: nini, kuphi, bani, malini, lamangaki, -ngakanani, kanjani, ngabongaki', () => {
    expect(readSwati('sikhokhelwa nini?')).toMatch(/when/);
    expect(readSwati('lihhovisi le-HR likuphi? ngiyalifuna')).toMatch(/where/);
    expect(readSwati('ngingatsatsa lilivu lelingakanani?')).toMatch(/how much/);
    expect(readSwati('emalanga lamangaki elilivu lemnyaka?')).toMatch(/how many days annual leave/);
    expect(readSwati('ngingalitfola kanjani liphepha lemholo?')).toMatch(/^how can I get payslip\?$/);
  });

  it('reads "yini" past a clause\'s first word as a question asking whether, not as what', () => {
    expect(readSwati('ngingaboleka imali yini?')).toBe('can I borrow money?');
    expect(readSwati('yini lengingayenta nangigula emsebentini?')).toMatch(/^what /);
  });

  const NOT_SWATI: readonly string[] = [
    // English, with Zulu-looking names and a siSwati loanword or two
    'When does Nini Dlamini start her shift?',
    'is malini on leave this week?',
    'Who is Bani Mamba in payroll?',
    'what time does the bus leave for Mhlume mill?',
    'Is the canteen open on Sunday at Simunye?',
    'how much is the advance loan at Big Bend estate?',
    'can I change my shift with Sipho Dlamini?',
    'Sawubona, when do we get paid this month?',
    'my make passed away, how many days of bereavement leave do I get?',
    'the lilori driver is late again, who do I call?',
    'where is the uniform store at Ubombo Sugar?',
    // Sesotho
    'ke kopa ho tseba hore re lefuoa neng khoeling ena',
    'matsatsi a phomolo a selemo ke a makae?',
    'chelete ea dijo ha ke sebetsa overtime ke bokae?',
    // Zulu and Xhosa
    'ngicela ukwazi ukuthi siholelwa nini kule nyanga?',
    'imali yokudla ingakanani uma ngisebenza overtime?',
    'ngiyagula kakhulu, ngenzeni manje?',
    'Ndicela ukwazi ukuba sihlawulwa nini?',
    // Portuguese, Spanish, French
    'quando recebemos o salário este mês?',
    'quantos dias de férias tenho por ano?',
    '¿cuántos días de vacaciones tengo?',
    'quand est-ce que nous sommes payés?',
  ];

  it('leaves English, Sesotho, Zulu, Xhosa, Portuguese, Spanish and French questions alone', () => {
    expect(NOT_SWATI.length).toBeGreaterThanOrEqual(15);
    for (const q of NOT_SWATI) {
      expect(typedInSwati(q), q).toBe(false);
      expect(readSwati(q), q).toBe(q);
      expect(readInOrder(q), q).toBe(readRomanised(q));
    }
  });

  it("is read so in its place in roman-typed.ts's order, after Sesotho, which takes none of them", () => {
    for (const [typed, read] of QUESTIONS) {
      for (const before of BEFORE) expect(before(typed), typed).toBe(typed);
      expect(readInOrder(typed), typed).toMatch(read);
    }
  });

  it('keeps its phrases in the spelling the reading compares them in, four words a phrase at most', () => {
    const listed = [...ASKING.keys(), ...WORDS.keys(), ...PHRASES.flatMap(([words]) => words.split(' '))];
    expect(listed.filter((word) => SPELLINGS.has(word))).toEqual([]);
    expect(PHRASES.filter(([words]) => words.split(' ').length > 4)).toEqual([]);
    // A thing at a place, of a thing, or without its prefix, as the word listed.
    expect(SPELLINGS.get('emsebentini')).toBe('umsebenti');
    expect(SPELLINGS.get('yelibhange')).toBe('libhange');
    expect(SPELLINGS.get('mali')).toBe('imali');
    expect(SPELLINGS.get('lamangakhi')).toBe('lamangaki');
    // English's words are no form of a siSwati word.
    expect(SPELLINGS.get('shift')).toBeUndefined();
    expect(SPELLINGS.get('overtime')).toBeUndefined();
  });

  it('lists its own words and its verbs in any form, but not a place', () => {
    for (const word of ['nini', 'lilivu', 'sikhokhelwa', 'ngitfola', 'emsebentini', 'lamangaki'])
      expect(isSwatiListed(word), word).toBe(true);
    for (const word of ['mhlume', 'simunye', 'supervisor', 'overtime'])
      expect(isSwatiListed(word), word).toBe(false);
  });

  it('drops a form of a verb neither English nor the knowledge base knows, and keeps one the base has', () => {
    const written = 'umsebenti ucala nini? sikhokhelwa nini kutsi sitfolele?';
    const read = readSwati(written);
    expect(read).toMatch(/when/);
    const unknown = 'libhasi lihamba nini? ngicela kwati, tfolisa';
    const unknownRead = readSwati(unknown);
    expect(unknownRead).toMatch(/tfolisa/);
    expect(withoutUnknownSwati(unknownRead, unknown, noWords)).not.toMatch(/tfolisa/);
    const known = { df: (t: string) => (t === 'tfolisa' ? 1 : 0), chunks: 1 } as never;
    expect(withoutUnknownSwati(unknownRead, unknown, known)).toBe(unknownRead);
  });

  // Many runs of long inputs, timed side by side: a loaded machine may take a while, so the test waits longer.
  it('reads a 100,000-character question in linear time', () => {
    const timed = (question: string) => {
      const started = performance.now();
      typedInSwati(question);
      readSwati(question);
      return performance.now() - started;
    };
    // Runs that a pattern or a look back over the words could make quadratic: spaces, one long word, prefixes
    // typed apart, possessives, and a word of asking said again and again.
    // Each run grown fourfold takes about four times as long, not sixteen (a ratio of two sizes side by side, so a
    // loaded machine slows both alike).
    for (const make of [
      (k: number) => `sikhokhelwa${' '.repeat((100_000 / 4) * k)}nini`,
      (k: number) => 'ngi'.repeat((33_334 / 4) * k),
      (k: number) => `e${'ini'.repeat((33_333 / 4) * k)}`,
      (k: number) => 'i-'.repeat((50_000 / 4) * k),
      (k: number) => `iholo ${'lami '.repeat((20_000 / 4) * k)}nini`,
    ]) {
      expect(make(4).length).toBeGreaterThanOrEqual(100_000);
      expect(
        growthOf((k) => {
          const q = make(k);
          typedInSwati(q);
          readSwati(q);
        }, 1),
      ).toBeLessThan(9);
    }
    // Questions one after another: four times as many take about four times as long, not sixteen.
    const question = 'sikhokhelwa nini ngeMgcibelo lilivu lami? ';
    expect(growthOf((n) => timed(question.repeat(n)), 400)).toBeLessThan(9);
    // A run of words that join a question on ("futsi futsi …"), each looking ahead for the word of asking.
    const joined = (n: number) => `${'futsi '.repeat(n)}sikhokhelwa nini?`;
    expect(growthOf((n) => timed(joined(n)), 1000)).toBeLessThan(9);
  }, 60_000);
});
