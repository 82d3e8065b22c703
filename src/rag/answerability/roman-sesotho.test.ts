// Where Sesotho stands in roman-typed.ts's LANGUAGES: after Tongan and before Portuguese, so before Romanian,
// Haitian, French, Spanish, Albanian, Bengali, Nepali, Hindi or Urdu and Indonesian, of which Albanian takes some
// Sesotho questions for their "sa" (how much) and "ka" (there is) and reads them badly ("ha ke sa tle mosebetsing
// …" as "how much ha tle mosebetsing is there …"). Kabuverdianu, Wolof, Serbian, Bislama, Krio, Kriol, Arabic,
// Tetum, Samoan and Tongan, tried before it, take none of the Sesotho questions below; Sesotho's reader takes none
// of the ~14,000 strings of the other tests under src/ and test/ (it counts only with two words only Sesotho
// writes, or one of its own words of asking beside one of its small words, and more of its own than of a
// neighbour's or of English's small words), so it costs them nothing where it stands. The questions below were
// made up for these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { privatePersonAsked } from './private-request.js';
import { readAlbanian } from './roman-albanian.js';
import { readArabic } from './roman-arabic.js';
import { readBislama } from './roman-bislama.js';
import { readKabuverdianu } from './roman-kabuverdianu.js';
import { readKrio } from './roman-krio.js';
import { readKriol } from './roman-kriol.js';
import { readSamoan } from './roman-samoan.js';
import { readSerbian } from './roman-serbian.js';
import { isSesothoListed, readSesotho, typedInSesotho, withoutUnknownSesotho } from './roman-sesotho.js';
import { ASKING, PHRASES, SPELLINGS, WORDS } from './roman-sesotho-words.js';
import { readTetum } from './roman-tetum.js';
import { readTongan } from './roman-tongan.js';
import { readRomanised } from './roman-typed.js';
import { readWolof } from './roman-wolof.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// The readers roman-typed.ts tries before Sesotho's place.
const BEFORE = [
  readKabuverdianu,
  readWolof,
  readSerbian,
  readBislama,
  readKrio,
  readKriol,
  readArabic,
  readTetum,
  readSamoan,
  readTongan,
];

// roman-typed.ts's order with Sesotho in its place, as the comment above puts it.
const readInOrder = (question: string) => {
  for (const read of BEFORE) if (read(question) !== question) return read(question);
  const read = readSesotho(question);
  return read !== question ? read : readRomanised(question);
};

// The brief's questions, as staff type them in chat.
const CHAT: ReadonlyArray<readonly [string, string]> = [
  ['chelete ea dijo ha ke sebetsa overtime ke bokae?', 'how much meal allowance if I work overtime?'],
  ['ke kopa ho tseba hore re lefuoa neng khoeling ena', 'when are we paid this month?'],
  ['ke mang ea ikarabellang bakeng sa li-uniform?', 'who is responsible for uniform?'],
  ['matsatsi a phomolo a selemo ke a makae?', 'how many days leave per year?'],
  ['ke tlameha ho etsa eng ha ke kula?', 'what must I do if I am sick?'],
];

// Each word of asking.
const ASKED: ReadonlyArray<readonly [string, string]> = [
  ['re qala mosebetsi ka hora mang?', 'what time do we start work?'],
  ['ofisi ea HR e kae?', 'where office HR?'],
  ['ke fumana payslip ea ka kae?', 'where do I get my payslip?'],
  ['supervisor oa ka ke mang?', 'who is my supervisor?'],
  ['ke tla fumana moputso oa ka neng?', 'when will I get my pay?'],
  ['Lumela ntate, ke etsa joang ho kopa phomolo?', 'how do I apply for leave?'],
  ['moputso ke bokae ka hora?', 'how much pay per hour?'],
  ['lihora tsa mosebetsi ke tse kae ka beke?', 'how many hours work per week?'],
  ['Ke kopa ho tseba, phomolo ea pelehi ke likhoeli tse kae?', 'how many months maternity leave?'],
  ['hobaneng ke sa lefuoe overtime?', 'why am I not paid overtime?'],
  ['ke hobaneng ha moputso oa ka o khaotsoe?', 'why my pay deducted?'],
  ["Ke'ng se etsahalang ha ke fihla mosebetsing ke liehile?", 'what happen if I arrive work I am late?'],
  ['Na ho na le transport ea bosiu?', 'is there transport night?'],
  ['na nka sebetsa overtime ka Sontaha?', 'can I work overtime on Sunday?'],
  ['kantini e koala ka hora mang ka Moqebelo?', 'what time canteen close on Saturday?'],
  ['nomoro ea mohala ea HR ke efe?', 'which phone number HR?'],
];

// Words of pay, leave, family and time; "nka" (I can, or take), "na" (whether), "ha" (if, or not before a verb in
// "-e"), and whose a thing is, which follows it.
const WORK: ReadonlyArray<readonly [string, string]> = [
  [
    'nka nka phomolo ea bokuli ha ke sena lengolo la ngaka?',
    "can I take sick leave if I have no doctor's note?",
  ],
  ['na ke tla lefuoa ha ke sebetsa ka Sontaha?', 'will I be paid if I work on Sunday?'],
  [
    'ke lefuoa bokae ka hora ha ke sebetsa night shift?',
    'how much am I paid per hour if I work night shift?',
  ],
  [
    'mme oa ka o hlokahetse, ke fumana matsatsi a makae a phomolo?',
    'my mother died. how many days do I get leave?',
  ],
  [
    'ntate oa ka o shoele maobane. ke fumana matsatsi a makae a phomolo ea lefu?',
    'my father died yesterday. how many days do I get bereavement leave?',
  ],
  [
    'ntate oa ka o hlokahetse, ke na le tokelo ea phomolo ea lefu?',
    'my father died. do I have right to bereavement leave?',
  ],
  ['bana ba ka ba kula, ke mang eo nka mo bolellang?', 'my children sick. who can I tell?'],
  [
    'ha ke sa tle mosebetsing ka lebaka la lefu, ke tlameha ho etsa eng?',
    'if I do not come work because of death. what must I do?',
  ],
  ['ha ke tsebe hore ke mang supervisor oa ka', 'I do not know. who is my supervisor?'],
  ['ke ka sebetsa shift ea bosiu ha ke imme?', 'can I work shift night if pregnant?'],
  ['re tla fumana chelete ea Keresemese neng?', 'when will we get money Christmas?'],
  ['chelete ea taxi e lefuoa ka khoeli kapa ka beke?', 'transport allowance paid per month or per week?'],
  ['Na re tla fumana bonase selemong sena?', 'will we get bonus this year?'],
  ['phomolo ea selemo e qala neng Tsitoe?', 'when annual leave start December?'],
  ['dijo tsa kantini di bokae?', 'how much food canteen?'],
];

// South Africa's spelling ("wa", "ya", "di", "jwang", "kgwedi", "tjhelete"), Lesotho's apostrophes, and capitals.
const SPELT: ReadonlyArray<readonly [string, string]> = [
  ['ke batla ho tseba hore re tla lefuwa neng kgweding ena', 'when will we be paid this month?'],
  ['tjhelete ya dijo ke bokae?', 'how much meal allowance?'],
  ['ke etsa jwang ho kopa phomolo?', 'how do I apply for leave?'],
  ['Dumela mme, ke kopa ho tseba hore re tla lefuwa neng kgweding ena?', 'when will we be paid this month?'],
  ["'M'e oa ka o kula, nka fumana phomolo?", 'my mother sick I can get leave?'],
  ['hobane’ng ke sa fumane bonase?', 'why do I not get bonus?'],
  ['KE KOPA HO TSEBA HORE RE LEFUOA NENG?', 'when are we paid?'],
];

describe('a question typed in Sesotho chat', () => {
  it('is read as the English it asks, English words kept as typed ("overtime", "uniform")', () => {
    for (const [typed, read] of CHAT) expect(readSesotho(typed)).toBe(read);
  });

  it('reads each word of asking: neng, kae, mang, joang, bokae, tse kae, makae, hobaneng, eng, efe, na', () => {
    for (const [typed, read] of ASKED) expect(readSesotho(typed)).toBe(read);
  });

  it('reads the words of pay, leave, family and time, "nka", "na", "ha" and whose a thing is', () => {
    for (const [typed, read] of WORK) expect(readSesotho(typed)).toBe(read);
  });

  it("reads South Africa's spelling as Lesotho's, with Lesotho's apostrophes or without, in capitals or not", () => {
    for (const [typed, read] of SPELT) expect(readSesotho(typed)).toBe(read);
  });

  it('reads "bokae" before or after a thing counted as how many, elsewhere as how much', () => {
    expect(readSesotho('lihora tsa overtime ke bokae ka beke?')).toBe('how many hours overtime per week?');
    expect(readSesotho('chelete ea overtime ke bokae?')).toBe('how much overtime pay?');
  });

  it('leaves out a greeting, "ke kopa ho tseba hore" (I want to know) or "u ka mpolella" (can you tell me)', () => {
    expect(readSesotho('Khotso ntate! ke kopa u mpolelle hore kantini e bula ka hora mang')).toBe(
      'what time canteen open?',
    );
    expect(readSesotho('u ka mpolella hore re lefuoa neng?')).toBe('when are we paid?');
    // With no word of asking after it, "ke kopa ho tseba" is said.
    expect(readSesotho('ke kopa ho tseba ka phomolo ea bokuli')).toBe('I want to know sick leave');
  });

  it('keeps a name or a place typed with capitals, and reads a thing of a person as theirs', () => {
    const read = readSesotho('moputso oa Thabo Mokoena ke bokae?');
    expect(read).toBe('how much pay of Thabo Mokoena?');
    expect(privatePersonAsked(read)).toBe('Thabo Mokoena');
    // An abbreviation in capitals is a word of a phrase: "nomoro ea ID ea …" asks a person's ID number.
    const id = readSesotho('ke kopa nomoro ea ID ea Mpho Lebona ea ofising ea Maputsoe');
    expect(id).toBe('please ID number of Mpho Lebona office Maputsoe');
    expect(privatePersonAsked(id)).toBe('Mpho Lebona');
    expect(readSesotho('bese e tsamaea neng ho ea Maputsoe?')).toBe('when bus go Maputsoe?');
    expect(readSesotho('koloi ea khamphani e tsamaea neng ho ea Leribe?')).toBe(
      'when car company go Leribe?',
    );
    expect(readSesotho('ke sebetsa Maseru, bese ea Thetsane e tsamaea neng?')).toBe(
      'I work Maseru. when bus Thetsane go?',
    );
  });

  const NOT_SESOTHO: readonly string[] = [
    // English, with "ke", "ha", "le", "na" and "ho" as slips or names, or one Sesotho word in it
    'ke, what time does the canteen open?',
    'ha ha, is the end of year party on Friday?',
    'le me know when the payslips are out',
    'na, I asked HR already. when is pay day?',
    'ho ho ho, is the Christmas bonus paid in December?',
    'ho much is the transport allowance?',
    'le do we start at 7 or 8 tomorrow?',
    'ke ke ke sorry typo. where is the clinic?',
    'Is Ke Mang on shift tomorrow?',
    'IS KE MANG ON SHIFT TOMORROW?',
    'Who is Mr Ho in payroll, and where is his office?',
    'Can Le Na from HR tell me how many days of sick leave I get?',
    'is Mme Mpho the supervisor for line 3? ke',
    "what's the meal allowance when I work overtime?",
    'is there a bus from Maseru to Thetsane at 6?',
    'my ntate passed away, how many days of bereavement leave do I get?',
    'Lumela! when do we get paid this month?',
    'Kea leboha, and when does the night shift start?',
    'ha! the kantini is closed again, where do we eat?',
    'who signs off overtime in the eng dept?',
    'do we get paid for the lepato day if a family member dies?',
    // Zulu and Xhosa
    'ngicela ukwazi ukuthi siholelwa nini kule nyanga?',
    'Ndicela ukwazi ukuba sihlawulwa nini?',
    'imali yokudla ingakanani uma ngisebenza overtime?',
    'ngiyagula, ngenzeni?',
    'Sawubona, ngubani ophethe ama-uniform?',
    // Setswana and Sepedi, which share "ke kopa", "kae", "neng" and "bana"
    'ke kopa go itse gore re duelwa leng kgwedi e?',
    'malatsi a boikhutso a ngwaga ke a le kae?',
    'ke kgopela go tseba gore re lefelwa neng kgweding ye',
    // Swahili, Shona, Haitian, Indonesian, Spanish, Samoan, Tongan, Krio, Hindi and Tagalog
    'nitalipwa lini mwezi huu?',
    'tichabhadharwa riini mwedzi uno?',
    'konbyen jou konje mwen genyen?',
    'berapa hari cuti yang saya dapat?',
    '¿cuántos días de vacaciones tengo?',
    'e fia aso malolo e maua e tagata faigaluega i le tausaga?',
    "fiha 'aho malolo 'oku ou ma'u?",
    'wetin na di pe fo C shift?',
    'kitna paisa milega overtime ka?',
    'na bana ang sahod ko?',
  ];

  it('leaves English, Zulu, Xhosa, Setswana, Sepedi, Swahili and other languages\u2019 questions alone', () => {
    for (const q of NOT_SESOTHO) {
      expect(typedInSesotho(q)).toBe(false);
      expect(readSesotho(q)).toBe(q);
      expect(readInOrder(q)).toBe(readRomanised(q));
    }
  });

  it("is read so in its place in roman-typed.ts's order, before Albanian, which took some", () => {
    for (const [typed, read] of [...CHAT, ...ASKED, ...WORK, ...SPELT]) {
      for (const before of BEFORE) expect(before(typed)).toBe(typed);
      expect(readInOrder(typed)).toBe(read);
    }
    const albanian = 'ha ke sa tle mosebetsing ka lebaka la lefu, ke tlameha ho etsa eng?';
    expect(readAlbanian(albanian)).not.toBe(albanian);
  });

  it('keeps its phrases and words in the spelling the reading compares them in, four words a phrase at most', () => {
    const listed = [...ASKING.keys(), ...WORDS.keys(), ...PHRASES.flatMap(([words]) => words.split(' '))];
    expect(listed.filter((word) => SPELLINGS.has(word))).toEqual([]);
    expect(PHRASES.filter(([words]) => words.split(' ').length > 4)).toEqual([]);
    // South Africa's spelling as Lesotho's.
    expect(SPELLINGS.get('dijo')).toBe('lijo');
    expect(SPELLINGS.get('kgwedi')).toBe('khoeli');
    expect(SPELLINGS.get('jwang')).toBe('joang');
    expect(SPELLINGS.get('tjhelete')).toBe('chelete');
    // A place or time in "-ng", a verb's past in "-ile", as the word listed.
    expect(SPELLINGS.get('kgweding')).toBe('khoeli');
    expect(SPELLINGS.get('mosebetsing')).toBe('mosebetsi');
    expect(SPELLINGS.get('sebetsang')).toBe('sebetsa');
    expect(SPELLINGS.get('kulile')).toBe('kula');
    // English's words, and Setswana's "leng" (when), are no form of a Sesotho word.
    expect(SPELLINGS.get('dinner')).toBeUndefined();
    expect(SPELLINGS.get('bone')).toBeUndefined();
    expect(SPELLINGS.get('leng')).toBeUndefined();
  });

  it('lists its own words in any spelling, but not a place', () => {
    for (const word of ['neng', 'khoeling', 'kgwedi', 'moputso', 'li'])
      expect(isSesothoListed(word)).toBe(true);
    for (const word of ['maseru', 'thetsane', 'leribe', 'supervisor'])
      expect(isSesothoListed(word)).toBe(false);
  });

  it('drops a form of a verb neither English nor the knowledge base knows, and keeps one the base has', () => {
    const written = 'mosebetsi o qalisoa neng?';
    const read = readSesotho(written);
    expect(read).toBe('when work qalisoa?');
    expect(withoutUnknownSesotho(read, written, noWords)).toBe('when work?');
    const known = { df: (t: string) => (t === 'qalisoa' ? 1 : 0), chunks: 1 } as never;
    expect(withoutUnknownSesotho(read, written, known)).toBe(read);
  });
});
