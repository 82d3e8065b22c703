/**
 * @module Gilbertese (te taetae ni Kiribati) as staff of a tuna-processing and fishing company on South Tarawa type it
 * in chat, mixed with English ("ningai te pay day?", "iraua te boong n au motirawa?", "I kona n anaa au motirawa
 * ningabong?"): the words of asking, the small words of grammar, the pronouns and possessives, and everyday words of
 * pay, leave, shifts, family, the boat and the fish plant, with what each says in English, and the words that are
 * plainly Gilbertese, which no neighbour's chat types. Every list is written as the reading meets a word: in lower
 * case, "bw" and "mw" as the modern spelling has them (the older "b'" and "m'" are read so by the reader). Written
 * from general knowledge of the language, without reading any organisation's documents or questions: only words
 * the writer was confident of are listed, and the reading keeps any other word as typed.
 */
import { meaningTable as table } from './roman-shared.js';

/**
 * Words of asking, each with what it asks in English: "iraua" asks how much (how many before what is counted, which
 * the phrases read), "ia" where (a small word Samoan and Indonesian type too), "uara" how.
 */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table(['what: tera; when: ningai; how much: iraua; where: ia; who: antai; why: aera; how: uara']),
);

/** Gilbertese's own words of asking: one beside one of its small words (`WEAK`) is enough. */
// Not "tera" (what): Portuguese chat types "terá" so ("a gente tera bonus?"), and Maori's "tērā" (that).
export const OWN_ASKING: ReadonlySet<string> = new Set('ningai iraua antai aera uara'.split(' '));

// What "iraua" counts, each with its English plural: "iraua te boong" asks how many days, "iraua te kabwaka" how much.
const COUNTED: ReadonlyArray<readonly [string, string]> = [
  ['boong', 'days'],
  ['wiiki', 'weeks'],
  ['namwakaina', 'months'],
  ['ririki', 'years'],
  ['aoa', 'hours'],
  ['aomata', 'people'],
  ['ataei', 'children'],
  ['taan mwakuri', 'workers'],
];

/** Things whose English says what "iraua" before it counts ("iraua days", how many days). */
export const COUNTED_ENGLISH =
  /^(?:days?|weeks?|months?|years?|hours?|minutes?|times?|people|persons?|workers?|staff|children|shifts?|trips?|fish|boxes|tonnes?|kilos?)$/;

// The days of the week Gilbertese names for its count ("Moanibong", the first day): Monday, Friday, Saturday and
// Sunday ("Tabati", the Sabbath), the days a shift roster asks of most. Days its writer was less sure of are left out.
const DAYS: ReadonlyArray<readonly [string, string]> = [
  ['Monday', 'moanibong'],
  ['Friday', 'kanimabong'],
  ['Saturday', 'kaonobong'],
  ['Sunday', 'tabati'],
];

// Each line: the English, then the phrases that say it, apart with ' | '. Read before single words, the longest
// first, so "motirawa n aoraki" is sick leave and "n te wiiki" per week. No phrase is longer than four words: the
// reading looks no further ahead.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  // asking
  'why: bukin tera | ibukin tera',
  'what time: tera te aoa | n tera te aoa | n tera aoa',
  'which day: tera te boong | n tera te boong',
  'where is: mena ia',
  'where from: mai ia',
  'to whom: iroun antai | nakon antai',
  'how: n aaron tera | aaron tera',
  'how much is: iraua boona',
  'how are you: ko uara | kam uara',
  'or not: ke akea | ke tiaki',
  'is there: iai te | e iai te | iai ana',
  // can, must and not
  'cannot: aki kona | e aki kona',
  'must not: aki riai | e aki riai',
  'died: e mate | a mate | e a mate',
  // time
  'today: te boong aei | boong aei | ngkai te boong',
  'this week: wiiki aei',
  'this month: namwakaina aei',
  'this year: ririki aei',
  'next week: wiiki ae na roko',
  'next month: namwakaina ae na roko',
  'next year: ririki ae na roko',
  'last week: wiiki ae nako',
  'last month: namwakaina ae nako',
  'last year: ririki ae nako',
  'per hour: n te aoa',
  'per day: n te boong',
  'per week: n te wiiki',
  'per month: n te namwakaina',
  'per year: n te ririki',
  'in the morning: n te ingabong | ni ingabong',
  'at night: n te tairiki | ni tairiki',
  // pay, leave, family and work
  'pay day: bongin te kabwaka | bongin kabwaka',
  'holiday: bongin motirawa | boong ni motirawa',
  'sick leave: motirawa n aoraki | motirawa ibukin te aoraki | motirawa ibukin aoraki',
  'family leave: motirawa ibukin te utu | motirawa n te utu',
  'worker: tia mwakuri',
  'workers: taan mwakuri | taani mwakuri',
];

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...table(PHRASE_LINES, ' | '),
  ...COUNTED.flatMap(
    ([word, many]): Array<[string, string]> => [
      [`iraua te ${word}`, `how many ${many}`],
      [`iraua ${word}`, `how many ${many}`],
    ],
  ),
  ...DAYS.map(([english, day]): [string, string] => [`n ${day}`, `on ${english}`]),
];

// The verbs, each English then the verbs in the lists' spelling: "kona" (can) and "riai" (must) are the modals, which
// the reader puts before who does the verb ("I kona n anaa", can I take).
// biome-ignore format: a few verbs a line keeps the list short and easy to review
const VERB_LINES = [
  'can: kona; must: riai; get: karekea reke; pay: kabwaka; paid: kabwakaaki; take: anaa; give: anga',
  'give me: anganai; come: roko; go: nako; work: mwakuri; ask: titiraki; leave: kitana; open: kauka',
  'need: kainnanoa; want: tangira; call: wetea; know: ataia; see: noora; return: okira; start: moanna',
  'end: toki; do: karaoa; live: maeka; stay: mena; send: kanakoa; tell: tuanga; tell me: tuangai',
];

/** The verbs with their English. */
export const VERBS: ReadonlyMap<string, string> = new Map(table(VERB_LINES));

// The small words of grammar: the article "te", "n" and "ni" (of, to), "ae" (that, which), the marks of the person
// and tense before a verb ("e" it, "a" they or done, "na" will; "ko", "ti" and "kam" the reader reads as who does a
// verb they stand before), "bwa" and "ba" (that, because), "ngaia" (that is it)
// and "tao" (perhaps): none says a topic.
const GRAMMAR = 'te n ni ae e a na ko ti kam bwa ba ngaia tao';
// Greetings, thanks and please: no topic.
const COURTESY = 'mauri rabwa taiaoka tiabo pls please';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: a topic's meanings, each the English then the forms that say it.
// biome-ignore format: one topic a line keeps the list short and easy to review
const WORD_LINES = [
  // pronouns, possessives and the small words a question needs in English
  'me: ngai; you: ngkoe; we: ngaira; they: ngaiia',
  'my: au; your: am ami; his: ana; our: ara; their: aia',
  'and: ma; or: ke; to: nakon iroun; from: mai; for: ibukin; because of: bukin; if: ngkana',
  'not: aki tiaki; none: akea; there is: iai; at: i; also: naba; only: tii; all: bane; some: tabeua; many: bati',
  'this: aei; that: anne; good: raoi; first: moa; after: imwin; before: ngkoa',
  // time
  'day: boong bongin; week: wiiki; month: namwakaina; year: ririki; hour: aoa; time: tai',
  'now: ngkai; tomorrow: ningabong; yesterday: ngkoananoa; morning: ingabong; night: tairiki',
  // numbers
  'one: teuana; two: uoua; three: tenua; four: aua; five: nimaua; six: onoua; seven: itua; eight: wanua',
  'nine: ruaiwa; ten: tebuina',
  // money, work and leave
  'money: mwane; pay: kabwakan; price: boona; work: mwakurin; leave: motirawa motirawan; thing: bwai bwaai',
  'place: tabo; name: aran; my name: arau; your name: aram; letter: reta; government: tautaeka',
  // health and family
  'sick: aoraki; hospital: onaoraki; doctor: taokita; death: mate; wedding: mare',
  'my child: natiu; your child: natim; his child: natina; child: ataei; spouse: buu; family: utu; parents: karo',
  'my father: tamau; my mother: tinau; your father: tamam; your mother: tinam; his father: tamana; his mother: tinana',
  'man: mwaane; woman: aine; person: aomata; elder: unimwaane',
  // the house, the boat, the fish and food
  'house: auti umwa; boat: waa; ship: kaibuke; fish: ika; food: amwarake',
];

/** Everyday words, the verbs and the days with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES),
  ...VERBS,
  ...DAYS.map(([english, day]): [string, string] => [day, english]),
]);

/**
 * Words only Gilbertese writes, as the lists spell them: no English, Samoan, Tongan, Maori, Tuvaluan, Bislama,
 * Pijin, Indonesian, Spanish or French word is spelt so ("ningai", "iraua", "antai", "akea", "kabwaka", "mwakuri",
 * "motirawa"). Not "iai" (Samoan's "there is" too), "ika" (fish across Polynesia), "utu" (Maori's pay), "nako"
 * (Sesotho's time), "anga" (Tongan's way), "mate" or "tai", which neighbours type alike. The signs that a question
 * is typed in it.
 */
export const OWN: ReadonlySet<string> = new Set(
  'tera ningai iraua antai aera uara kona riai karekea kabwaka kabwakaaki kabwakan anaa anganai titiraki kitana kauka kainnanoa tangira wetea ataia noora okira moanna maeka mena kanakoa tuanga tuangai aoraki mwakuri mwakurin motirawa motirawan mwane boona boong bongin wiiki namwakaina ririki aoa ngkai ningabong ngkoananoa ingabong tairiki natiu natim natina buu tamau tinau tamam tinam tamana tinana unimwaane mwaane aomata amwarake kaibuke onaoraki taokita tautaeka nakon iroun ibukin bukin ngkana akea tiaki aei raoi tabeua imwin ngaira ngaiia ngkoe bwai bwaai arau aram moanibong kanimabong kaonobong tabati teuana uoua tenua nimaua onoua tebuina ruaiwa'.split(
    ' ',
  ),
);

/**
 * Gilbertese's small words that other languages type too ("te", "e", "i", "ko", "au", "ia"): a sign only beside its
 * own asking.
 */
export const WEAK: ReadonlySet<string> = new Set(
  'te n ni ae e a i ko ti kam na au am ana ara ami aia iai ia ke ma bwa'.split(' '),
);

/** The pronouns before a verb, each with its English: "I kona" (I can), "ko kona" (you can), "ti mwakuri" (we work). */
export const SUBJECTS: ReadonlyMap<string, string> = new Map([
  ['i', 'I'],
  ['ko', 'you'],
  ['ti', 'we'],
  ['kam', 'you'],
]);

// Chat's spellings, each after the spelling the lists use: long vowels typed short ("bong", "wiki", "kabwakaki"),
// "mw" typed "m" ("makuri", "namakaina") and "bw" typed "b" ("kabaka").
// biome-ignore format: one topic a line keeps the list short and easy to review
const SHORT = table([
  'boong: bong; wiiki: wiki; ningabong: ningaboong; ingabong: ingaboong; namwakaina: namakaina namwakain',
  'mwakuri: makuri; kabwaka: kabaka kabwakaa; kabwakaaki: kabwakaki kabakaki; motirawa: motirawaa',
  'karekea: kareke; anaa: anaia; noora: nora; tangira: tangiria; ataia: ataa; kainnanoa: kainnano',
  'amwarake: amarake',
]);

/** Other spellings of the listed words: chat's, with long vowels typed short and "mw" or "bw" typed plain. */
export const SPELLINGS: ReadonlyMap<string, string> = new Map(SHORT);
