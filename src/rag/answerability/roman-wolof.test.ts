// Where Wolof stands in roman-typed.ts's LANGUAGES: after Cape Verdean Creole and before Serbian, so before every
// reader that takes a Wolof question for its own and reads it badly (Serbian reads "fan ngay jël uniform bi?" for
// its "jel" as "is fan ngay uniform?"). Cape Verdean Creole, tried before it, takes none of the Wolof questions
// below; Wolof's reader takes none of the ~5,300 strings of the other readers' tests (it counts only with two words
// only Wolof or Mandinka writes, or one of their words of asking beside their "la", "bi" or "di", more of them than
// of a neighbour's, and no fewer of them than of English's small words), so it costs them nothing where it stands.
// The questions below were made up for these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import { readArabic } from './roman-arabic.js';
import { readKabuverdianu } from './roman-kabuverdianu.js';
import { readKrio } from './roman-krio.js';
import { readSerbian } from './roman-serbian.js';
import { readRomanised } from './roman-typed.js';
import { readWolof, typedInWolof, withoutUnknownWolof } from './roman-wolof.js';
import { ASKING, PHRASES, SPELLINGS, WORDS } from './roman-wolof-words.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// roman-typed.ts's order with Wolof in its place, as the comment above puts it.
const readInOrder = (question: string) => {
  if (readKabuverdianu(question) !== question) return readKabuverdianu(question);
  const read = readWolof(question);
  return read !== question ? read : readRomanised(question);
};

// The brief's questions, as staff type them in chat.
const CHAT: ReadonlyArray<readonly [string, string]> = [
  ['nyata la company bi di may?', 'how much does the company give?'],
  ['kan la pay bi di nyow?', 'when does the pay come?'],
  ['fan la bus bi di taxaw?', 'where does the bus stop?'],
  ['ndax dafa ubbi?', 'is it open?'],
  ['dama begg emergency loan', 'I want emergency loan'],
  ['sama baay dafa faatu', 'my father died'],
  ['dama feebar', 'I am sick'],
];

// Each word of asking: nyata, kan (when, or who before "moo"), fan, lan mooy, lu tax, naka, ndax, ban, kooy.
const ASKED: ReadonlyArray<readonly [string, string]> = [
  ['Ñaata fan la maternity leave bi?', 'how many days is the maternity leave?'],
  ['nyaata weer la probation bi?', 'how many months is the probation?'],
  ['Nyata la overtime bi di fey ci waxtu?', 'how much does the overtime pay per hour?'],
  ['kan lanu di jot pay bi?', 'when do we get the pay?'],
  ['kan la canteen bi di tej?', 'when does the canteen close?'],
  ['kan moo fey overtime?', 'who pays overtime?'],
  ['kan mooy supervisor bi ci night shift?', 'who is the supervisor night shift?'],
  ['kooy siine sama leave form?', 'who signs my leave form?'],
  ['fan la office bi nekk?', 'where is the office?'],
  ['fan laa wara yonnee sama doctor note?', 'where must I send my doctor note?'],
  ['lan mooy night shift allowance bi?', 'what is the night shift allowance?'],
  ['lu tax sama pay bi wanyi na?', 'why does my pay reduce?'],
  ['lutax pay bi dafa yeex?', 'why is the pay late?'],
  ['naka laay def ngir jël konge?', 'how do I take leave?'],
  ['ban waxtu la office bi di ubbi?', 'what time does the office open?'],
  ['ban bes la ñuy fey?', 'which day do they pay?'],
  ['ndax ma mën jël leave tey?', 'can I take leave today?'],
  ['Ndax company bi dafay fey transport?', 'does the company pay transport?'],
  ['ndax am na overtime ci gaawu?', 'is there overtime on Saturday?'],
  ['ndax liggeey bi dina tambali altine?', 'will the work start Monday?'],
];

// Words of pay, leave, family, health and time, the "not" on a verb's end, and two questions in one.
const WORK: ReadonlyArray<readonly [string, string]> = [
  ['dama begg jël leave ndax sama doom dafa feebar', 'I want to take leave because my child is sick'],
  ['sama doom dafa feebar, ndax mën naa dem kër?', 'my child is sick. can I go home?'],
  ['jotuma sama xaalis weer wii', 'I did not get my money this month'],
  ['feyuñu ma sama xaalis', 'they did not pay me my money'],
  ['kan la Tabaski holiday bi di tambali?', 'when does the Tabaski holiday start?'],
  ['nyata days la ñuy may ci Koriteh?', 'how many days do they give on Koriteh?'],
  ['nyata bes la ñuy may su sama jabar juree?', 'how many days do they give if my wife give birth?'],
  [
    'sama jabar dafa emb, nyata weer la maternity leave bi?',
    'my wife is pregnant. how many months is the maternity leave?',
  ],
  ['dafa am seey ci sama njaboot, ndax mën naa jël 3 fan?', 'there is wedding my family. can I take 3 days?'],
  ['sama xale dafa feebar, kan la doktoor bi di nyow?', 'my child is sick. when does the doctor come?'],
  ['dama sonn lool, ndax mën naa noppalu?', 'I am tired. can I rest?'],
  ['kan la ngente bi? dama begg off', 'when is the naming ceremony? I want off'],
  ['kan lañuy fey salary bi, ak nyata la?', 'when do they pay the salary, and how much?'],
  ['dama begg xam kan la bonus bi di nyow', 'when does the bonus come?'],
  ['fan ngay jël uniform bi?', 'where do you take the uniform?'],
  // "mën nga ma wax" (can you tell me) opening a question says nothing; Senegal's French letters ("kagn", "lagnouy").
  ['ndax mën nga ma wax kan la pay bi di nyow?', 'when does the pay come?'],
  ['kagn lagnouy fey?', 'when do they pay?'],
  ['nata la company bi di fey ci guddi?', 'how much does the company pay at night?'],
  ['ndax dina am liggeey gaawu?', 'will there be work Saturday?'],
];

// Mandinka's words of asking, work and money, and its "n lafita" (I want).
const MANDINKA: ReadonlyArray<readonly [string, string]> = [
  ['dookuu kodi jelu le?', 'how much work money?'],
  ['n lafita kodi', 'I want money'],
  ['mintoo le dookuu kodi ka soto?', 'where work money get?'],
  ['jumaa le dookuu kodi ka sotoo?', 'when work money get?'],
];

// Krio and West African Pidgin, which share "di", "na", "dem" and "bi" with Wolof's chat: Krio's reader's.
const KRIO: readonly string[] = [
  'wetin na di pe fo night shift?',
  'usai a go get mi payslip?',
  'abeg how much dem dey pay for overtime?',
  'una sabi ustem dem go pay?',
  'wetin mek dem no pay mi ovataim?',
];

const NOT_WOLOF: readonly string[] = [
  ...KRIO,
  // English and Gambian English chat, with a Wolof word or greeting in it
  'salaam aleikum, what time is the attaya break?',
  'Jerejef, when is pay day?',
  'Nanga def boss, how many days leave for Koriteh?',
  'Is the Tabaski bonus paid before Tabaski?',
  'Can I get an advance for the ngente of my son?',
  'My father died, how many days bereavement leave do I get?',
  'what time does the bus stop at Serrekunda?',
  'how much is the fan allowance in the dorm?',
  // French, Spanish and Portuguese
  'quand est-ce que le salaire arrive ?',
  'combien de jours de congé pour un mariage ?',
  '¿cuándo pagan la nómina?',
  '¿la nata de la leche está fresca?',
  'quando recebo o salário?',
  // Arabic typed in Latin letters, with its "ana", "kan" and "la"
  'kam yom ijaza sanawiya?',
  'ana 3ayez a3raf emta el ratib?',
  'kan fi overtime el shahr da?',
  'wallah ana marid, mumkin ijaza bokra?',
  // Hindi or Urdu, Indonesian and Samoan
  'salary kab milegi is mahine?',
  'mujhe kal chutti chahiye, kya mil sakti hai?',
  'mujhe tej bukhar hai, kal chutti milegi?',
  'kapan gaji kan dibayar?',
  'dik, ubi goreng di kantin berapa?',
  'sama bos, boleh cuti besok?',
  "o afea e totogi ai lo'u totogi?",
];

describe('a question typed in Wolof or Mandinka chat', () => {
  it("is read as the English it asks, English words kept as typed (the brief's questions)", () => {
    for (const [typed, read] of CHAT) expect(readWolof(typed)).toBe(read);
  });

  it('reads each word of asking: nyata, kan, kooy, fan, lan mooy, lu tax, naka, ban, ndax', () => {
    for (const [typed, read] of ASKED) expect(readWolof(typed)).toBe(read);
  });

  it('reads the words of pay, leave, family and time, the "not" on a verb, and two questions in one', () => {
    for (const [typed, read] of WORK) expect(readWolof(typed)).toBe(read);
  });

  it('reads the Mandinka words chat mixes in: jelu, mintoo, jumaa, dookuu, kodi, lafita', () => {
    for (const [typed, read] of MANDINKA) expect(readWolof(typed)).toBe(read);
  });

  it('keeps "and" between two questions, so the parts can be asked apart', () => {
    expect(readWolof('kan la pay bi di nyow te nyata la?')).toBe('when does the pay come, and how much?');
  });

  it('leaves English, Krio, Pidgin, French, Spanish, Portuguese, Arabic, Hindi, Indonesian and Samoan alone', () => {
    for (const q of NOT_WOLOF) {
      expect(typedInWolof(q)).toBe(false);
      expect(readWolof(q)).toBe(q);
      expect(readInOrder(q)).toBe(readRomanised(q));
    }
  });

  it("leaves Krio's and the Pidgins' questions to Krio's reader", () => {
    for (const q of KRIO) {
      expect(readKrio(q)).not.toBe(q);
      expect(readWolof(q)).toBe(q);
    }
  });

  it('leaves Arabic typed in Latin letters to its reader', () => {
    const arabic = 'ana 3ayez a3raf emta el ratib?';
    expect(readArabic(arabic)).not.toBe(arabic);
    expect(readWolof(arabic)).toBe(arabic);
  });

  it("is read so in its place in roman-typed.ts's order, before Serbian, which took one", () => {
    for (const [typed, read] of [...CHAT, ...ASKED, ...WORK, ...MANDINKA]) {
      expect(readKabuverdianu(typed)).toBe(typed);
      expect(readInOrder(typed)).toBe(read);
    }
    const serbian = 'fan ngay jël uniform bi?';
    expect(readSerbian(serbian)).not.toBe(serbian);
  });

  it('keeps its phrases and words in the spelling the reading compares them in', () => {
    const listed = [...ASKING.keys(), ...WORDS.keys(), ...PHRASES.flatMap(([words]) => words.split(' '))];
    expect(listed.filter((word) => SPELLINGS.has(word))).toEqual([]);
    expect(SPELLINGS.get('khaalis')).toBe('xaalis');
    expect(SPELLINGS.get('beug')).toBe('begg');
    expect(SPELLINGS.get('feebaree')).toBe('feebar');
    // English's "khaki" is no Wolof word typed with "kh".
    expect(SPELLINGS.get('khaki')).toBeUndefined();
  });

  it('drops a form of a verb neither English nor the knowledge base knows, and keeps one the base has', () => {
    const written = 'kan laay jotaat sama xaalis?';
    const read = readWolof(written);
    expect(read).toBe('when I jotaat my money?');
    expect(withoutUnknownWolof(read, written, noWords)).toBe('when I my money?');
    const known = { df: (t: string) => (t === 'jotaat' ? 1 : 0), chunks: 1 } as never;
    expect(withoutUnknownWolof(read, written, known)).toBe(read);
  });
});

describe('a Wolof question after a word that says nothing, and a long greeting (review)', () => {
  it('reads "ndax" after "pls" or "ok" as asking whether, not "because"', () => {
    expect(readWolof('pls ndax office bi dafa ubbi tey?')).not.toContain('because');
    expect(readWolof('ok ndax office bi dafa ubbi tey?')).not.toContain('because');
  });

  it('reads a greeting before a long run of spaces in time that grows with its length', () => {
    expect(growthOf((n) => readWolof(`salaam${' '.repeat(n)}x`), 2_000)).toBeLessThan(9);
  });
});
