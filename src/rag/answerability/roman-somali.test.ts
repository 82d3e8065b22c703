// Where Somali stands in roman-typed.ts's LANGUAGES: after Belizean Kriol and before Arabic, so before Tetum,
// Samoan, Tongan, Sesotho and the rest, of which Arabic takes some Somali questions for their "ayaa" and "la" and
// reads them badly ("immisa ayaa la iga jaray mushaharka?" as "which immisa iga jaray mushaharka?"). Catalan,
// Kabuverdianu, Wolof, Serbian, Pijin, Bislama, Krio and Kriol, tried before it, take none of the Somali questions
// below; Somali's reader takes none of the ~14,000 strings of the other tests under src/ (it counts only with two
// words only Somali writes, or one of its own words of asking beside one of its small words, and more of its own
// than of a neighbour's or of English's small words), so it costs them nothing where it stands. The questions below
// were made up for these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { readCatalanQuestion } from './catalan-question.js';
import { privatePersonAsked } from './private-request.js';
import { readArabic } from './roman-arabic.js';
import { readBislama } from './roman-bislama.js';
import { readKabuverdianu } from './roman-kabuverdianu.js';
import { readKrio } from './roman-krio.js';
import { readKriol } from './roman-kriol.js';
import { readPijin } from './roman-pijin.js';
import { readSerbian } from './roman-serbian.js';
import { isSomaliListed, readSomali, typedInSomali, withoutUnknownSomali } from './roman-somali.js';
import { ASKING, PHRASES, SPELLINGS, WORDS } from './roman-somali-words.js';
import { readRomanised } from './roman-typed.js';
import { readWolof } from './roman-wolof.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// The readers roman-typed.ts tries before Somali's place.
const BEFORE = [
  readCatalanQuestion,
  readKabuverdianu,
  readWolof,
  readSerbian,
  readPijin,
  readBislama,
  readKrio,
  readKriol,
];

// roman-typed.ts's order with Somali in its place, as the comment above puts it.
const readInOrder = (question: string) => {
  for (const read of BEFORE) if (read(question) !== question) return read(question);
  const read = readSomali(question);
  return read !== question ? read : readRomanised(question);
};

// The brief's questions, as staff type them in chat.
const CHAT: ReadonlyArray<readonly [string, string]> = [
  ['mushaharka goorma la bixiyaa?', 'when is salary paid?'],
  ['fasax immisa maalmood ayaan helayaa?', 'how many days leave do I get?'],
  ['sideen u codsadaa advance?', 'how do I apply advance?'],
  ['baska shaqada saacadee ayuu baxaa?', 'what time staff bus leave?'],
];

// Each word of asking: goorma, immisa, meeqa, intee, maxay, xagee, sidee, yaa, kuma, waayo, "-ee" (which), "ma".
const ASKED: ReadonlyArray<readonly [string, string]> = [
  ['mushaharka bishan goorma ayaa la bixinayaa?', 'when is salary paid this month?'],
  ['maalinta mushaharka waa goorma?', 'when pay day?'],
  ['lacagta gaadiidka immisa waaye?', 'how much transport allowance?'],
  ['meeqa saacadood ayaan shaqeeyaa toddobaad kasta?', 'how many hours do I work per week?'],
  ['amaah intee le\u2019eg ayaan qaadan karaa?', 'how much loan can I take?'],
  ['maxaan sameeyaa haddii aan jiranahay?', 'what do I do if I am sick?'],
  ['xaggee ayaan ka helaa warqadda mushaharka?', 'where do I get payslip?'],
  ['kabaha badbaadada xaggee laga helaa?', 'where to get safety shoes?'],
  ['sidee loo helaa warqadda dhakhtarka?', "how to get doctor's note?"],
  ['yunifoom cusub sideen ku helaa?', 'how do I get new uniform?'],
  ['yaa saxiixa foomka fasaxa?', 'who sign leave form?'],
  ['waa kuma kormeerahayga?', 'who is my supervisor?'],
  ['maxaa mushaharkayga loo jaray?', 'why is my salary deducted?'],
  ['bishee la bixiyaa gunnada?', 'which month is bonus paid?'],
  ['shiftka habeenka saacadee ayuu dhammaadaa?', 'what time night shift finish?'],
  ['ma jiraa bas qaada shaqaalaha subaxdii?', 'is there bus take staff in the morning?'],
  ['ma heli karaa amaah?', 'can I get loan?'],
  ['ma beddeli karaa shiftkayga?', 'can I change my shift?'],
];

// Words of pay, leave, family, transport, health and uniforms; "ma" as "not", "karaa" as "can", "la" as one.
const WORK: ReadonlyArray<readonly [string, string]> = [
  ['fasax ma qaadan karaa haddii ilmahaygu jiran yahay?', 'can I take leave if my child sick?'],
  ['ma jiraa fasax aabbe?', 'is there paternity leave?'],
  ['fasaxa jirrada immisa maalmood baa la bixiyaa?', 'how many days is sick leave paid?'],
  ['fasax umuleed waa immisa bilood?', 'how many months maternity leave?'],
  [
    'hooyaday waa dhimatay, immisa maalmood oo fasax ah ayaan helayaa?',
    'my mother died. how many days leave do I get?',
  ],
  ['ninkayga wuu dhintay, fasax geeri ma leeyahay?', 'my husband died. do I have bereavement leave?'],
  ['fasax aan mushahar lahayn ma la qaadan karaa?', 'can I take unpaid leave?'],
  ['fasax sanadeedka goorma ayaan codsan karaa?', 'when can I apply annual leave?'],
  ['sxb goorma ayaa fasaxa ciidda la bixiyaa', 'when is Eid holiday paid?'],
  ['overtime-ka ma la bixiyaa maalinta jimcaha?', 'is overtime paid on Friday?'],
  ['lacagta saacadaha dheeriga saacaddiiba waa immisa?', 'how much overtime pay per hour?'],
  [
    'ma jiraa lacag cunto haddii aan shaqeeyo saacado dheeri ah?',
    'is there meal allowance if I work overtime?',
  ],
  ['gunnada dhammaadka sanadka goorma la bixiyaa?', 'when is end of year bonus paid?'],
  ['horudhac mushahar immisa ayaan qaadan karaa?', 'how much salary advance can I take?'],
  ['sideen ku codsan karaa amaah mushahar?', 'how can I apply salary advance?'],
  ['mushaharka ma la kordhinayaa sanadkan?', 'is salary increased this year?'],
  ['canshuurta mushaharka immisa boqolkiiba weeye?', 'how much tax salary percent?'],
  ['shiftiga habeenka immisa saacadood weeye?', 'how many hours night shift?'],
  ['gaadhiga shaqada goorma buu yimaadaa?', 'when staff bus come?'],
  ['makhaayadda shaqaalaha goorma ayay furantahay?', 'when staff canteen open?'],
  ['kabaha badbaadada iyo koofiyadda ma bilaash baa?', 'safety shoes and helmet free?'],
  ['ma jiraa caymis caafimaad oo shaqaalaha ah?', 'is there health insurance staff?'],
  ['warqadda dhakhtarka xagee ayaan geeyaa?', "where do I bring doctor's note?"],
  ['haddii aan jiranahay yaan u sheegaa?', 'if I am sick. who do I tell?'],
  ['haddii aan shaqada soo daaho maxaa dhacaya?', 'if I work late. what happen?'],
  [
    'fasax geeri immisa maalmood weeye haddii aabahay dhinto?',
    'how many days bereavement leave if my father died?',
  ],
];

// Chat's spellings: no doubled vowels, capitals, greetings, Somaliland's "dh", English words with Somali's endings.
const SPELT: ReadonlyArray<readonly [string, string]> = [
  ['mushaarka goorma la bixiya', 'when is salary paid?'],
  ['fasax imisa maalmod ayan helaya', 'how many days leave do I get?'],
  ['MUSHAHARKA GOORMA LA BIXIYAA?', 'when is salary paid?'],
  ['SHIFTKA HABEENKA GOORMA AYUU BILAABMAA?', 'when night shift start?'],
  ['Salaan sxb, bus-ka shaqada meeqa saac ayuu baxaa?', 'what time staff bus leave?'],
  ['asc walaal, xafiiska HR xagee ku yaal?', 'where office HR?'],
  ['waxaan rabaa inaan ogaado goorma la bixinayo mushaharka', 'when is salary paid?'],
  ['mushaharku goorma ayuu soo baxayaa?', 'when is salary paid?'],
  ['xagee ka helaa payslip-kayga?', 'where get my payslip?'],
  ['salary-ga goorma la dirayaa?', 'when is salary sent?'],
  ['sxb mushaarkii bishan weli ma helin, yaan la hadlaa?', 'salary this month still not get. who do I talk?'],
];

describe('a question typed in Somali chat', () => {
  it('is read as the English it asks, English words kept as typed ("advance", "overtime")', () => {
    for (const [typed, read] of CHAT) expect(readSomali(typed)).toBe(read);
  });

  it('reads each word of asking: goorma, immisa, meeqa, intee, maxay, xagee, sidee, yaa, kuma, "-ee", "ma"', () => {
    for (const [typed, read] of ASKED) expect(readSomali(typed)).toBe(read);
  });

  it('reads the words of pay, leave, family, transport, health and uniforms, "ma", "karaa" and "la"', () => {
    for (const [typed, read] of WORK) expect(readSomali(typed)).toBe(read);
  });

  it('reads chat spellings: no doubled vowels, capitals, greetings, "dh", English words with endings', () => {
    for (const [typed, read] of SPELT) expect(readSomali(typed)).toBe(read);
  });

  it('reads a thing of a named colleague as theirs, which the privacy check sees', () => {
    const salary = readSomali('Cabdi Axmed mushaharkiisa waa immisa?');
    expect(salary).toBe("how much Cabdi Axmed's salary?");
    expect(privatePersonAsked(salary)).toBe('Cabdi Axmed');
    const of = readSomali('mushaharka Maxamed Jaamac waa immisa?');
    expect(of).toBe('how much salary of Maxamed Jaamac?');
    expect(privatePersonAsked(of)).toBe('Maxamed Jaamac');
    const illness = readSomali('Hodan Warsame xanuunkeeda waa maxay?');
    expect(illness).toBe("what is Hodan Warsame's illness?");
    expect(privatePersonAsked(illness)).toBe('Hodan Warsame');
    const sick = readSomali('Sahra Yuusuf maxay ka jirantahay?');
    expect(sick).toBe("what is Sahra Yuusuf's illness?");
    expect(privatePersonAsked(sick)).toBe('Sahra Yuusuf');
    const home = readSomali('cinwaanka guriga Xaliimo Maxamed xagee waaye?');
    expect(privatePersonAsked(home)).toBe('Xaliimo Maxamed');
    // A work question names no one.
    expect(privatePersonAsked(readSomali('mushaharka goorma la bixiyaa?'))).toBeUndefined();
  });

  const NOT_SOMALI: readonly string[] = [
    // English, with "ma", "la", "waa" and "u" as slips, Somali names and places, or a Somali word or two in it
    'when is the salary paid this month?',
    'how many days of annual leave do I get?',
    'ma, what time does the bus leave?',
    'la la la, is the canteen open on Friday?',
    'I need to ask HR about the Eid holiday, when is it?',
    'can I take leave during Ramadan?',
    "who is Cabdi Axmed's supervisor?",
    'is there a bus from Hargeisa to Berbera at 6?',
    "what's the overtime rate for the night shift?",
    'is the uniform free or do we pay for it?',
    'Hi, my name is Hodan, where do I get my payslip?',
    'what is the fasax policy for ciid?',
    'when is mushahar paid?',
    'u ka ma la, sorry typo. where is the clinic?',
    'Waa, is it time to go home?',
    // Swahili
    'mshahara unalipwa lini?',
    'nina siku ngapi za likizo?',
    'basi la kazi linaondoka saa ngapi?',
    'naomba kujua kama naweza kupata mkopo',
    'je, kuna posho ya chakula?',
    // Arabic typed in Latin letters
    'kam el ma3ash?',
    'mata el dawam?',
    'emta el ratib yenzel?',
    '3andi ijaza kam yom?',
    'fi bas lel mowazafin?',
    // Indonesian and Malay, Sesotho, Wolof, Tetum, Oromo, Hindi and Tagalog
    'kapan gajian bulan ini?',
    'berapa hari cuti tahunan?',
    'bas kilang bertolak pukul berapa?',
    'boleh saya ambil cuti sakit?',
    'chelete ea dijo ha ke sebetsa overtime ke bokae?',
    'ke kopa ho tseba hore re lefuoa neng khoeling ena',
    'kañ lañuy fey xaalis bi?',
    'naka laa def ngir am congé?',
    'bainhira mak ami simu saláriu?',
    "ha'u bele hetan lisensa moras?",
    'guyyaa boqonnaa meeqa argadha?',
    'mindaan yoom kaffalama?',
    'kitna paisa milega overtime ka?',
    'na bana ang sahod ko?',
  ];

  it('leaves English, Swahili, Arabizi, Indonesian, Sesotho, Wolof, Tetum and Oromo questions alone', () => {
    for (const q of NOT_SOMALI) {
      expect(typedInSomali(q)).toBe(false);
      expect(readSomali(q)).toBe(q);
      expect(readInOrder(q)).toBe(readRomanised(q));
    }
  });

  it("is read so in its place in roman-typed.ts's order, before Arabic, which took some", () => {
    for (const [typed, read] of [...CHAT, ...ASKED, ...WORK, ...SPELT]) {
      for (const before of BEFORE) expect(before(typed)).toBe(typed);
      expect(readInOrder(typed)).toBe(read);
    }
    const arabic = 'immisa ayaa la iga jaray mushaharka?';
    expect(readArabic(arabic)).not.toBe(arabic);
    expect(readInOrder(arabic)).toBe('how much is salary deducted?');
  });

  it('keeps its phrases and words in the spelling the reading compares them in, four words a phrase at most', () => {
    const listed = [...ASKING.keys(), ...WORDS.keys(), ...PHRASES.flatMap(([words]) => words.split(' '))];
    expect(listed.filter((word) => SPELLINGS.get(word) !== undefined)).toEqual([]);
    expect(PHRASES.filter(([words]) => words.split(' ').length > 4)).toEqual([]);
    // A thing with its article or owner, a verb with its ending, a word without its doubled letters.
    expect(SPELLINGS.get('mushaharkayga')).toBe('mushahar');
    expect(SPELLINGS.get('shaqada')).toBe('shaqo');
    expect(SPELLINGS.get('saacadda')).toBe('saacad');
    expect(SPELLINGS.get('walaashay')).toBe('walaal');
    expect(SPELLINGS.get('helayaa')).toBe('hel');
    expect(SPELLINGS.get('bixinayaa')).toBe('bixi');
    expect(SPELLINGS.get('jiraa')).toBe('jir');
    expect(SPELLINGS.get('maalmod')).toBe('maalmood');
    expect(SPELLINGS.get('gaadhiga')).toBe('gaari');
    // English's words, and Swahili's, are no form of a Somali word.
    expect(SPELLINGS.get('data')).toBeUndefined();
    expect(SPELLINGS.get('siku')).toBeUndefined();
    expect(SPELLINGS.get('hello')).toBeUndefined();
  });

  it('lists its own words in any form, but not a place', () => {
    for (const word of ['goorma', 'mushaharka', 'fasaxa', 'helayaa', 'saacaddee'])
      expect(isSomaliListed(word)).toBe(true);
    for (const word of ['hargeisa', 'berbera', 'burco', 'supervisor'])
      expect(isSomaliListed(word)).toBe(false);
  });

  it('drops a form of a verb neither English nor the knowledge base knows, and keeps one the base has', () => {
    const written = 'xafiiska goorma ayaan galayaa?';
    const read = readSomali(written);
    expect(read).toBe('when office I galayaa?');
    expect(withoutUnknownSomali(read, written, noWords)).toBe('when office I?');
    const known = { df: (t: string) => (t === 'galayaa' ? 1 : 0), chunks: 1 } as never;
    expect(withoutUnknownSomali(read, written, known)).toBe(read);
  });
});
