/**
 * @module Bislama, Vanuatu's Melanesian Pidgin, as staff type it in chat and mixed with English ("wanem taem kantin
 * i open?", "hamas allowance long wan naet?", "mi traem password blong mi plante taem nao i blok"): the words of
 * asking, the small words of grammar, the pronouns, and everyday words of pay, leave, family, time, travel and work,
 * with what each says in English, and the words only Bislama writes, which neither English nor a neighbour's chat
 * types. Every list is written as the reading meets a word: in lower case, in Bislama's own spelling ("taem",
 * "naet", "kakae"), chat's other spellings read as it by `SPELLINGS`. The reader joins two words of asking typed
 * apart ("wanem taem" as "wanemtaem", "hamas taem" as "hamastaem"). Written from general knowledge of the language,
 * without reading any organisation's documents or questions.
 */
import { ownFirst, pairsOwnFirst, meaningTable as table } from './roman-shared.js';

/**
 * Words of asking, each with what it asks in English: "hamas" asks how much (how many before a thing counted, which
 * the phrases and the reader read), "wanemtaem" ("wanem taem", joined by the reader) when (what time of a thing
 * that opens, starts or is eaten), "hamastaem" ("hamas taem") how many times (how long of a wait or a stay), "wea"
 * where, "hu" who, "wijwan" which and "wanem" what.
 */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table([
    'how much: hamas',
    'when: wanemtaem',
    'how many times: hamastaem',
    'where: wea',
    'who: hu',
    'which: wijwan',
    'what: wanem',
  ]),
);

/** What "hamas" counts, each with its English plural: "hamas dei" asks how many days, "hamas mane" how much. */
export const COUNTED: ReadonlyArray<readonly [string, string]> = [
  ['dei', 'days'],
  ['naet', 'nights'],
  ['wik', 'weeks'],
  ['manis', 'months'],
  ['yia', 'years'],
  ['aoa', 'hours'],
  ['minit', 'minutes'],
  ['man', 'people'],
  ['pipol', 'people'],
  ['wokman', 'workers'],
  ['pikinini', 'children'],
  ['tiket', 'tickets'],
  ['sift', 'shifts'],
  ['vatu', 'vatu'],
];

// The days of the week, each English then Bislama's name: "Sarede", Saturday.
const DAYS: ReadonlyArray<readonly [string, string]> = [
  ['Monday', 'mande'],
  ['Tuesday', 'tusde'],
  ['Wednesday', 'wenesde'],
  ['Thursday', 'tosde'],
  ['Friday', 'fraede'],
  ['Saturday', 'sarede'],
  ['Sunday', 'sande'],
];

// Each line: the English, then the phrases that say it, apart with ' | ', in the lists' spelling. Read before single
// words, the longest first, so "sik lif" is sick leave and "long wan naet" per night.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  // asking
  'how: olsem wanem | wanem rod',
  'why: from wanem | blong wanem | wanem from | wanem nao from',
  'where: long wea | wea ples | wanem ples | long wanem ples | wea nao',
  'who: hu nao | hu ia',
  'what: wanem nao | wanem samting',
  'which day: wanem dei | long wanem dei',
  'which month: wanem manis',
  'which: wanem wan',
  'what kind: wanem kaen',
  'what time: wanem aoa',
  'how many people: hamas man | hamas pipol',
  'is there: i gat | oli gat | i stap gat',
  'there is no: i no gat | i nogat | oli no gat',
  // can, must, want and not
  'cannot: no save | i no save | kanot',
  'want to know: wantem save',
  'must not: no mas | i no mas',
  'not yet: no yet | no kasem yet',
  'not here: i no stap | oli no stap',
  'not: i no | oli no',
  'again: bakegen | wan moa taem',
  'because I: from mi',
  'because he: from hem',
  'because they: from oli',
  'because: from we | from se',
  // time
  'many times: plante taem | fulap taem',
  'sometimes: sam taem | samtaem',
  'every time: evri taem',
  'every day: evri dei',
  'every week: evri wik',
  'per hour: long wan aoa | blong wan aoa',
  'per day: long wan dei | blong wan dei',
  'per night: long wan naet | blong wan naet',
  'per week: long wan wik | blong wan wik',
  'per month: long wan manis | blong wan manis',
  'per year: long wan yia | blong wan yia',
  'at night: long naet',
  'in the morning: long moning',
  'in the afternoon: long aftenun',
  'at lunch time: long dinatam | long taem blong dina',
  'lunch time: taem blong dina',
  'meal time: taem blong kakae',
  'today: long tede',
  'tonight: naet ia | long naet ia',
  'this week: wik ia | long wik ia',
  'this month: manis ia | long manis ia',
  'this year: yia ia | long yia ia',
  'next week: nekis wik | wik we i kam',
  'next month: nekis manis | manis we i kam',
  'next year: nekis yia | yia we i kam',
  'last week: las wik | wik we i pas',
  'last month: las manis | manis we i pas',
  'last year: las yia | yia we i pas',
  'weekend: en blong wik',
  'come back: kam bak',
  'go back: go bak',
  'go home: go hom | go long haos',
  'look after: lukaot long',
  'plane ticket: tiket blong plen',
  'boat ticket: tiket blong bot',
  // pay, leave and work
  'sick leave: sik lif',
  'annual leave: anual lif | holide lif',
  'maternity leave: metenati lif | lif blong bonem pikinini | lif blong mama',
  'paternity leave: lif blong papa',
  'public holiday: pablik holide',
  'payday: pei dei | dei blong pei',
  'payslip: pei slip | pepa blong pei',
  'overtime: ova taem',
  'bank account: akaon long bank | bank akaon',
  'pregnant: gat bel',
  'resign: lego wok | livim wok',
  "doctor's note: pepa blong dokta | leta blong dokta",
  'hospital: haos sik',
  'toilet: smol haos',
  'phone number: namba blong fon',
];

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...table(PHRASE_LINES, ' | '),
  ...DAYS.map(([english, day]): [string, string] => [`long ${day}`, `on ${english}`]),
  ...COUNTED.map(([word, english]): [string, string] => [`hamas ${word}`, `how many ${english}`]),
];

// The verbs, each English then the verb in the lists' spelling; most that take an object end in "-em", "-im" or
// "-um" ("pem", pay; "givim", give; "putum", put).
// biome-ignore format: a few verbs a line keeps the list short and easy to review
const VERB_LINES = [
  'go: go; come: kam; stay: stap; work: wok; try: traem trae; wait: wet; pay: pem; give: givim',
  'take: tekem; bring: karem; tell: talem; ask: askem; see: lukim; hear: harem; make: mekem; get: kasem',
  'put: putum; sell: salem; buy: baem; open: openem; close: satem; stop: stopem; send: sendem; check: jekem',
  'sign: sainem; fix: fiksim; find: faenem; look for: lukaotem; read: ritim; write: raetem; use: yusum',
  'call: kolem singaot ringim; change: jenisim jenis; learn: lanem; help: helpem; leave: livim lego',
  'drive: draevem; start: stat statem; finish: finis; want: wantem; need: nidim; must: mas; can: save',
  'will: bae bambae; cannot: kanot; have: gat; apply: aplae; talk: toktok tok; meet: mitim',
  'return: kambak; go back: gobak; hit: kilim; lose: lusum; dismiss: sakem; give birth: bonem',
  'died: ded; bury: berem; married: mared; block: blokem; lock: lokem; run: ron; allow: letem',
];

/** The verbs with their English. */
export const VERBS: ReadonlyMap<string, string> = new Map(table(VERB_LINES));

// The small words of grammar: the marks before a verb ("i", "oli"), the mark of many ("ol"), "se" (that), "we"
// (that, which: Bislama's "we" is no pronoun), "ia" (this, that), "nao" (it is … that, and now), "bin" (a mark of
// the past), "stil" and "jes" (still, just): none says a topic.
const GRAMMAR = 'i oli ol se we ia nao bin ya';
// Greetings, thanks and please: no topic.
const COURTESY = 'plis halo tankyu ok oke pls please';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: a topic's meanings, each the English then the forms that say it.
// biome-ignore format: one topic a line keeps the list short and easy to review
const WORD_LINES = [
  // pronouns and the small words a question needs in English
  'I: mi; you: yu yufala yutufala; he: hem; we: yumi mifala yumitu mitufala; they: olgeta',
  'of: blong; in: long; and: mo; but: be; or: o; if: sapos; with: wetem; like: olsem; not: no; also: tu',
  'only: nomo; more: moa; again: bakegen; all: evriwan; every: evri; some: sam; other: narafala',
  'now: naoia; always: oltaem; still: stil; just: jes',
  // time
  'time: taem; hours: aoa; minutes: minit; day: dei; night: naet; week: wik; month: manis; year: yia',
  'today: tede; tomorrow: tumora; yesterday: yestedei; morning: moning; afternoon: aftenun; weekend: wikend',
  'late: let; early: erli; before: bifo fastaem; after: afta biaen; next: nekis; last: las; Christmas: krismas',
  'lunch: dina; lunch time: dinatam; dinner: sapa; breakfast: brekfas; food: kakae',
  // numbers
  'one: wan; three: tri; four: fo; five: faef; six: sikis; eight: eit; nine: naen; hundred: handred',
  'thousand: taosen',
  // money
  'pay: pei; salary: salari; money: mane; vatu: vatu; tax: taks; loan: lon; debt: dinau; pension: penson',
  'insurance: insurens; account: akaon; bonus: bonas; overtime: ovataem; allowance: alaons',
  // leave, health and family
  'leave: lif; holiday: holide; sick: sik; doctor: dokta; hospital: haosik; medicine: meresin; nurse: nes',
  'injury: soa; child: pikinini; mother: mama; father: papa; family: famle; wife: waef; husband: hasban',
  'brother: brata; sister: sista; baby: bebi; friend: fren; people: pipol; sleep: slip',
  // work, places and travel
  'worker: wokman; boss: bos; office: ofis; company: kompani kampani; contract: kontrak; uniform: yunifom',
  'training: trening; meeting: miting; shift: sift; rules: rul; form: fom; paper: pepa; letter: leta',
  'question: kwestin; answer: ansa; name: nem; number: namba; phone: fon; address: adres; licence: laesens',
  'canteen: kantin; house: haos; room: rum; store: stoa; market: maket; school: skul; church: jej; town: taon',
  'place: ples; island: aelan; boat: bot; ship: sip; plane: plen; truck: trak; bus: bas; car: kar; road: rod',
  'driver: draeva; ticket: tiket; pass: pas; passes: pasis; water: wota; sea: solwota; wharf: wof; toilet: smolhaos',
  'thing: samting',
  // how things are
  'good: gud; bad: nogud; small: smol smolfala; big: bigfala; new: nufala; old: olfala; many: plante fulap',
  'very: tumas; right: stret; near: klosap; far: longwe; quick: kwik; locked: blok; closed: sat',
];

// Months, each English then Bislama (not "mei" and "jun", May and June, a name and an English word too).
const MONTHS = pairsOwnFirst(
  'January janewari February febewari March maj April epril July julae August ogis September septemba October oktoba November novemba December desemba',
);

/** Everyday words, the verbs, the days and the months with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES),
  ...VERBS,
  ...ownFirst(DAYS),
  ...MONTHS,
]);

/**
 * Words only Bislama writes, as the lists spell them: no English word, nor one chat English types ("gud", "smol",
 * "wea", "bae"), nor Portuguese's "nao", Indonesian's "kantin" and "manis", Krio's "lif" and "ofis", or a word
 * English shares ("go", "kam", "save", "wan", "long"). Tok Pisin and Solomons Pijin share some ("wanem", "blong",
 * "sapos"), but they weigh their own words against them. The signs that a question is typed in it.
 */
export const OWN: ReadonlySet<string> = new Set(
  'blong wanem wanemtaem hamas hamastaem wijwan olsem oli taem naet kakae sapos plante traem yumi yufala yutufala mifala mitufala olgeta tumas givim pem tekem karem talem lukim mekem kasem kilim putum salem baem openem satem sendem jekem sainem fiksim faenem lukaotem ritim raetem yusum kolem singaot ringim jenisim lanem helpem livim draevem statem nidim mitim kambak gobak blokem lokem askem wantem bambae kanot aplae toktok mane dinatam haosik wota solwota narafala bigfala smolfala nufala olfala tede tumora yestedei aftenun nekis tusde wenesde tosde fraede sarede salari holide wokman pikinini famle waef meresin kwestin samting fulap nomo naoia oltaem bakegen evriwan klosap longwe fastaem biaen nogud stret yia pasis alaons ovataem laesens smolhaos tankyu'.split(
    ' ',
  ),
);

/** Bislama's own words of asking, as the lists spell them: one beside one of its small words (`WEAK`) is enough. */
export const OWN_ASKING: ReadonlySet<string> = new Set('wanem wanemtaem hamas hamastaem wijwan'.split(' '));

/**
 * Bislama's small words that English or other languages type too ("i", "mi", "long", "ol"): a sign only beside its
 * own asking.
 */
export const WEAK: ReadonlySet<string> = new Set(
  'i oli ol mi yu hem long blong bae nao se we ia stap save go kam wan tu'.split(' '),
);

// Chat's spellings and older ones, each after the spelling the lists use.
// biome-ignore format: one topic a line keeps the list short and easy to review
const SHORT = table([
  'blong: blo blng; wanem: wanim; kakae: kaekae; dinatam: dinataem dinatem; tede: tedei; yestedei: yestedi',
  'mane: manee; salari: salare; holide: holidei',
  'mande: mandei; tusde: tusdei; wenesde: wenesdei; tosde: tosdei; fraede: fraedei; sarede: saredei; sande: sandei',
  'ovataem: overtaem; alaons: alawens; pikinini: pikinin; kompani: kampane; wokman: wokmen; tankyu: tanku',
]);

/** Other spellings of the listed words: chat's and older ones. */
export const SPELLINGS: ReadonlyMap<string, string> = new Map(SHORT);

/**
 * Words of Tok Pisin and Solomons Pijin that Bislama spells otherwise or never says ("bilong", "haumas", "husat",
 * "bai", "laik", "moni", "kaikai", "taim"; "waswe", "haomas", "iumi"): a question with more of theirs than of
 * Bislama's own is theirs, and is left as typed.
 */
export const PIDGIN: readonly string[] =
  'bilong haumas husat bai laik laikim moni kaikai yupela mipela yumipela bikpela narapela wanpela tupela tripela sampela kisim nau tude asde mun wara solwara haus nait taim pinis inap tasol mekim painim wokim lukautim kirap sindaun planti dispela despela wantaim opis waswe hao haomas iumi iu iufala olketa nomoa lelebet datwan disfala bikfala mani selen tumoro wakabaot wokabaut sarere tunde trinde fonde fraide'.split(
    ' ',
  );
