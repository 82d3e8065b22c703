// Where Tongan stands in roman-typed.ts's LANGUAGES: after Samoan and before Portuguese, so before Romanian, Haitian,
// French, Spanish, Albanian, Bengali, Nepali, Hindi or Urdu and Indonesian, of which French, Nepali and Hindi or Urdu
// take some Tongan questions for their "ko", "ki", "ke", "mo" and "hai" and read them badly (Hindi or Urdu "ko hai
// 'oku ou talanoa ki ai ki he'eku vahe?" as "'oku ou talanoa's ai he'eku vahe?"). Kabuverdianu, Serbian, Krio,
// Kriol, Arabic, Tetum and Samoan, tried before it, take none of the Tongan questions below; Tongan's reader takes
// none of the other readers' test questions but the two Tongan ones of Samoan's (it counts only with two words only
// Tongan writes, or one of its own words of asking beside one of its small words, and more of its own than of a
// neighbour's or of English's small words), so it costs them nothing where it stands. The questions below were made
// up for these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { readFrenchQuestion } from './french-question.js';
import { privatePersonAsked } from './private-request.js';
import { readArabic } from './roman-arabic.js';
import { readRomanHindustani } from './roman-hindustani.js';
import { readKabuverdianu } from './roman-kabuverdianu.js';
import { readKrio } from './roman-krio.js';
import { readKriol } from './roman-kriol.js';
import { readSamoan } from './roman-samoan.js';
import { readSerbian } from './roman-serbian.js';
import { readTetum } from './roman-tetum.js';
import { readTongan, typedInTongan, withoutUnknownTongan } from './roman-tongan.js';
import { ASKING, PHRASES, SPELLINGS, WORDS } from './roman-tongan-words.js';
import { readRomanised } from './roman-typed.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// The readers roman-typed.ts tries before Tongan's place.
const BEFORE = [readKabuverdianu, readSerbian, readKrio, readKriol, readArabic, readTetum, readSamoan];

// roman-typed.ts's order with Tongan in its place, as the comment above puts it.
const readInOrder = (question: string) => {
  for (const read of BEFORE) if (read(question) !== question) return read(question);
  const read = readTongan(question);
  return read !== question ? read : readRomanised(question);
};

// The brief's questions, as staff type them in chat.
const CHAT: ReadonlyArray<readonly [string, string]> = [
  ["fiha 'aho malolo 'oku ou ma'u?", 'how many days leave do I get?'],
  ["ko e ha e taimi 'oku kamata ai e ngaue?", 'what time does work start?'],
  ["'e lava ke u ha'u 'apongipongi?", 'can I come tomorrow?'],
  ["ko hai 'oku ne fakangofua 'eku malolo?", 'who approve my leave?'],
  ["'i fe 'a e 'ofisi 'o e HR?", 'where office HR?'],
  ["'anefe na'a ku kamata ngaue?", 'when did I start work?'],
  ["'afe 'e totongi ai 'eku vahe?", 'when pay my salary?'],
  ["'Oku fiha 'a e vahe ki he houa?", 'how much salary per hour?'],
];

// Each word of asking.
const ASKED: ReadonlyArray<readonly [string, string]> = [
  ["fiha 'a e totongi ki he houa 'i he Sapate?", 'how much pay per hour on Sunday?'],
  ["toko fiha 'oku ngaue he night shift?", 'how many people work night shift?'],
  ["ko e ha e lahi taha 'o e no pa'anga?", 'what maximum loan?'],
  ["ko e ha 'oku 'ikai ke totongi ai au?", 'why not pay me?'],
  ["ko hai 'oku ou talanoa ki ai fekau'aki mo 'eku vahe?", 'who do I talk about my salary?'],
  ["'i fe 'oku ou 'ave ki ai 'eku tohi toketa?", "where do I take my doctor's note?"],
  ["ki fe 'oku mau 'alu ki ai 'apongipongi?", 'where do we go tomorrow?'],
  ["ko e fe 'aho 'oku fai ai 'a e fakataha?", 'which day held meeting?'],
  ["'anefē 'e mavahe ai 'a e pasi?", 'when does bus leave?'],
  ["'e fefe ke u kole malolo?", 'how do I apply for leave?'],
  ["pe 'oku totongi 'a e malolo puke?", 'whether pay sick leave?'],
  ["'oku 'i ai ha malolo ki he faikava?", 'is there leave kava drinking?'],
  ["'oku fiha 'a e peseti 'oku to'o ki he tukuhau?", 'what percent take tax?'],
];

// Words of pay, leave, family and time, and "'e lava ke" (can), "kuo pau ke" (must), "kapau" (if).
const WORK: ReadonlyArray<readonly [string, string]> = [
  ["fiha 'aho malolo puke 'oku ou ma'u 'i he ta'u?", 'how many days sick leave do I get per year?'],
  [
    "kapau 'oku mate 'eku tamai, fiha 'aho malolo 'oku ou ma'u?",
    'if dies my father. how many days leave do I get?',
  ],
  ["fiha uike malolo fanau ma'a e fa'e?", 'how many weeks maternity leave for mother?'],
  ["'e lava ke u ma'u ha malolo 'i he Tokonaki?", 'can I get leave on Saturday?'],
  ["kuo pau ke u 'omai ha tohi toketa?", "must I bring doctor's note?"],
  ["'e lava ke u mavahe he 3 he efiafi ni?", 'can I leave 3 in the evening?'],
  ["'oku mau ma'u 'emau vahe 'i he Falaite?", 'we get our salary on Friday?'],
  ["'e lava ke u no ha pa'anga mei he kautaha?", 'can I borrow money company?'],
  ["fiha ta'u 'oku fiema'u ke u ngaue ai ke ma'u 'a e penisoni?", 'how many years need I work get pension?'],
  ["'oku ngofua ke u 'omai 'eku pepe ki he ngaue 'i he uike kaha'u?", 'may I bring my baby work next week?'],
];

// Tongan mixed with English, and two questions joined by "pea" (and).
const MIXED: ReadonlyArray<readonly [string, string]> = [
  ["fiha 'aho annual leave 'oku ou ma'u?", 'how many days annual leave do I get?'],
  ["'oku fiha 'a e shift allowance ki he night shift?", 'how much shift allowance night shift?'],
  ["ko e ha e taimi 'oku close ai 'a e HR office he Falaite?", 'what time close HR office on Friday?'],
  ["'e lava ke u swap shift 'apongipongi?", 'can I swap shift tomorrow?'],
  ["'anefe 'e pay day 'o e mahina ni?", 'when pay day this month?'],
  [
    "fiha 'aho malolo puke 'oku ou ma'u pea 'anefe 'e kamata?",
    'how many days sick leave do I get, and when start?',
  ],
  ["'i fe 'a e 'ofisi pea ko hai 'a e pule?", 'where office, and who boss?'],
];

describe('a question typed in Tongan chat', () => {
  it('is read as the English it asks, with "do" before who does it and a thing before what it starts', () => {
    for (const [typed, read] of CHAT) expect(readTongan(typed)).toBe(read);
  });

  it("reads each word of asking: fiha, toko fiha, ko e ha, ko hai, 'i fe, ki fe, ko e fe, 'anefe, 'afe, fefe, pe", () => {
    for (const [typed, read] of ASKED) expect(readTongan(typed)).toBe(read);
  });

  it('reads the words of pay, leave, family and time, and "\'e lava ke", "kuo pau ke" and "kapau"', () => {
    for (const [typed, read] of WORK) expect(readTongan(typed)).toBe(read);
  });

  it('keeps English words as typed, and reads "pea" (and) before a second question as ", and"', () => {
    for (const [typed, read] of MIXED) expect(readTongan(typed)).toBe(read);
  });

  it('reads a word with its glottal stop and macrons or without them, but "ma\'u" (get) is no "mau" (we)', () => {
    const read = 'how many days leave do I get?';
    expect(readTongan('Fiha ʻaho mālōlō ʻoku ou maʻu?')).toBe(read);
    expect(readTongan('fiha aho malolo oku ou mau?')).toBe(read);
    expect(readTongan('fiha ‘aho malolo ‘oku ou ma’u?')).toBe(read);
    expect(readTongan('koe ha e taimi oku kamata ai e ngaue?')).toBe('what time does work start?');
    expect(readTongan('Ko e hā e taimi ʻoku kamata ai e ngāué?')).toBe('what time does work start?');
    // "tau" after a mark of tense is "we"; after "fiha" it is "ta'u", year.
    expect(readTongan('fiha tau oku tau ngaue ai?')).toBe('how many years do we work?');
  });

  it('leaves out a greeting, "\'oku ou fie \'ilo" (I want to know) or "\'e lava ke ke tala mai" (can you tell me)', () => {
    expect(readTongan("Malo e lelei, fiha 'a e vahe 'o e kau ngaue fo'ou?")).toBe(
      'how much salary workers new?',
    );
    expect(readTongan("Kataki, 'e lava ke ke tala mai pe 'anefe 'e totongi 'a e vahe?")).toBe(
      'when pay salary?',
    );
    expect(readTongan("'oku ou fie 'ilo pe 'oku fiha 'a e totongi 'o e ovataimi")).toBe(
      'how much pay overtime?',
    );
  });

  it('keeps a name typed with capitals, and reads a thing of a person as theirs', () => {
    const read = readTongan("ko e ha e vahe 'o Sione Tupou?");
    expect(read).toBe('what salary of Sione Tupou?');
    expect(privatePersonAsked(read)).toBe('Sione Tupou');
  });

  const NOT_TONGAN: readonly string[] = [
    // English, one Tongan word in it at most
    'how many days of leave do I get?',
    'what time does work start?',
    'wat time does the pasi leave town?',
    'is the fakataha on Monday or Tuesday?',
    'can I take a day off tomorrow to go to church?',
    // Samoan, which shares "taimi", "malolo", "fanau", "lava" and "pule"
    'e fia aso malolo e maua e tagata faigaluega i le tausaga?',
    'o le a le taimi e amata ai le galuega?',
    'e mafai ona ou nono se tupe mai le kamupani?',
    "o ai e faamaonia la'u malolo?",
    'e lava le taimi malolo mo le fanau?',
    // Maori and Hawaiian, which share "ko", "ki", "he", "kei" and "ōku"
    'E hia ngā rā hararei ka whiwhi au?',
    'Āhea ka tīmata te mahi?',
    'Ko wai te kaiwhakahaere?',
    'Kei hea ōku pukapuka?',
    'He aha te utu mō te hāora?',
    'Ehia ka uku no ka hola?',
    // Spanish, Portuguese and French, with "fe", "ha" and "mo"
    '¿cuántos días de vacaciones tengo?',
    'tengo fe en que me paguen el viernes, ha llegado el dinero?',
    'quantos dias de férias eu tenho?',
    'combien de jours de congé ai-je ?',
    // Indonesian, Tetum, Tagalog, Fijian and the creoles, with "mau", "ke", "ha'u" and "ko"
    'berapa hari cuti yang saya dapat?',
    'mau tanya, kapan mulai kerja ke kantor?',
    "ha'u bele hetan lisensa loron hira?",
    'magkano ang sahod ko kada oras?',
    'E vica na siga ni vakacegu?',
    'konbyen jou konje mwen genyen?',
    'wetin na di pe fo C shift?',
  ];

  it('leaves English, Samoan, Maori, Spanish, Portuguese, French, Indonesian, Tetum and creole questions alone', () => {
    for (const q of NOT_TONGAN) {
      expect(typedInTongan(q)).toBe(false);
      expect(readTongan(q)).toBe(q);
      expect(readInOrder(q)).toBe(readRomanised(q));
    }
  });

  it("takes none of the Samoan reader's questions, which Samoan's reader reads", () => {
    const samoan = [
      'e fia le shift premium mo le C shift',
      'o afea matou amata i le line?',
      "o fea ou te ave ai la'u tusi a le fomai?",
      "aisea ua toesea ai la'u totogi i lenei vaiaso?",
      "fa'afefea ona ou talosaga mo se malolo ma'i?",
      "ua maliu lo'u tina, e fia aso e mafai ona ou malolo ai?",
      "o le a ou maua la'u totogi i le Aso Faraile?",
      'e fia vaiaso malolo fanau mo tina?',
    ];
    for (const q of samoan) {
      expect(readSamoan(q)).not.toBe(q);
      expect(typedInTongan(q)).toBe(false);
      expect(readTongan(q)).toBe(q);
    }
  });

  it("is read so in its place in roman-typed.ts's order, before French and Hindi or Urdu, which took these", () => {
    for (const [typed, read] of [...CHAT, ...ASKED, ...WORK, ...MIXED]) {
      for (const before of BEFORE) expect(before(typed)).toBe(typed);
      expect(readInOrder(typed)).toBe(read);
    }
    const hindustani = "ko hai 'oku ou talanoa ki ai ki he'eku vahe?";
    expect(readRomanHindustani(hindustani)).not.toBe(hindustani);
    expect(readTongan(hindustani)).toBe('who do I talk my salary?');
    const french = "ko hai 'oku ou talanoa ki ai fekau'aki mo 'eku vahe?";
    expect(readFrenchQuestion(french)).not.toBe(french);
  });

  it('keeps its phrases and words in the spelling the reading compares them in', () => {
    const listed = [...ASKING.keys(), ...WORDS.keys(), ...PHRASES.flatMap(([words]) => words.split(' '))];
    expect(listed.filter((word) => SPELLINGS.has(word))).toEqual([]);
    expect(SPELLINGS.get("pa'anga")).toBe('paanga');
    expect(SPELLINGS.get('pā‘anga'.replace('‘', "'"))).toBe('paanga');
    expect(SPELLINGS.get("'anefē")).toBe('anefe');
    // The glottal stop tells "maʻu" (get) from "mau" (we), "taʻu" (year) from "tau" (we).
    expect(SPELLINGS.get('maʻu')).toBeUndefined();
    expect(SPELLINGS.get('taʻu')).toBeUndefined();
  });

  it('drops a form of a verb neither English nor the knowledge base knows, and keeps one the base has', () => {
    const written = "'anefe 'e kamata'i 'a e ngaue?";
    const read = readTongan(written);
    expect(read).toBe("when kamata'i work?");
    expect(withoutUnknownTongan(read, written, noWords)).toBe('when work?');
    const known = { df: (t: string) => (t === 'kamatai' ? 1 : 0), chunks: 1 } as never;
    expect(withoutUnknownTongan(read, written, known)).toBe(read);
  });
});

describe('a Tongan question that names a person (review)', () => {
  it('leaves the names Tau, Mau and Hau as written', () => {
    expect(readTongan("fiha 'a e vahe 'o Tau Fifita?")).toContain('Tau Fifita');
    expect(readTongan("ko e fe 'a Viliami Hau 'oku ngaue ai 'apongipongi?")).toContain('Viliami Hau');
  });
});
