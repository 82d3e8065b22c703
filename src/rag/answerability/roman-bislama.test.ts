// Where Bislama stands in roman-typed.ts's LANGUAGES: after Serbian and before Krio, so before Kriol, Arabic, Tetum,
// Samoan, Tongan and the rest, of which Krio ("hamas dei sik lif mi save tekem long wan yia?", for its "lif", "sik"
// and "yia") and Arabic ("mi no save kam tede from mi sik, …", for its "mi" and "tede") take some Bislama questions
// and read them badly. Kabuverdianu, Wolof and Serbian, tried before it, take none of the Bislama questions below;
// Bislama's reader takes none of the other readers' test questions (it counts only with two words only Bislama
// writes, or one of its own words of asking beside one of its small words, and more of its own than of English's
// small words or a neighbour's), so it costs them nothing where it stands. The questions below were made up for
// these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { privatePersonAsked } from './private-request.js';
import { readArabic } from './roman-arabic.js';
import { isBislamaListed, readBislama, typedInBislama, withoutUnknownBislama } from './roman-bislama.js';
import { ASKING, PHRASES, SPELLINGS, WORDS } from './roman-bislama-words.js';
import { readKabuverdianu } from './roman-kabuverdianu.js';
import { readKrio } from './roman-krio.js';
import { readSerbian } from './roman-serbian.js';
import { readRomanised } from './roman-typed.js';
import { readWolof } from './roman-wolof.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// The readers roman-typed.ts tries before Bislama's place.
const BEFORE = [readKabuverdianu, readWolof, readSerbian];

// roman-typed.ts's order with Bislama in its place, as the comment above puts it.
const readInOrder = (question: string) => {
  for (const read of BEFORE) if (read(question) !== question) return read(question);
  const read = readBislama(question);
  return read !== question ? read : readRomanised(question);
};

// The brief's questions, as staff type them in chat.
const CHAT: ReadonlyArray<readonly [string, string]> = [
  [
    'wanem taem ol technician blong workshop long Noumea oli kam long Vila?',
    'when technician of workshop in Noumea come to Vila?',
  ],
  [
    'mi traem password blong mi plante taem nao i blok, hamas taem bae mi wet?',
    'I try my password many times locked. how long will I wait?',
  ],
  [
    'sapos mi go wok long Santo, hamas allowance long wan naet?',
    'if I go work in Santo. how much allowance per night?',
  ],
  [
    'kakae blong staff long kantin i stap wanem taem long dinatam?',
    'what time food of staff in canteen at lunch time?',
  ],
];

// Each word of asking.
const ASKED: ReadonlyArray<readonly [string, string]> = [
  ['wanem taem oli pem salari?', 'when do they pay salary?'],
  ['wanem taem kantin i open long Sarede?', 'what time canteen open on Saturday?'],
  ['hamas dei sik lif mi save tekem long wan yia?', 'how many days sick leave can I take per year?'],
  ['hamas vatu oli pem long wan aoa long Sande?', 'how many vatu do they pay per hour on Sunday?'],
  ['hamas staff i stap long ofis long Luganville?', 'how many staff in office in Luganville?'],
  ['hamas taem mi save traem password?', 'how many times can I try password?'],
  ['ofis blong HR i stap long wea?', 'where office of HR?'],
  ['long wea mi save kasem pei slip blong mi?', 'where can I get my payslip?'],
  ['hu i save sainem fom blong mi?', 'who can sign my form?'],
  ['olsem wanem bae mi aplae blong holide?', 'how will I apply for holiday?'],
  ['from wanem oli no pem ovataem blong mi?', 'why do they not pay my overtime?'],
  ['wanem dei bae oli pem ovataem?', 'which day will they pay overtime?'],
  ['wijwan bas i go long Mele long moning?', 'which bus go to Mele in the morning?'],
  ['i gat bas blong staff long Sande?', 'is there bus of staff on Sunday?'],
];

// Words of pay, leave, family, food and travel, and "save" (can), "mas" (must), "bae" (will), "sapos" (if).
const WORK: ReadonlyArray<readonly [string, string]> = [
  ['mi wantem save hamas mane bae mi kasem long wan manis', 'how much money will I get per month?'],
  ['mi save kakae long ofis?', 'I can eat in office?'],
  ['sapos pikinini blong mi i sik, mi save tekem lif?', 'if my child sick I can take leave?'],
  ['Wanem taem bae oli givim pei blong yumi?', 'when will they give our pay?'],
  ['taem mi sik, hu nao mi mas talem?', 'when I sick. who must I tell?'],
  ['bos i no stap, hu nao i save sainem lif fom?', 'boss not here. who can sign leave form?'],
  [
    'mi no save kam tede from mi sik, mi mas talem long hu?',
    'I cannot come today because I sick. who must I tell to?',
  ],
  ['hamas pikinini i save go long skul blong kampani?', 'how many children can go to school of company?'],
  ['olsem wanem mi save kasem pablik holide pei?', 'how can I get public holiday pay?'],
  ['yumi save karem pikinini i kam long wok?', 'we can bring child come to work?'],
  ['ol dokta blong haosik oli wok long naet tu?', 'doctor of hospital work at night also?'],
  ['hamas mane bae yumi pem blong kakae long kantin?', 'how much money will we pay for food in canteen?'],
  ['wanem taem yu save givim mi tiket blong plen?', 'what time can you give me plane ticket?'],
  ['wok blong mi i finis wanem taem long Fraede?', 'what time my work finish on Friday?'],
  [
    'bae mi kasem tu dei lif sapos waef blong mi i bonem pikinini?',
    'will I get two day leave if my wife give birth child?',
  ],
  ['hu i stap lukaot long ol tiket blong bot mo plen?', 'who look after boat ticket and plane?'],
];

// Bislama mixed with English, a greeting, "mi wantem save" (I want to know), and two questions joined by "mo".
const MIXED: ReadonlyArray<readonly [string, string]> = [
  ['mi wantem cancelem tiket blong mi, olsem wanem?', 'I want cancel my ticket. how?'],
  [
    'mi wantem save sapos mi save jenisim sift blong mi wetem narafala wokman',
    'I want to know if I can change my shift with other worker',
  ],
  ['Halo, wanem taem kantin i open?', 'what time canteen open?'],
  ['mi wantem save wanem taem nekis miting blong ol staff?', 'what time next meeting of staff?'],
  [
    'hamas dei sik lif mi save tekem mo hu i save sainem fom blong mi?',
    'how many days sick leave can I take, and who can sign my form?',
  ],
  ['shift allowance blong mi i hamas long wan naet?', 'how much my shift allowance per night?'],
  ['mi wantem save: hamas dei holide yumi gat long wan yia?', 'how many days holiday do we have per year?'],
  ['Tankyu tumas. Wanem taem bae oli pem mi?', 'when will they pay me?'],
  ['plis yu save talem long mi wanem taem bas i lego?', 'what time bus leave?'],
  ['I gat bas blong staff long Sande?', 'is there bus of staff on Sunday?'],
];

describe('a question typed in Bislama chat', () => {
  it("reads the brief's questions, keeping English words and places as typed", () => {
    for (const [typed, read] of CHAT) expect(readBislama(typed)).toBe(read);
  });

  it('reads each word of asking: wanem taem, hamas, long wea, hu, olsem wanem, from wanem, wijwan, i gat', () => {
    for (const [typed, read] of ASKED) expect(readBislama(typed)).toBe(read);
  });

  it('reads the words of pay, leave, family, food and travel, with "do" and the modals before who', () => {
    for (const [typed, read] of WORK) expect(readBislama(typed)).toBe(read);
  });

  it('keeps English words, leaves out a greeting or "mi wantem save", reads "mo" before a question as ", and"', () => {
    for (const [typed, read] of MIXED) expect(readBislama(typed)).toBe(read);
  });

  it('reads "hamas taem" as how long of a wait, "wanem taem" as what time of a thing with a time of day', () => {
    expect(readBislama('hamas taem bae mi wet?')).toBe('how long will I wait?');
    expect(readBislama('hamas taem mi save traem password?')).toBe('how many times can I try password?');
    expect(readBislama('wanem taem oli pem salari?')).toBe('when do they pay salary?');
    expect(readBislama('wanem taem kantin i open?')).toBe('what time canteen open?');
  });

  it('reads the owner after "blong" before the thing, and a thing of a person as theirs', () => {
    expect(readBislama('wanem taem bae oli pem sik lif blong yu?')).toBe(
      'when will they pay your sick leave?',
    );
    const read = readBislama('wanem salari blong John Kalo?');
    expect(read).toBe('what salary of John Kalo?');
    expect(privatePersonAsked(read)).toBe('John Kalo');
  });

  it('is recognised typed without capitals, its own words listed so they are taken for no names', () => {
    const lower = 'wanem taem ol technician blong workshop long noumea oli kam long vila?';
    expect(typedInBislama(lower)).toBe(true);
    for (const word of ['wanem', 'blong', 'oli', 'hamas', 'kakae', 'dinatam', 'sarede']) {
      expect(isBislamaListed(word)).toBe(true);
    }
    for (const word of ['vila', 'santo', 'password', 'noumea']) expect(isBislamaListed(word)).toBe(false);
  });

  // English chat, with Bislama's "long", "stap", "wan", "go", "kam", "save", "gud", "bae", "wea" and "hu" in it.
  const ENGLISH: readonly string[] = [
    'how much r we paying the guys',
    'how long is the lunch break?',
    'can i save my leave for next year?',
    'i wan go home early, who do i tell?',
    'is the canteen food gud today?',
    'can u kam to the meeting tmrw?',
    'why did the bus stap at the depot so long?',
    'how long do we stap at the site on a night shift?',
    'where do i go to save my payslip as pdf?',
    'wan more question: how many days sick leave do i get?',
    'do we get paid for the long weekend?',
    'gud morning, who do I ask about my salary?',
    'kam on guys, when is payday?',
    'so long as i finish my shift can i go early?',
    'long story short, can i swap my shift?',
    'what time does the bus go to the airport?',
    'how much does a room cost per naet at the hotel?',
    'i stap working at 5, is that ok?',
    'bae can u check my leave balance?',
    'wea r u guys, the meeting started',
  ];

  it('leaves plain English chat alone, with a Bislama-looking word or two in it', () => {
    for (const q of ENGLISH) {
      expect(typedInBislama(q)).toBe(false);
      expect(readBislama(q)).toBe(q);
    }
  });

  // Tok Pisin and Solomons Pijin, which share "wanem", "blong", "save", "i" and "ol"; and other creoles and languages.
  const NOT_BISLAMA: readonly string[] = [
    'haumas moni bai mi kisim long wanpela wik?',
    'wanem taim bai ol wokman i kisim pe?',
    'mi laik save husat i bos bilong opis?',
    'yu save wanem taim opis i op?',
    'waswe olketa no peim mi yet?',
    'haomas nao mani blong wan naet long Honiara?',
    'iu save wea nao ofis blong olketa?',
    'wetin na di pe fo C shift?',
    'how far, wetin time una go close today?',
    'weh time di bus lef fi Pomona?',
    'konbyen jou konje mwen genyen?',
    'berapa hari cuti yang saya dapat?',
    'quantos dias de férias eu tenho? nao sei',
    'la plante est morte, qui va la arroser?',
    'e fia aso malolo e maua e tagata faigaluega i le tausaga?',
    "fiha 'aho malolo 'oku ou ma'u?",
  ];

  it('leaves Tok Pisin, Pijin, Krio, Kriol, Haitian, Indonesian, Portuguese, French, Samoan and Tongan alone', () => {
    for (const q of NOT_BISLAMA) {
      expect(typedInBislama(q)).toBe(false);
      expect(readBislama(q)).toBe(q);
      expect(readInOrder(q)).toBe(readRomanised(q));
    }
  });

  it("is read so in its place in roman-typed.ts's order, before Krio and Arabic, which took these", () => {
    for (const [typed, read] of [...CHAT, ...ASKED, ...WORK, ...MIXED]) {
      for (const before of BEFORE) expect(before(typed)).toBe(typed);
      expect(readInOrder(typed)).toBe(read);
    }
    const krio = 'hamas dei sik lif mi save tekem long wan yia?';
    expect(readKrio(krio)).not.toBe(krio);
    const arabic = 'mi no save kam tede from mi sik, mi mas talem long hu?';
    expect(readArabic(arabic)).not.toBe(arabic);
  });

  it('keeps its phrases and words in the spelling the reading compares them in', () => {
    const listed = [...ASKING.keys(), ...WORDS.keys(), ...PHRASES.flatMap(([words]) => words.split(' '))];
    expect(listed.filter((word) => SPELLINGS.has(word))).toEqual([]);
    expect(SPELLINGS.get('blo')).toBe('blong');
    expect(SPELLINGS.get('dinataem')).toBe('dinatam');
    expect(readBislama('kakae blong staff long kantin i stap wanem taem long dinataem?')).toBe(
      'what time food of staff in canteen at lunch time?',
    );
  });

  it('drops a form of a verb neither English nor the knowledge base knows, and keeps one the base has', () => {
    const written = 'wanem taem bos bae i aprovum lif blong mi?';
    const read = readBislama(written);
    expect(read).toBe('when boss will aprovum my leave?');
    expect(withoutUnknownBislama(read, written, noWords)).toBe('when boss will my leave?');
    const known = { df: (t: string) => (t === 'aprovum' ? 1 : 0), chunks: 1 } as never;
    expect(withoutUnknownBislama(read, written, known)).toBe(read);
    // An English question is no Bislama one: nothing is dropped.
    expect(withoutUnknownBislama('how long is lunch?', 'how long is lunch?', noWords)).toBe(
      'how long is lunch?',
    );
  });
});
