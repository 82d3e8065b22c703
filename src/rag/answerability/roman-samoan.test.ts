// Where Samoan stands in roman-typed.ts's LANGUAGES: after Tetum and before Portuguese, so before Romanian, Haitian,
// French and Spanish, which take Samoan questions for their "le", "se", "ou", "mo" and "pe" and read them badly
// (French "fa'afefea ona ou talosaga mo se malolo ma'i?" as "fa'afefea ona talosaga malolo ma'i?", Spanish "o le a
// ou maua la'u totogi i le Aso Faraile?" as "ou maua la'u totogi i Aso Faraile?"). Kabuverdianu, Serbian, Krio,
// Kriol, Arabic and Tetum, tried before it, take none of the Samoan questions below; Samoan's reader takes none of
// the ~5,300 strings of the other readers' tests (it counts only with two words only Samoan writes, or one of its
// own words of asking beside its "e", "o", "le", "ou" or "mo", and more of its own than of a neighbour's), so it
// costs them nothing where it stands. The questions below were made up for these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { readFrenchQuestion } from './french-question.js';
import { privatePersonAsked } from './private-request.js';
import { readArabic } from './roman-arabic.js';
import { readKabuverdianu } from './roman-kabuverdianu.js';
import { readKrio } from './roman-krio.js';
import { readKriol } from './roman-kriol.js';
import { readSamoan, typedInSamoan, withoutUnknownSamoan } from './roman-samoan.js';
import { ASKING, PHRASES, SPELLINGS, WORDS } from './roman-samoan-words.js';
import { readSerbian } from './roman-serbian.js';
import { readTetum } from './roman-tetum.js';
import { readRomanised } from './roman-typed.js';
import { readSpanishQuestion } from './spanish-question.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// The readers roman-typed.ts tries before Samoan's place.
const BEFORE = [readKabuverdianu, readSerbian, readKrio, readKriol, readArabic, readTetum];

// roman-typed.ts's order with Samoan in its place, as the comment above puts it.
const readInOrder = (question: string) => {
  for (const read of BEFORE) if (read(question) !== question) return read(question);
  const read = readSamoan(question);
  return read !== question ? read : readRomanised(question);
};

// The brief's questions, as staff type them in chat.
const CHAT: ReadonlyArray<readonly [string, string]> = [
  ['e fia le shift premium mo le C shift', 'how much shift premium for C shift?'],
  ['o afea matou amata i le line?', 'when do we start line?'],
  [
    "pe a ou suia la'u faletupe e alu i ai lo'u totogi, e fai i fea?",
    'if I change my bank go my pay. where is it done?',
  ],
  ['e mafai ona ou nono se tupe mai le kamupani?', 'can I borrow money from company?'],
];

// Each word of asking.
const ASKED: ReadonlyArray<readonly [string, string]> = [
  ['e fia le totogi i le itula?', 'how much pay per hour?'],
  ['e fia aso malolo e maua e tagata faigaluega i le tausaga?', 'how many days leave get workers per year?'],
  ['o afea e uma ai le C shift?', 'when finish C shift?'],
  ['o fea le ofisa o le HR?', 'where office HR?'],
  ["o fea ou te ave ai la'u tusi a le fomai?", "where do I take my doctor's note?"],
  ["o ai e faamaonia la'u malolo?", 'who approve my leave?'],
  ["aisea ua toesea ai la'u totogi i lenei vaiaso?", 'why deduct my pay this week?'],
  ['e faapefea ona ou talosaga mo se nonogatupe?', 'how do I apply for loan?'],
  ["fa'afefea ona ou talosaga mo se malolo ma'i?", 'how do I apply for sick leave?'],
  ["o le a le tapula'a o le nonogatupe?", 'what limit loan?'],
  ['olea le taimi e amata ai le galuega?', 'what time start work?'],
  ["pe e totogia le malolo ma'i?", 'whether paid sick leave?'],
  ['E iai se tapulaa o le nonogatupe?', 'is there limit loan?'],
  ['e fia pasene e toesea mo le lafoga?', 'what percent deduct for tax?'],
];

// Words of pay, leave, family and time, and "e mafai ona" (can), "e tatau ona" (must), "pe a" (if).
const WORK: ReadonlyArray<readonly [string, string]> = [
  ['e fia le aupito tele e mafai ona nono?', 'how much maximum can borrow?'],
  ["ua maliu lo'u tina, e fia aso e mafai ona ou malolo ai?", 'died my mother. how many days can I leave?'],
  ['e fia vaiaso malolo fanau mo tina?', 'how many weeks maternity leave for mother?'],
  ['pe e maua se malolo pe a maliu le tama?', 'whether get leave if dies father?'],
  ["e fia le totogi mai le kamupani pe a ou ma'i?", 'how much pay from company if I sick?'],
  ['e mafai ona ou sau i le galuega i le Aso Toonai?', 'can I come work on Saturday?'],
  ['pe e tatau ona ou aumai se tusi a le fomai?', "must I bring doctor's note?"],
  [
    'e fia tausaga e tatau ona ou faigaluega ai ae maua le penisione?',
    'how many years must I work but get pension?',
  ],
  [
    "e fia le totogi na maua e tagata faigaluega i le masina ua te'a?",
    'how much pay get workers last month?',
  ],
  ['ou te fia malolo i le vaiaso a sau, e faapefea?', 'I want leave next week. how?'],
  ["o le a ou maua la'u totogi i le Aso Faraile?", 'will I get my pay on Friday?'],
  ['e fia le tau o le uniform?', 'how much cost uniform?'],
];

describe('a question typed in Samoan chat', () => {
  it('is read as the English it asks, English words kept as typed ("shift premium", "C shift", "line")', () => {
    for (const [typed, read] of CHAT) expect(readSamoan(typed)).toBe(read);
  });

  it('reads "mo le" and "i le" before a day or a holiday as "for" or "on" that day, not "per day" (review)', () => {
    expect(readSamoan('e fia le totogi mo le Aso Sa?')).toBe('how much pay for Sunday?');
    expect(readSamoan('e fia le totogi i le aso malolo faaletulafono?')).toBe('how much pay public holiday?');
  });

  it('reads each word of asking: e fia, o afea, o fea, o ai, aisea, faapefea, o le a, pe, e iai', () => {
    for (const [typed, read] of ASKED) expect(readSamoan(typed)).toBe(read);
  });

  it('reads the words of pay, leave, family and time, and "e mafai ona", "e tatau ona" and "pe a"', () => {
    for (const [typed, read] of WORK) expect(readSamoan(typed)).toBe(read);
  });

  it('reads a word with its glottal stop and macrons or without them, but "lo\'u" (my) is no "lou" (your)', () => {
    expect(readSamoan("Fa'afetai. E fia tālā e totogi ai le itula i le Aso Sa?")).toBe(
      'how many dollars pay hours on Sunday?',
    );
    expect(readSamoan('faafetai. e fia tala e totogi ai le itula i le aso sa?')).toBe(
      'how many dollars pay hours on Sunday?',
    );
    expect(readSamoan('pe e totogia le malolo maʻi?')).toBe('whether paid sick leave?');
    expect(readSamoan("o afea e totogi ai lo'u totogi?")).toBe('when pay my pay?');
    expect(readSamoan('o afea e totogi ai lou totogi?')).toBe('when pay your pay?');
    // Chat's "ile" and "ole" are "i le" and "o le".
    expect(readSamoan('ole a le taimi e amata ai le galuega ile Aso Gafua?')).toBe(
      'what time start work on Monday?',
    );
  });

  it('leaves out a greeting, "ou te fia iloa" (I want to know) or "e mafai ona e ta\'u mai" (can you tell me)', () => {
    expect(readSamoan('Talofa, e fia le totogi o le itula mo tagata faigaluega fou?')).toBe(
      'how much pay hours for workers new?',
    );
    expect(readSamoan('ou te fia iloa pe e fia le totogi mo le night shift')).toBe(
      'how much pay for night shift?',
    );
    expect(readSamoan("e mafai ona e ta'u mai pe o afea e totogi ai?")).toBe('when pay?');
  });

  it('keeps a name typed with capitals, and reads a thing of a person as theirs', () => {
    const read = readSamoan('o le a le totogi o Sione Tanuvasa?');
    expect(read).toBe('what pay of Sione Tanuvasa?');
    expect(privatePersonAsked(read)).toBe('Sione Tanuvasa');
  });

  const NOT_SAMOAN: readonly string[] = [
    // English, with words Samoan's lists have ("AI", "Pule" as a name)
    'how much is the shift premium for C shift?',
    'when do we start on the line?',
    'If I change my bank, where do I update my pay details?',
    'Is AI use allowed on the line? Ask Pule Sione.',
    // Spanish, with "fea", "tina" and "lana", which are Samoan words too
    '¿cuánto es la prima del turno C?',
    'la tina del baño es fea, quién la cambia?',
    'cuanta lana me pagan por hora?',
    // Portuguese, French, Italian and Romanian, with "ou", "le", "se", "fai", "pe", "sau" and "mai"
    'quando começamos na linha?',
    'se eu mudar de banco, onde faço isso?',
    'où est-ce que je change ma banque ?',
    'le salaire est payé quand ?',
    'cosa fai se la tina è rotta?',
    'cât e salariul pe oră?',
    'pot să iau concediu sau nu?',
    // Indonesian, Tetum, Tagalog, the creoles and Serbian's "ona"
    'berapa gaji per jam?',
    'oinsa atu husu lisensa moras?',
    'tama ba ang sahod ko?',
    'wetin na di pe fo C shift?',
    'kantu dia di férias N ten?',
    'ki ler mo pe gagn mo lapay?',
    'ona je bila na poslu, koliko je plata?',
    // Tongan, Maori, Hawaiian and Fijian, Samoan's neighbours in the Pacific
    "'Oku fiha 'a e vahe ki he houa?",
    "ko e hā e totongi 'o e pule?",
    'E hia te utu mō te hāora?',
    'Ehia ka uku no ka hola?',
    'E vica na noqu saumi?',
  ];

  it('leaves English, Spanish, Portuguese, French, Indonesian, Tetum, creole and Pacific questions alone', () => {
    for (const q of NOT_SAMOAN) {
      expect(typedInSamoan(q)).toBe(false);
      expect(readSamoan(q)).toBe(q);
      expect(readInOrder(q)).toBe(readRomanised(q));
    }
  });

  it("is read so in its place in roman-typed.ts's order, before French and Spanish, which took these", () => {
    for (const [typed, read] of [...CHAT, ...ASKED, ...WORK]) {
      for (const before of BEFORE) expect(before(typed)).toBe(typed);
      expect(readInOrder(typed)).toBe(read);
    }
    const french = "fa'afefea ona ou talosaga mo se malolo ma'i?";
    expect(readFrenchQuestion(french)).not.toBe(french);
    const spanish = "o le a ou maua la'u totogi i le Aso Faraile?";
    expect(readSpanishQuestion(spanish)).not.toBe(spanish);
  });

  it('keeps its phrases and words in the spelling the reading compares them in', () => {
    const listed = [...ASKING.keys(), ...WORDS.keys(), ...PHRASES.flatMap(([words]) => words.split(' '))];
    expect(listed.filter((word) => SPELLINGS.has(word))).toEqual([]);
    expect(SPELLINGS.get("fa'afetai")).toBe('faafetai');
    expect(SPELLINGS.get('tālā')).toBe('tala');
    expect(SPELLINGS.get("fa'afefea")).toBe('faapefea');
    // The glottal stop tells "lo'u" (my) from "lou" (your), "ma'i" (sick) from "mai" (hither).
    expect(SPELLINGS.get("lo'u")).toBeUndefined();
    expect(SPELLINGS.get("ma'i")).toBeUndefined();
  });

  it('drops a form of a verb neither English nor the knowledge base knows, and keeps one the base has', () => {
    const written = 'o afea e amataina ai le galuega?';
    const read = readSamoan(written);
    expect(read).toBe('when amataina work?');
    expect(withoutUnknownSamoan(read, written, noWords)).toBe('when work?');
    const known = { df: (t: string) => (t === 'amataina' ? 1 : 0), chunks: 1 } as never;
    expect(withoutUnknownSamoan(read, written, known)).toBe(read);
  });
});
