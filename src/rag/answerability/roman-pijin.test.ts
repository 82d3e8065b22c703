// Where Solomons Pijin stands in roman-typed.ts's LANGUAGES: after Serbian and before Bislama, so before Krio,
// Kriol, Arabic and the rest. Bislama's reader takes many Pijin questions ("wanem taem", "hu nao" and "blo" are its
// words too) and reads them badly, leaving Pijin's own words as typed ("mi sik tumoro, mi mas duim wanem?" as "I
// sick tumoro. what must I duim?"); Pijin's reader takes none of Bislama's test questions (it counts only with two
// words only Pijin writes, or one of its own words of asking beside one of its small words, and more of its own than
// of Bislama's, Tok Pisin's, English's small words or another neighbour's), so it costs Bislama nothing tried first.
// Kabuverdianu, Wolof and Serbian, tried before it, take none of the Pijin questions below. The questions below were
// made up for these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { privatePersonAsked } from './private-request.js';
import { readBislama } from './roman-bislama.js';
import { OWN as BISLAMA_OWN } from './roman-bislama-words.js';
import { readKabuverdianu } from './roman-kabuverdianu.js';
import { isPijinListed, readPijin, typedInPijin, withoutUnknownPijin } from './roman-pijin.js';
import { ASKING, OWN, PHRASES, SPELLINGS, WORDS } from './roman-pijin-words.js';
import { readSerbian } from './roman-serbian.js';
import { readRomanised } from './roman-typed.js';
import { readWolof } from './roman-wolof.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// The readers roman-typed.ts tries before Pijin's place.
const BEFORE = [readKabuverdianu, readWolof, readSerbian];

// roman-typed.ts's order with Pijin in its place, as the comment above puts it.
const readInOrder = (question: string) => {
  for (const read of BEFORE) if (read(question) !== question) return read(question);
  const read = readPijin(question);
  return read !== question ? read : readRomanised(question);
};

// The brief's questions, as staff type them in chat.
const CHAT: ReadonlyArray<readonly [string, string]> = [
  ['haomas nao selen blo ovataem?', 'how much overtime pay?'],
  ['wanem taem nao bas hem lusim Honiara?', 'what time bus leave Honiara?'],
  ['hao nao mi save aplae for lif?', 'how can I apply for leave?'],
  ['mi sik tumoro, mi mas duim wanem?', 'I sick tomorrow. what must I do?'],
  ['hu nao bos blo kanri?', 'who boss of country?'],
];

// Each word of asking: wanem taem, haomas, haomas taem, wea, hu, hao, waswe, wanem, wanem dei, olsem wanem, from
// wanem, and "hem garem" (is there).
const ASKED: ReadonlyArray<readonly [string, string]> = [
  ['wanem taem nao olketa bae peim iumi?', 'when will they pay us?'],
  ['wanem taem kantin hem open long Sarere?', 'what time canteen open on Saturday?'],
  ['haomas dei sik lif nao mi save tekem long wan yia?', 'how many days sick leave can I take per year?'],
  ['haomas nao selen blo wan aoa long Sande?', 'how much money per hour on Sunday?'],
  ['haomas wakman nao waka long ofis long Auki?', 'how many workers work in office in Auki?'],
  ['haomas taem nao bae mi wet for lon blo mi?', 'how long will I wait for my loan?'],
  ['wea nao iumi save kasem yunifom an sefti sus?', 'where can we get uniform and safety boots?'],
  ['hu nao save sainim lif fom blo mi?', 'who can sign my leave form?'],
  ['hao nao mi save aplae for holide?', 'how can I apply for holiday?'],
  ['waswe olketa no peim ovataem blo mi?', 'why do they not pay my overtime?'],
  ['wanem dei nao olketa bae peim salari disfala mans?', 'which day will they pay salary this month?'],
  ['wanem nao iumi mas duim sapos iumi sik?', 'what must we do if we sick?'],
  ['hem garem bas for olketa wakman long Sande?', 'is there bus for worker on Sunday?'],
  ['olsem wanem nao iumi save kasem advans long pei?', 'how can we get salary advance?'],
  ['from wanem nao olketa katem selen blo mi?', 'why do they cut my money?'],
];

// Pay, leave, shifts, transport, pay dates, sick notes, PPE, loans and holidays; "save" (can), "mas" (must), "bae"
// (will), "sapos" (if), "garem" (have), "hem" said again after a thing, and "olketa" as "they".
const WORK: ReadonlyArray<readonly [string, string]> = [
  [
    'haomas dei lif nao mi garem sapos waef blo mi hem bonem pikinini?',
    'how many days leave do I have if my wife give birth?',
  ],
  ['iu save givim mi advans long pei blo mi?', 'can you give me advance in my pay?'],
  [
    'mi laek tekem lon from kampani, hao nao mi save aplae?',
    'I want to take loan from company. how can I apply?',
  ],
  ['wanem taem nao trak blo kampani hem kam long Auki?', 'what time truck of company come to Auki?'],
  ['wanem taem nao sip hem lusim Honiara for go long Gizo?', 'what time ship leave Honiara to go to Gizo?'],
  ['olketa bae peim iumi long Fraede o Mande?', 'will they pay us on Friday or Monday?'],
  ['haomas dei holide nao iumi garem long wan yia?', 'how many days holiday do we have per year?'],
  ['iumi save garem tufala sif long wan dei?', 'can we have two shift per day?'],
  ['pablik holide hem kam tumoro, iumi waka o nomoa?', 'public holiday come tomorrow we work or not?'],
  ['hu nao mi mas talem sapos pikinini blo mi hem sik?', 'who must I tell if my child sick?'],
  [
    'mi no save kam waka tude bikos mi sik, mi mas duim wanem?',
    'I cannot come work today because I sick. what must I do?',
  ],
  ['iumi save kaikai long kantin?', 'can we eat in canteen?'],
  ['wanem taem nao pei dei blo iumi long disfala mans?', 'when our payday in this month?'],
  [
    'mama blo mi hem dae astade, haomas dei lif nao mi save tekem?',
    'my mother died yesterday. how many days leave can I take?',
  ],
  ['hu nao garem sefti gia for olketa niu wakman?', 'who have safety gear for new worker?'],
  ['waka blo mi hem finis long Fraede aftanun?', 'my work finish on Friday afternoon?'],
  [
    'mi garem sik, hao nao mi save kasem meresin long klinik?',
    'I have sick. how can I get medicine in clinic?',
  ],
  ['haomas nao mani blong wan naet long Honiara?', 'how much money per night in Honiara?'],
  ['waswe olketa no peim mi yet?', 'why do they not pay me yet?'],
];

// Pijin mixed with English, greetings and thanks, "mi laek save" (I want to know), "iu save talem mi" (can you tell
// me), capitals, chat's spellings, and two questions joined by ", an".
const MIXED: ReadonlyArray<readonly [string, string]> = [
  ['Halo bos, haomas nao night shift allowance?', 'how much night shift allowance?'],
  ['mi laek save haomas nao overtime rate long Sande', 'how much overtime rate on Sunday?'],
  ['Tanggio tumas. Wanem taem nao olketa bae peim mi?', 'when will they pay me?'],
  ['plis iu save talem mi hao nao for claim medical?', 'how to claim medical?'],
  ['iu save talem mi wanem taem nao bas hem kam long moning?', 'what time bus come in the morning?'],
  ['HAOMAS NAO SELEN BLO OVATAEM?', 'how much overtime pay?'],
  ['homas dei nao maternity leave?', 'how many days maternity leave?'],
  [
    'mi wande save sapos mi save jenisim sif blo mi witim narafala wakman',
    'I want to know if I can change my shift with other worker',
  ],
  [
    'wanem taem nao olketa peim iumi, an haomas nao pei blo ovataem?',
    'when do they pay us, and how much overtime pay?',
  ],
  ['iu save wea nao ofis blong olketa?', 'where their office?'],
];

describe('a question typed in Solomons Pijin chat', () => {
  it("reads the brief's questions, keeping English words and places as typed", () => {
    for (const [typed, read] of CHAT) expect(readPijin(typed)).toBe(read);
  });

  it('reads each word of asking, with "nao" after it left out', () => {
    for (const [typed, read] of ASKED) expect(readPijin(typed)).toBe(read);
  });

  it('reads the words of pay, leave, shifts and travel, with "do" and the modals before who', () => {
    for (const [typed, read] of WORK) expect(readPijin(typed)).toBe(read);
  });

  it('keeps English words, leaves out a greeting or "mi laek save", reads capitals and chat spellings', () => {
    for (const [typed, read] of MIXED) expect(readPijin(typed)).toBe(read);
  });

  it('reads "haomas" before a thing counted as how many, elsewhere how much; "wanem taem" of a bus as what time', () => {
    expect(readPijin('haomas dei nao maternity leave?')).toBe('how many days maternity leave?');
    expect(readPijin('haomas nao night shift alaoens?')).toBe('how much night shift allowance?');
    expect(readPijin('haomas taem nao bae mi wet?')).toBe('how long will I wait?');
    expect(readPijin('wanem taem nao olketa peim iumi?')).toBe('when do they pay us?');
    expect(readPijin('wanem taem nao bas hem lusim Honiara?')).toBe('what time bus leave Honiara?');
  });

  it('leaves out "hem" said again after a thing, and reads it as "he" or "him" elsewhere', () => {
    expect(readPijin('wanem taem nao trak hem kam?')).toBe('what time truck come?');
    expect(readPijin('waswe olketa no peim hem?')).toBe('why do they not pay him?');
    expect(readPijin('pikinini blo mi hem sik, mi save tekem lif tude?')).toBe(
      'my child sick I can take leave today?',
    );
  });

  it("reads a named colleague's salary, illness or private number as theirs, the name kept", () => {
    const asked: ReadonlyArray<readonly [string, string, string]> = [
      ['haomas nao salari blo John Kalo?', 'how much salary of John Kalo?', 'John Kalo'],
      ['wanem sik nao Mary Tome hem garem?', 'what sickness Mary Tome have?', 'Mary Tome'],
      ['waswe Mary Tome hem sik?', 'why Mary Tome sick?', 'Mary Tome'],
      [
        'wanem nao praevet namba blo Peter Maeasi? mi laek ringim hem',
        'what personal number of Peter Maeasi? I want to call him',
        'Peter Maeasi',
      ],
    ];
    for (const [typed, read, name] of asked) {
      expect(readPijin(typed)).toBe(read);
      expect(privatePersonAsked(read)).toBe(name);
    }
    // A phone number with no word of a private one is read as English reads it: no private detail asked.
    const phone = readPijin('wanem nao fon namba blo Peter Maeasi? mi laek ringim hem');
    expect(phone).toBe('what phone number of Peter Maeasi? I want to call him');
  });

  it('is recognised typed without capitals, its own words listed so they are taken for no names', () => {
    expect(typedInPijin('wanem taem nao bas hem lusim honiara?')).toBe(true);
    expect(readPijin('wanem taem nao bas hem lusim honiara?')).toBe('what time bus leave honiara?');
    for (const word of ['haomas', 'olketa', 'lusim', 'tumoro', 'selen', 'blo', 'sarere', 'iumi'])
      expect(isPijinListed(word)).toBe(true);
    for (const word of ['honiara', 'auki', 'gizo', 'password']) expect(isPijinListed(word)).toBe(false);
  });

  // English chat, with Pijin's "nao", "hao", "long", "save", "staka", "tude", "selen" or "olketa" in it.
  const ENGLISH: readonly string[] = [
    'how much r we paying the guys',
    'how long is the lunch break?',
    'can i save my leave for next year?',
    'hao r u guys, when is payday?',
    'ok nao, what time does the canteen open?',
    'staka work today, can i leave early?',
    'is the bus to Honiara leaving tude?',
    'how much selen do we get for overtime?',
    'who is the bos of the kanri?',
    'can olketa staff get a loan?',
    'hao long is the lunch break?',
    'hao do i apply for leave?',
    'iu save when the payslips come out?',
    'mi no save, who do I ask about pay?',
    'what time does the boat leave for Gizo?',
    'do we get paid for the long weekend?',
    // A colleague's name whose first word is Pijin's "how".
    'Hao Yu phone no?',
    'is Hao Yu on the night shift?',
  ];

  it('leaves plain English chat alone, with a Pijin-looking word or two in it', () => {
    for (const q of ENGLISH) {
      expect(typedInPijin(q)).toBe(false);
      expect(readPijin(q)).toBe(q);
    }
  });

  // Bislama's own test questions, which Bislama reads: Pijin, tried first, must take none of them.
  const BISLAMA: readonly string[] = [
    'wanem taem ol technician blong workshop long Noumea oli kam long Vila?',
    'mi traem password blong mi plante taem nao i blok, hamas taem bae mi wet?',
    'sapos mi go wok long Santo, hamas allowance long wan naet?',
    'kakae blong staff long kantin i stap wanem taem long dinatam?',
    'wanem taem oli pem salari?',
    'wanem taem kantin i open long Sarede?',
    'hamas dei sik lif mi save tekem long wan yia?',
    'ofis blong HR i stap long wea?',
    'long wea mi save kasem pei slip blong mi?',
    'hu i save sainem fom blong mi?',
    'olsem wanem bae mi aplae blong holide?',
    'from wanem oli no pem ovataem blong mi?',
    'wijwan bas i go long Mele long moning?',
    'i gat bas blong staff long Sande?',
    'sapos pikinini blong mi i sik, mi save tekem lif?',
    'taem mi sik, hu nao mi mas talem?',
    'bos i no stap, hu nao i save sainem lif fom?',
    'mi no save kam tede from mi sik, mi mas talem long hu?',
    'yumi save karem pikinini i kam long wok?',
    'wanem taem yu save givim mi tiket blong plen?',
    'bae mi kasem tu dei lif sapos waef blong mi i bonem pikinini?',
    'mi wantem save sapos mi save jenisim sift blong mi wetem narafala wokman',
    'Halo, wanem taem kantin i open?',
    'mi wantem save: hamas dei holide yumi gat long wan yia?',
    'Tankyu tumas. Wanem taem bae oli pem mi?',
  ];

  it("leaves Bislama's questions to Bislama, which reads them", () => {
    for (const q of BISLAMA) {
      expect(typedInPijin(q)).toBe(false);
      expect(readPijin(q)).toBe(q);
      expect(readBislama(q)).not.toBe(q);
    }
  });

  // Tok Pisin, which shares "wanem", "save", "peim" and "tude"; and Krio, Kriol, Samoan, Tongan, Tetum, Indonesian,
  // Wolof and Serbian.
  const NOT_PIJIN: readonly string[] = [
    'haumas moni bai mi kisim long wanpela wik?',
    'wanem taim bai ol wokman i kisim pe?',
    'mi laik save husat i bos bilong opis?',
    'yu save wanem taim opis i op?',
    'tude ol i peim mipela o nogat?',
    'haumas de sik lif mi inap kisim?',
    'wetin na di pe fo C shift?',
    'how far, wetin time una go close today?',
    'usai a go get mi payslip?',
    'homoch dem de pay for overtime?',
    'weh time di bus lef fi Pomona?',
    'wah fi do if smaddy get cut eena di plant?',
    'mi kyaan come tomorrow, who fi call?',
    'e fia aso malolo e maua e tagata faigaluega i le tausaga?',
    'o fea le ofisa o le HR?',
    "fiha 'aho malolo 'oku ou ma'u?",
    "ko e ha e taimi 'oku kamata ai e ngaue?",
    'loron hira ba licensa?',
    'kantina iha nebee?',
    'berapa hari cuti yang saya dapat?',
    'kapan gajian bulan ini?',
    'kan la pay bi di nyow?',
    'kad se isplacuje plata za Decembar?',
  ];

  it('leaves Tok Pisin, Krio, Kriol, Samoan, Tongan, Tetum, Indonesian, Wolof and Serbian alone', () => {
    for (const q of NOT_PIJIN) {
      expect(typedInPijin(q)).toBe(false);
      expect(readPijin(q)).toBe(q);
      expect(readInOrder(q)).toBe(readRomanised(q));
    }
  });

  it("is read so in its place in roman-typed.ts's order, before Bislama, which takes some and reads them badly", () => {
    for (const [typed, read] of [...CHAT, ...ASKED, ...WORK, ...MIXED]) {
      for (const before of BEFORE) expect(before(typed)).toBe(typed);
      expect(readInOrder(typed)).toBe(read);
    }
    const badly: ReadonlyArray<readonly [string, string]> = [
      ['mi sik tumoro, mi mas duim wanem?', 'I sick tumoro. what must I duim?'],
      ['wanem taem nao bas hem lusim Honiara?', 'what time bus he lusim Honiara?'],
      ['hu nao bos blo kanri?', 'who boss of kanri?'],
      ['hao nao mi save aplae for holide?', 'hao I can apply for holiday?'],
      ['Tanggio tumas. Wanem taem nao olketa bae peim mi?', 'Tanggio very. when olketa will peim I?'],
    ];
    for (const [typed, bislama] of badly) expect(readBislama(typed)).toBe(bislama);
  });

  // The questions above that Bislama's reader takes when it is tried first: all read worse than Pijin's reader
  // reads them, Pijin's words left as typed ("tumoro", "duim", "garem", "hao", "iumi", "olketa").
  const BISLAMA_TAKES: readonly string[] = [
    'wanem taem nao bas hem lusim Honiara?',
    'mi sik tumoro, mi mas duim wanem?',
    'hu nao bos blo kanri?',
    'haomas dei sik lif nao mi save tekem long wan yia?',
    'haomas taem nao bae mi wet for lon blo mi?',
    'hao nao mi save aplae for holide?',
    'wanem nao iumi mas duim sapos iumi sik?',
    'olsem wanem nao iumi save kasem advans long pei?',
    'from wanem nao olketa katem selen blo mi?',
    'haomas dei lif nao mi garem sapos waef blo mi hem bonem pikinini?',
    'iu save givim mi advans long pei blo mi?',
    'mi laek tekem lon from kampani, hao nao mi save aplae?',
    'wanem taem nao trak blo kampani hem kam long Auki?',
    'hu nao mi mas talem sapos pikinini blo mi hem sik?',
    'mama blo mi hem dae astade, haomas dei lif nao mi save tekem?',
    'waka blo mi hem finis long Fraede aftanun?',
    'mi garem sik, hao nao mi save kasem meresin long klinik?',
    'Tanggio tumas. Wanem taem nao olketa bae peim mi?',
    'iu save talem mi wanem taem nao bas hem kam long moning?',
    'mi wande save sapos mi save jenisim sif blo mi witim narafala wakman',
  ];

  it('is taken by Bislama in part, which reads worse: the questions Bislama reads are these, and no others', () => {
    const all = [...CHAT, ...ASKED, ...WORK, ...MIXED].map(([typed]) => typed);
    expect(all.filter((typed) => readBislama(typed) !== typed)).toEqual(BISLAMA_TAKES);
    for (const typed of BISLAMA_TAKES) expect(readBislama(typed)).not.toBe(readPijin(typed));
  });

  it("lists as its own no word Bislama's lists have", () => {
    expect([...OWN].filter((word) => BISLAMA_OWN.has(word))).toEqual([]);
  });

  it('keeps its phrases and words in the spelling the reading compares them in, four words a phrase at most', () => {
    const listed = [...ASKING.keys(), ...WORDS.keys(), ...PHRASES.flatMap(([words]) => words.split(' '))];
    expect(listed.filter((word) => SPELLINGS.has(word))).toEqual([]);
    expect(PHRASES.filter(([words]) => words.split(' ').length > 4)).toEqual([]);
    expect(SPELLINGS.get('blo')).toBe('blong');
    expect(SPELLINGS.get('lo')).toBe('long');
    expect(SPELLINGS.get('tmoro')).toBe('tumoro');
    expect(readPijin('haomas nao selen lo wan aoa lo Sande?')).toBe('how much money per hour on Sunday?');
  });

  it('drops a form of a verb neither English nor the knowledge base knows, and keeps one the base has', () => {
    const written = 'wanem taem nao bos bae aprovim lif blo iumi?';
    const read = readPijin(written);
    expect(read).toBe('when boss will aprovim our leave?');
    expect(withoutUnknownPijin(read, written, noWords)).toBe('when boss will our leave?');
    const known = { df: (t: string) => (t === 'aprovim' ? 1 : 0), chunks: 1 } as never;
    expect(withoutUnknownPijin(read, written, known)).toBe(read);
    // An English question is no Pijin one: nothing is dropped.
    expect(withoutUnknownPijin('how long is lunch?', 'how long is lunch?', noWords)).toBe(
      'how long is lunch?',
    );
  });
});
