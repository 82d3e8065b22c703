/**
 * @module Samoan (Gagana Samoa) as staff type it in chat, without macrons or glottal stops as often as with them and
 * mixed with English ("e fia le shift premium mo le C shift", "o afea matou amata i le line?", "pe a ou suia la'u
 * faletupe e alu i ai lo'u totogi, e fai i fea?"): the words of asking, the small words of grammar, the pronouns and
 * possessives, and everyday words of pay, leave, family, time and work, with what each says in English, and the words
 * that are plainly Samoan, which no neighbour's chat types. Every list is written as the reading meets a word: in
 * lower case, without macrons and without the glottal stop ("faafetai", "tapulaa", "fomai"), but for the few words
 * the glottal stop tells from another ("lo'u", my, and "lou", your; "ma'i", sick, and "mai", hither). Written from
 * general knowledge of the language, without reading any organisation's documents or questions.
 */
import { pairsOwnFirst, meaningTable as table } from './roman-shared.js';

/**
 * Words of asking, each with what it asks in English: "fia" asks how much (how many before what is counted, which
 * the phrases read), "pe" whether (when no other word asks), "ai" who after "o" or "e", and "olea" ("o le a", joined by the reader) what, or "will" before a
 * pronoun.
 */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table([
    'how much: fia',
    'how many people: toafia',
    'when: afea anafea',
    'where: fea',
    'who: ai',
    'why: aisea',
    'how: faapefea',
    'what: olea',
    'whether: pe',
  ]),
);

// What "e fia" counts, each with its English plural: "e fia aso" asks how many days, "e fia le totogi" how much.
const COUNTED: ReadonlyArray<readonly [string, string]> = [
  ['aso', 'days'],
  ['itula', 'hours'],
  ['minute', 'minutes'],
  ['vaiaso', 'weeks'],
  ['masina', 'months'],
  ['tausaga', 'years'],
  ['taimi', 'times'],
  ['tagata', 'people'],
  ['tamaiti', 'children'],
  ['fanau', 'children'],
  ['tala', 'dollars'],
  ['sifi', 'shifts'],
];

// The days of the week, each English then the word after "aso" (day) that names it: "Aso Sa", Sunday.
const DAYS: ReadonlyArray<readonly [string, string]> = [
  ['Monday', 'gafua'],
  ['Tuesday', 'lua'],
  ['Wednesday', 'lulu'],
  ['Thursday', 'tofi'],
  ['Friday', 'faraile'],
  ['Saturday', 'toonai'],
  ['Sunday', 'sa'],
];

// Each line: the English, then the phrases that say it, apart with ' | ', in the lists' spelling. Read before single
// words, the longest first, so "aso malolo" is a holiday and "tagata faigaluega" the workers.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  // asking
  'who: o ai',
  'with whom: ma ai',
  'for whom: mo ai',
  'which: le fea',
  'where from: mai fea',
  'where is it done: fai i fea',
  'why: pe aisea | mo le a | olea le mafuaaga | olea le mafuaga',
  'what: olea le mea',
  'what time: olea le taimi | olea le itula | ta o le fia | ta le fia',
  'which day: olea le aso | aso fea | le aso fea',
  'how long: fia le umi | umi e fia',
  'what percent: fia pasene | fia le pasene',
  'or not: pe leai | pe leai foi',
  'is there: e iai se | pe iai se | pe iai | pe e iai | e iai ni | pe iai ni',
  'is: e iai',
  // can, must, want and not
  'can: mafai ona | pe mafai ona | pe e mafai ona | pe mafai | pe e mafai',
  'cannot: le mafai ona | le mafai | te le mafai',
  'must: tatau ona | pe tatau ona | pe tatau | pe e tatau ona',
  'must not: le tatau ona | le tatau',
  'not: te le',
  "not yet: te le'i",
  'you: e te | ona e',
  'can you: mafai ona e | pe mafai ona e',
  'tell me: ta\'u mai | tau mai | faamatala mai',
  'give me: tuu mai | avatu mai',
  'if: pe afai',
  'because of: ona o',
  'about: e uiga i | e uiga',
  'from: mai le | mai i le',
  // possessives of more than one
  'our: lo matou | la matou | a matou | lo tatou | la tatou | a tatou',
  'their: lo latou | la latou | a latou',
  'your: lo outou | la outou | a outou',
  // time
  'now: taimi nei | i le taimi nei',
  'return: toe foi',
  'died: ua maliu | na maliu | sa maliu',
  'if dies: afai maliu | afai ua maliu | afai e maliu',
  'gives birth: ua fanau | e fanau | sa fanau | na fanau',
  'if gives birth: afai fanau | afai ua fanau | afai e fanau',
  'repay: toe totogi',
  'today: aso nei | i le aso nei',
  'this week: vaiaso nei | vaiaso lenei | vaiaso lea | lenei vaiaso',
  'this month: masina nei | masina lenei | masina lea | lenei masina',
  'this year: tausaga nei | tausaga lenei | tausaga lea | lenei tausaga',
  'next week: vaiaso a sau | vaiaso fou | vaiaso o lumanai',
  'next month: masina a sau | masina fou | masina o lumanai',
  'next year: tausaga a sau | tausaga o lumanai',
  'last week: vaiaso ua tea | vaiaso na tea | vaiaso ua mavae | vaiaso talu ai',
  'last month: masina ua tea | masina na tea | masina ua mavae | masina talu ai',
  'last year: tausaga ua tea | tausaga na tea | tausaga ua mavae | tausaga talu ai',
  'per hour: i le itula | mo le itula | itula taitasi',
  // Not "i le aso" or "mo le aso" alone: before a day's or a holiday's name they say "on" ("mo le Aso Sa").
  'per day: aso taitasi | i le aso taitasi',
  'per week: i le vaiaso | mo le vaiaso | vaiaso taitasi',
  'per month: i le masina | mo le masina | masina taitasi',
  'per year: i le tausaga | mo le tausaga | tausaga taitasi',
  'every day: aso uma | o aso uma',
  'at night: i le po',
  'in the morning: i le taeao',
  'New Year: tausaga fou',
  // pay, leave and work
  'payslip: pepa totogi | pepa o le totogi | lisiti totogi | lisiti o le totogi',
  'pay day: aso totogi | aso e totogi ai',
  'pay rate: fua o le totogi | fua totogi',
  'overtime: taimi faaopoopo | itula faaopoopo | ovataimi',
  'bonus: tupe faaopoopo',
  'bank account: numera o le faletupe | akauni faletupe | akauni i le faletupe',
  'public holiday: aso malolo faaletulafono | aso malolo a le malo | aso faamanatu',
  'leave days: aso malolo',
  'sick leave: malolo ma\'i | malolo mai | malolo i le ma\'i',
  'annual leave: malolo faaletausaga | malolo tausaga',
  'maternity leave: malolo fanau | malolo faafanau | malolo mo le fanau | malolo tina',
  'paternity leave: malolo tama',
  'bereavement leave: malolo maliu | malolo faalavelave | malolo mo se maliu',
  'unpaid leave: malolo e le totogia | malolo le totogia',
  'paid leave: malolo totogi | malolo e totogi | malolo totogia',
  'workers: tagata faigaluega | tagata faifaigaluega | tagata galulue',
  'workplace: nofoaga faigaluega | fale faigaluega',
  'chief executive: pule sili',
  'lunch break: malolo aoauli | taimi malolo aoauli',
  'supervisor: pule laiti | pule o le vaega',
  'maximum: aupito tele | sili ona tele | aupito maualuga',
  'minimum: aupito itiiti | sili ona itiiti | aupito maualalo',
  'doctor\'s note: tusi a le fomai | tusi fomai | pepa a le fomai',
  'factory: fale gaosi | fale gaosimea',
  'policy: faiga faavae',
  'phone number: numera telefoni | numera o le telefoni',
];

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...table(PHRASE_LINES, ' | '),
  ...DAYS.flatMap(
    ([english, day]): Array<[string, string]> => [
      [`aso ${day}`, english],
      [`i le aso ${day}`, `on ${english}`],
    ],
  ),
  ...COUNTED.map(([word, english]): [string, string] => [`fia ${word}`, `how many ${english}`]),
];

// The verbs, each English then the verb in the lists' spelling: a few take an ending ("totogia", paid), which the
// lists also give.
// biome-ignore format: a few verbs a line keeps the list short and easy to review
const VERB_LINES = [
  'go: alu; come: sau; do: fai; get: maua; pay: totogi; paid: totogia; change: sui suia; start: amata',
  'finish: uma; end: faaiu; work: galue faigaluega; know: iloa; want: manao; can: mafai; must: tatau',
  'take: ave; bring: aumai; give: avatu tuu; buy: faatau; borrow: nono; apply: talosaga; ask: fesili',
  "tell: ta'u; inform: faailoa; call: valaau; sign: saini sainia; approve: faamaonia; allow: faataga",
  'hand in: tuuina; see: vaai; look for: saili suesue; help: fesoasoani; stay: nofo',
  'arrive: taunuu; leave: tuua; resign: faamavae; dismiss: faamuta tuli; open: tatala; close: tapuni',
  'send: auina lafo; use: faaaoga; wear: ofuina; sleep: moe; read: faitau; fix: faaleleia; check: siaki',
  'cancel: faaleaogaina tape; deduct: toese toesea; lose: leiloa; die: oti; eat: \'ai',
];

/** The verbs with their English. */
export const VERBS: ReadonlyMap<string, string> = new Map(table(VERB_LINES));

// The small words of grammar: the marks of tense and aspect ("e", "te", "ua", "sa", "na", "o lo'o"), the
// articles ("le", "se", "ni"), the marks of a topic or object ("o", "i", "a"), the words of direction ("mai",
// "atu", "ane", "ifo"), "iai" after a verb (the place or time it says was said before), "ona" (that, after
// "can" or "must"), "lea" and "nei" (this, that), "lava" and "foi" (indeed, also) and "ia" (he, she, or so): none
// says a topic.
const GRAMMAR =
  'e te ua sa na loo o i a le se ni lo la mai atu ane ifo iai ona lea nei lenei ia lava foi ina uiga ta';
// Greetings, thanks and please: no topic.
const COURTESY = 'talofa malo faafetai faamolemole manuia soifua tofa ok oke pls please';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: a topic's meanings, each the English then the forms that say it.
// biome-ignore format: one topic a line keeps the list short and easy to review
const WORD_LINES = [
  // pronouns, possessives and the small words a question needs in English
  "I: ou; me: a'u; you: oe outou; we: matou tatou; they: latou laua; my: lo'u la'u o'u; your: lou lau",
  'his: lona lana; and: ma; for: mo; but: ae peitai; or: poo; because: aua; until: seia; since: talu',
  'no: leai; yes: ioe; again: toe; still: pea; like: pei; other: isi; some: nisi; about: tusa',
  "not yet: le'i; all: uma; holiday: malologa; if: afai",
  // time
  'day: aso; hours: itula; minutes: minute; time: taimi; week: vaiaso; month: masina; year: tausaga',
  'tomorrow: taeao; yesterday: ananafi; afternoon: aoauli; evening: afiafi; late: tuai; early: vave',
  'long: umi leva; first: muamua; last: mulimuli; new: fou; much: tele; many people: toatele; little: itiiti',
  'most: sili; Christmas: kerisimasi kilisimasi',
  // numbers
  'one: tasi; two: lua; three: tolu; four: fa; five: lima; six: ono; seven: fitu; eight: valu; nine: iva',
  'ten: sefulu',
  // money
  'pay: totogi; payment: totogiga; money: tupe; cost: tau; dollars: tala; cents: sene; tax: lafoga',
  'loan: nonogatupe; debt: aitalafu; pension: penisione; insurance: inisiua; percent: pasene',
  'account: akauni; bank: faletupe; limit: tapulaa; bonus: ponesi',
  // leave, health and family
  "leave: malolo; sick: ma'i; doctor: fomai; hospital: falemai; injury: manua; accident: faalavelave",
  'death: maliu; funeral: falelauasiga; pregnant: maitaga; wedding: faaipoipoga; married: faaipoipo',
  'children: fanau tamaiti; child: tamaitiiti; father: tama; mother: tina; parents: matua; family: aiga',
  'spouse: toalua; wife: ava; husband: tane; woman: fafine; girl: teine; son: atalii; daughter: afafine',
  'sister: tuafafine; brother: tuagane uso',
  // work and places
  'work: galuega; worker: faigaluega; staff: aufaigaluega; person: tagata; boss: pule; company: kamupani',
  'office: ofisa; house: fale; contract: konekarate; uniform: toniga; safety: saogalemu; car: taavale',
  'bus: pasi; driver: avetaavale; thing: mea; baby: pepe; food: meaai; meeting: fonotaga; training: aoaoga; letter: tusi',
  'form: pepa; number: numera; phone: telefoni; address: tuatusi; name: igoa; licence: laisene; list: lisi',
  'shift: sifi; duty: tiute; department: vaega matagaluega; rules: tulafono; problem: faafitauli',
  'question: fesili; information: faamatalaga; opportunity: avanoa; permission: faatagaga',
];

// Months, each English then Samoan.
const MONTHS = pairsOwnFirst(
  'January ianuari February fepuari March mati April aperila June iuni July iulai August aokuso September setema October oketopa November novema December tesema',
);

/** Everyday words, the verbs and the months with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([...table(WORD_LINES), ...VERBS, ...MONTHS]);

/**
 * Words only Samoan writes, as the lists spell them: no English, Spanish, Portuguese, French, Romanian, Italian,
 * Indonesian, Tetum or creole word is spelt so ("afea", "mafai", "matou", "totogi", "faletupe", "lo'u"). The signs
 * that a question is typed in it.
 */
export const OWN: ReadonlySet<string> = new Set(
  "fia toafia afea anafea fea aisea faapefea olea mafai tatau matou tatou latou outou laua oe lo'u la'u o'u lou lau lona lana totogi totogia totogiga tupe aso itula taimi vaiaso masina tausaga malolo ma'i maitaga faletupe galuega galue faigaluega aufaigaluega tagata pule nonogatupe tapulaa aupito maliu falelauasiga fanau tamaiti tamaitiiti tama tina toalua aiga leai ioe iloa manao maua suia amata aumai avatu talosaga fesili faamaonia faataga faatagaga faailoa faamatala iai lenei taeao ananafi aoauli afiafi fomai falemai faalavelave faaipoipo faaipoipoga kamupani toniga saogalemu taavale avetaavale meaai fonotaga aoaoga tuatusi telefoni faafetai faamolemole talofa toatele itiiti sefulu valaau faamavae faamuta tuuina".split(
    ' ',
  ),
);

/** Samoan's own words of asking, as the lists spell them: one of them beside one of its small words (`WEAK`) is enough. */
export const OWN_ASKING: ReadonlySet<string> = new Set(
  'fia toafia afea anafea fea aisea faapefea olea'.split(' '),
);

/** Samoan's small words that other languages type too ("e", "o", "le", "ou", "mo"): a sign only beside its own asking. */
export const WEAK: ReadonlySet<string> = new Set('e o i le se ou mo ma pe ua sa na te ona'.split(' '));

/** Words the pronouns of a clause are: "o le a" before one of them says what will be ("o le a ou alu", I will go). */
export const PRONOUNS: ReadonlySet<string> = new Set('ou matou tatou latou outou laua ia oe'.split(' '));

// Chat's spellings and the loanwords' other forms, each after the spelling the lists use. Glottal stops and macrons
// need no line: the spellings below read "fa'afetai" as "faafetai" and "tālā" as "tala".
// biome-ignore format: one topic a line keeps the list short and easy to review
const SHORT = table([
  'faapefea: faafefea fefea pefea fapefea faapefe; aisea: aiseaa',
  "a'u: au; le'i: lei; faafetai: fafetai; faamolemole: famolemole fmolemole; konekarate: konekalate",
  'nonogatupe: nonotupe; kamupani: kamupane',
]);

/**
 * Words whose glottal stop tells them from another word ("lo'u", my, is no "lou", your; "ma'i", sick, no "mai",
 * hither; "ta'u", tell, no "tau", price): read as typed, never without their mark.
 */
export const MARKED: ReadonlySet<string> = new Set([
  "lo'u",
  "la'u",
  "o'u",
  "a'u",
  "ma'i",
  "ta'u",
  "le'i",
  "'ai",
]);

// A word without its macrons and glottal stops ("tālā" as "tala", "fa'afetai" as "faafetai").
const plain = (word: string) => word.normalize('NFD').replace(/[\p{M}']/gu, '');

// The spellings above, and any other word typed with a macron or a glottal stop read without them, so no form needs
// listing with and without its marks; the words a glottal stop tells apart are read as typed.
class SamoanSpellings extends Map<string, string> {
  override get(word: string): string | undefined {
    const listed = super.get(word);
    if (listed !== undefined || MARKED.has(word)) return listed;
    const bare = plain(word);
    return bare === word ? undefined : (super.get(bare) ?? bare);
  }
}

/** Other spellings of the listed words: chat's, and any typed with macrons or glottal stops. */
export const SPELLINGS: ReadonlyMap<string, string> = new SamoanSpellings(SHORT);
