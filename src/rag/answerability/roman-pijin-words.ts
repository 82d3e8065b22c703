/**
 * @module Solomon Islands Pijin (Solomons Pijin) as staff type it in chat and mixed with English ("haomas nao selen
 * blo ovataem?", "wanem taem nao bas hem lusim Honiara?", "hao nao mi save aplae for lif?"): the words of asking,
 * the small words of grammar, the pronouns, and everyday words of pay, leave, family, time, travel and work, with
 * what each says in English, and the words only Pijin writes, which neither English, Vanuatu's Bislama, Papua New
 * Guinea's Tok Pisin nor another neighbour's chat types. Every list is written as the reading meets a word: in lower
 * case, in the spelling of Pijin's dictionaries ("blong", "long", "taem", "olketa"), chat's other spellings ("blo",
 * "lo", "bilong", "tmoro") read as it by `SPELLINGS`. The reader joins two words of asking typed apart ("wanem
 * taem" as "wanemtaem", "haomas taem" as "haomastaem"). Written from general knowledge of the language, without
 * reading any organisation's documents or questions.
 */
import { ownFirst, pairsOwnFirst, meaningTable as table } from './roman-shared.js';

/**
 * Words of asking, each with what it asks in English: "haomas" asks how much (how many before a thing counted, which
 * the phrases and the reader read), "wanemtaem" ("wanem taem", joined by the reader) when (what time of a thing
 * that opens, starts or leaves), "haomastaem" ("haomas taem") how many times (how long of a wait or a stay), "wea"
 * where, "hu" who, "hao" how, "waswe" why and "wanem" what.
 */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table([
    'how much: haomas',
    'when: wanemtaem',
    'how many times: haomastaem',
    'where: wea',
    'who: hu',
    'how: hao',
    'why: waswe',
    'what: wanem',
  ]),
);

/** What "haomas" counts, each with its English plural: "haomas dei" asks how many days, "haomas selen" how much. */
export const COUNTED: ReadonlyArray<readonly [string, string]> = [
  ['dei', 'days'],
  ['naet', 'nights'],
  ['wik', 'weeks'],
  ['mans', 'months'],
  ['yia', 'years'],
  ['aoa', 'hours'],
  ['minit', 'minutes'],
  ['man', 'people'],
  ['pipol', 'people'],
  ['wakman', 'workers'],
  ['pikinini', 'children'],
  ['tiket', 'tickets'],
  ['sif', 'shifts'],
  ['dola', 'dollars'],
];

// The days of the week, each English then Pijin's name: "Sarere", Saturday.
const DAYS: ReadonlyArray<readonly [string, string]> = [
  ['Monday', 'mande'],
  ['Tuesday', 'tiusde'],
  ['Wednesday', 'wenesde'],
  ['Thursday', 'tosde'],
  ['Friday', 'fraede'],
  ['Saturday', 'sarere'],
  ['Sunday', 'sande'],
];

// Each line: the English, then the phrases that say it, apart with ' | ', in the lists' spelling. Read before single
// words, the longest first, so "sik lif" is sick leave and "long wan naet" per night.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  // asking
  'how: olsem wanem',
  'why: from wanem | wanem nao mekem | wanem mekem | wanem risen',
  'where: long wea | wanem ples | long wanem ples',
  'what: wanem samting',
  'what sickness: wanem sik | wanem kaen sik',
  'which day: wanem dei | long wanem dei',
  'which month: wanem mans',
  'which: wanem wan',
  'what kind: wanem kaen',
  'what time: wanem aoa',
  'how many people: haomas man | haomas pipol',
  'is there: hem garem',
  'there is no: hem no garem',
  // can, must, want and not
  'cannot: no save | kanot',
  'want to know: laek save | laek for save | laekem for save | wande save',
  'must not: no mas',
  'not yet: no yet | no kasem yet',
  'not have: no garem',
  'because I: from mi | bikos mi',
  'because he: from hem | bikos hem',
  'because they: from olketa | bikos olketa',
  'because: bikos',
  'or not: o nomoa | o no',
  // time
  'many times: staka taem | plande taem',
  'sometimes: samfala taem | samtaem',
  'every time: evri taem | evritaem',
  'every day: evri dei | evridei',
  'every week: evri wik',
  'per hour: long wan aoa | long wanfala aoa | for wan aoa | blong wan aoa',
  'per day: long wan dei | long wanfala dei | for wan dei | blong wan dei',
  'per night: long wan naet | long wanfala naet | for wan naet | blong wan naet',
  'per week: long wan wik | long wanfala wik | for wan wik | blong wan wik',
  'per month: long wan mans | long wanfala mans | for wan mans | blong wan mans',
  'per year: long wan yia | long wanfala yia | for wan yia | blong wan yia',
  'at night: long naet',
  'in the morning: long moning',
  'in the afternoon: long aftanun',
  'at lunch time: long taem blong lanj | long lanj taem',
  'lunch time: taem blong lanj | lanj taem',
  'meal time: taem blong kaikai | taem for kaikai',
  'today: long tude',
  'tomorrow: long tumoro',
  'tonight: tunaet | naet ia | long naet ia',
  'this week: disfala wik | wik ia',
  'this month: disfala mans | mans ia',
  'this year: disfala yia | yia ia',
  'next week: neks wik | wik wea kam',
  'next month: neks mans | mans wea kam',
  'next year: neks yia | yia wea kam',
  'last week: las wik | wik wea go pas',
  'last month: las mans | mans wea go pas',
  'last year: las yia | yia wea go pas',
  'come back: kam bak | kam baek',
  'go back: go bak | go baek',
  'go home: go hom | go long haos | go bak long haos',
  'look after: lukaftarem | lukaot long',
  'plane ticket: tiket blong plen',
  'boat ticket: tiket blong sip | tiket blong bot',
  // pay, leave and work
  'sick leave: sik lif',
  'annual leave: anual lif | holide lif',
  'maternity leave: metaniti lif | lif blong bonem pikinini | lif blong mami',
  'paternity leave: lif blong dadi',
  'funeral leave: lif blong beria | lif for beria',
  'public holiday: pablik holide',
  'payday: pei dei | dei blong pei',
  'payslip: pei slip | pepa blong pei',
  'overtime: ova taem',
  'overtime pay: selen blong ovataem | pei blong ovataem | mani blong ovataem',
  'salary advance: advans long pei | advans blong pei | advans long salari',
  'bank account: akaon long bank | bank akaon',
  'pregnant: garem bel',
  'give birth: bonem pikinini',
  'resign: lusim waka | kuitim waka',
  'sick note: sik noti | pepa blong dokta | leta blong dokta | sik pepa',
  'phone number: namba blong fon | fon namba | namba fon',
  'home address: adres blong haos',
  'safety boots: sefti sus',
  'safety gear: sefti gia',
  'hospital: haos sik',
  'toilet: smol haos',
];

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...table(PHRASE_LINES, ' | '),
  ...DAYS.map(([english, day]): [string, string] => [`long ${day}`, `on ${english}`]),
  ...COUNTED.map(([word, english]): [string, string] => [`haomas ${word}`, `how many ${english}`]),
];

// The verbs, each English then the verb in the lists' spelling; most that take an object end in "-em" or "-im"
// ("peim", pay; "givim", give; "lusim", leave).
// biome-ignore format: a few verbs a line keeps the list short and easy to review
const VERB_LINES = [
  'go: go; come: kam; stay: stap; work: waka wok; try: traem; wait: wet; pay: peim; give: givim',
  'take: tekem; bring: karem karim; tell: talem; ask: askem askim; see: lukim; hear: herem; make: mekem',
  'get: kasem kasim; put: putim; sell: salem; buy: baem; open: openem; close: satem sarem; stop: stopem',
  'send: sendem; check: sekem jekem; sign: sainim; fix: fiksim; find: faendem; look for: lukaotem',
  'read: ridim; write: raetem; use: iusim yusim; call: kolem ringim; change: jenisim; swap: seinsim',
  'learn: lanem; help: helpem; leave: lusim livim; drive: draevem; start: statem stat; finish: finisim finis',
  'want: laekem laek wande; need: nidim; must: mas; can: save; will: bae; cannot: kanot; have: garem',
  'apply: aplae; talk: toktok tok; meet: mitim; do: duim; return: kambak; go back: gobaek; walk: wakabaot',
  'died: dae ded; bury: berem; married: marit; allow: letem; borrow: kaonim; count: kaontem; clean: klinim',
  'wash: wasim; cut: katem; dismiss: sakem; sleep: slip; give birth: bonem; pay back: peibaekem',
];

/** The verbs with their English. */
export const VERBS: ReadonlyMap<string, string> = new Map(table(VERB_LINES));

// The small words of grammar: "nao" (the mark after what a sentence is about: "hu nao", "haomas nao"; and now),
// "olketa" before a thing (the mark of many: "olketa wakman", workers; "they" before a verb, which the reader
// reads), "ia" (this, that), "se" (that), "bin" (a mark of the past): none says a topic. "i", the mark before
// a verb that Bislama and Tok Pisin type and Pijin seldom does, is theirs (`TOK_PISIN`); the reader leaves it out.
const GRAMMAR = 'nao olketa ia se bin ya';
// Greetings, thanks and please: no topic.
const COURTESY = 'plis halo tanggio ok oke pls please';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: a topic's meanings, each the English then the forms that say it.
// biome-ignore format: one topic a line keeps the list short and easy to review
const WORD_LINES = [
  // pronouns and the small words a question needs in English
  'I: mi; you: iu yu iufala yufala iutufala; he: hem; we: iumi yumi mifala mitufala iumitufala',
  'of: blong; in: long; and: mo an; but: bat; or: o; if: sapos; with: witim; like: olsem; not: no; also: tu',
  'only: nomoa; more: moa; all: evriwan; every: evri; any: eni; some: samfala; other: narafala nara',
  'many: staka plande fulap; a little: lelebet; very: barava tumas; this: disfala diswan; that: datfala datwan',
  'one: wanfala wan; two: tufala; three: trifala tri; now: distaem; always: olowe oltaem; still: stil',
  // time
  'time: taem; hours: aoa; minutes: minit; day: dei; night: naet; week: wik; month: mans; year: yia',
  'today: tude tudei; tomorrow: tumoro tumora; yesterday: astade; morning: moning; afternoon: aftanun aftenun',
  'evening: ivining; weekend: wikend; late: leit let; early: erli; before: bifoa bifo; after: bihaen afta',
  'next: neks nekis; last: las; Christmas: krismas; Easter: ista',
  'lunch: lanj; breakfast: brekfas; food: kaikai',
  // numbers
  'five: faev; six: sikis; eight: eit; nine: naen; hundred: handred; thousand: taosen',
  // money
  'pay: pei; salary: salari; money: selen mani; dollars: dola; tax: taks; loan: lon; debt: kaon',
  'advance: advans; pension: penson; insurance: insurens; account: akaon; bonus: bonas; overtime: ovataem',
  'allowance: alaoens alaons',
  // leave, health and family
  'leave: lif; holiday: holide; sick: sik; doctor: dokta; hospital: hospitol haosik; clinic: klinik',
  'medicine: meresin; nurse: nes; injury: soa; child: pikinini; mother: mami mama; father: dadi papa',
  'family: famili; wife: waef; husband: hasban; brother: brata; sister: sista; baby: bebi; friend: fren',
  'relative: wantok; people: pipol; funeral: beria; personal: praevet',
  // work, places and travel
  'worker: wakman; boss: bos; supervisor: supavaesa; office: ofis; company: kampani; contract: kontrak',
  'uniform: yunifom; shoes: sus; gloves: glav; safety: sefti',
  'training: trening; meeting: miting; shift: sif; rules: rul; form: fom; paper: pepa; letter: leta',
  'question: kwestin; answer: ansa; name: nem; number: namba; phone: fon; address: adres; licence: laesens',
  'canteen: kantin; house: haos; room: rum; store: stoa; market: maket; school: skul; church: sios',
  'town: taon; country: kanri; government: gavman; place: ples; island: aelan',
  'boat: bot boti; ship: sip; canoe: kanu; plane: plen; truck: trak; bus: bas; car: kar; road: rod',
  'driver: draeva; ticket: tiket; water: wata; sea: solwata; wharf: wof; thing: samting',
  // how things are
  'good: gud gudfala; bad: nogud; small: smol smolfala; big: bikfala bigfala; new: niu nufala; old: olfala',
  'right: stret; near: kolsap klosap; far: farawe longwe; quick: kuiktaem',
];

// Months, each English then Pijin (not "mei" and "jun", May and June, a name and an English word too).
const MONTHS = pairsOwnFirst(
  'January januari February febuari March maj April epril July julae August ogas September septemba October oktoba November novemba December disemba',
);

/** Everyday words, the verbs, the days and the months with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES),
  ...VERBS,
  ...ownFirst(DAYS),
  ...MONTHS,
]);

/**
 * Words only Pijin writes, as the lists spell them: no English word, nor one chat English types ("gud", "nao",
 * "hem"), nor one Bislama's lists have ("wanem", "taem", "blong", "sapos", "givim", "tekem"), though Tok Pisin
 * shares a few ("peim", "kaikai", "tude"), which it weighs against its own. The signs that a question is typed in it.
 */
export const OWN: ReadonlySet<string> = new Set(
  'haomas haomastaem hao waswe olketa iu iumi iufala iutufala iumitufala tumoro tude tudei astade distaem selen mani peim lusim duim garem laek laekem wande kaikai waka wakman wakabaot sarere tiusde aftanun ivining barava staka plande lelebet nomoa wanfala tufala trifala disfala datfala diswan datwan kanri hospitol bifoa bihaen witim kolsap farawe kuiktaem tanggio samfala bikfala gudfala olowe beria lanj sios putim sainim faendem ridim iusim kasim karim askim herem sekem sarem finisim seinsim kaonim kaontem klinim wasim katem peibaekem gobaek lukaftarem alaoens supavaesa glav neks boti wata solwata januari febuari ogas disemba'.split(
    ' ',
  ),
);

/** Pijin's own words of asking, as the lists spell them: one beside one of its small words (`WEAK`) is enough. */
export const OWN_ASKING: ReadonlySet<string> = new Set('haomas haomastaem hao waswe'.split(' '));

/**
 * Pijin's small words that English or other languages type too ("mi", "long", "nao", "hem"): a sign only beside its
 * own asking.
 */
export const WEAK: ReadonlySet<string> = new Set(
  'mi iu yu hem long blong for nao se ia stap save mas bae go kam wan tu no'.split(' '),
);

// Chat's spellings and older ones, each after the spelling the lists use.
// biome-ignore format: one topic a line keeps the list short and easy to review
const SHORT = table([
  'blong: blo bilong bulong blg blon; long: lo lng; haomas: homas haomach haomaj; waswe: waswae wasweh',
  'olketa: oketa olketta olkta; iumi: umi; iufala: iufla; mifala: mifla; tufala: tufla; wanfala: wanfla',
  'tumoro: tmoro tumoroa; tanggio: tangio tagio tanggiu tankiu; kaikai: kakai',
  'hospitol: hosbitol hospitl; garem: garim; duim: duem; sainim: sainem; salari: salare; holide: holidei',
  'kampani: kompani; pikinini: pikinin; alaoens: alawens',
  'ovataem: overtaem; famili: famli; nomoa: nomoaa; distaem: distaim',
]);

/** Other spellings of the listed words: chat's and older ones. */
export const SPELLINGS: ReadonlyMap<string, string> = new Map(SHORT);

/**
 * Words of Tok Pisin that Pijin spells otherwise or never says ("haumas", "husat", "bilong" aside, "laik", "moni",
 * "taim", "kisim", "mipela"), and the marks "i", "oli" and "ol" that Tok Pisin and Bislama type before a verb
 * or a thing: a question with more of theirs than of Pijin's own
 * is theirs, and is left as typed. (Bislama's own words are weighed so too, by the reader.)
 */
export const TOK_PISIN: readonly string[] =
  'haumas husat kisim laik laikim moni yupela mipela yumipela bikpela narapela wanpela tupela tripela sampela dispela despela taim nau pinis tasol mekim painim wokim lukautim kirap sindaun planti wantaim opis asde mun wara haus nait inap pe bai oli ol i'.split(
    ' ',
  );

/** English's things counted: "haomas days" asks how many, "haomas allowance" how much. */
export const COUNTED_ENGLISH =
  /^(?:days?|nights?|weeks?|months?|years?|hours?|minutes?|times?|people|persons?|staff|workers?|employees?|children|kids?|shifts?|tickets?|trips?|seats?|rooms?|uniforms?|forms?|copies|pages?|dollars?)$/;

/** What a thing counted says of the thing after it ("night shift", "day rate"): no count, but a kind. */
export const KIND_OF = /^(?:shift|sif|allowance|alaoens|rate|pay|pei|work|waka)$/;

/** Things with a time of day, whose "wanem taem" asks what time rather than when ("kantin hem open wanem taem?"). */
export const TIMED: ReadonlySet<string> = new Set(
  'open openem satem sarem stat statem finis finisim lusim kaikai lanj brekfas bas trak plen bot boti sip miting close start finish leave lunch breakfast bus flight meeting'.split(
    ' ',
  ),
);

/** A wait or a stay, whose "haomas taem" asks how long rather than how many times ("haomas taem bae mi wet?"). */
export const DURATION: ReadonlySet<string> = new Set(
  'wet stap tekem sik lif holide wait stay take last'.split(' '),
);

/** Whose a thing is, said after it with "blong" ("lif blo mi"), in English. */
export const OWNERS: ReadonlyMap<string, string> = new Map(
  table([
    'my: mi; your: iu yu iufala yufala iutufala; his: hem; our: iumi yumi mifala mitufala iumitufala; their: olketa',
  ]),
);

/** Whom a thing is done to, said after the verb ("peim mi"), in English. */
export const OBJECTS: ReadonlyMap<string, string> = new Map(
  table([
    'me: mi; you: iu yu iufala yufala iutufala; him: hem; us: iumi yumi mifala mitufala iumitufala; them: olketa',
  ]),
);

/**
 * English's small words, which Pijin never types ("the", "is", "do", "my"): a question in chat English with a Pijin
 * word or two in it has more of them than of Pijin's own. Not "for", which Pijin types as its own.
 */
export const ENGLISH: readonly string[] =
  'the is are was were do does did what when where who how why which can could will would should my your our their this that these those have has had there it and or not of with to at on a an me am'.split(
    ' ',
  );
