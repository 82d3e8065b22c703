/**
 * @module Sierra Leone Krio and the West African Pidgins (Nigerian, Ghanaian and Cameroonian Pidgin English) as
 * staff type them in chat ("wetin na di floor price dis season?", "usai a go get mi payslip?", "abeg how much dem
 * dey pay for night shift?"): the words of asking, the small words of grammar, the pronouns before a verb and after
 * one, and everyday words of pay, leave, shifts, family and health, with what each says in English, and the words
 * that are plainly theirs, which Belizean Kriol, Jamaican Patois, Spanish, Italian and Indonesian never type. Krio's
 * "ɔ" and "ɛ" are typed "o" and "e" in chat: every list is written so, the reader folding the letters before it
 * reads ("fɔ" as "fo", "tɛnki" as "tenki"), in lower case, with other spellings read as the one listed ("usay" as
 * "usai", "bout" as "abaut"). Liberian English (Kolokwa) is read with them: its own words and phrases ("da", "ma",
 * "pekin", "get belly") are in roman-krio-liberian.ts, merged into these lists. Written from general knowledge of
 * the languages, without reading any organisation's documents or questions.
 */
import {
  LIBERIAN_COURTESY,
  LIBERIAN_MARKERS,
  LIBERIAN_PHRASE_LINES,
  LIBERIAN_SPELLING_LINES,
  LIBERIAN_WORD_LINES,
} from './roman-krio-liberian.js';

// A table of "english: form form …" lines as entries.
const table = (lines: readonly string[], parted = ' '): Array<[string, string]> =>
  lines.flatMap((line) => {
    const [english, forms] = line.split(': ') as [string, string];
    return forms.split(parted).map((form): [string, string] => [form, english]);
  });

/** Words of asking, each with what it asks in English ("homoch" asks how many of a thing counted). */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table([
    'what: wetin what',
    'where: usai where',
    'who: udat who',
    'how: how',
    'which: which',
    'why: why',
    'when: ustem when',
    'how much: homoch',
    'how many: homeni',
  ]),
);

// Verbs, each English then its forms: the languages' verbs take no endings ("pay" is pay, paid and paying).
// biome-ignore format: one verb a line keeps the list readable and easy to review
const VERB_LINES = [
  'come: kam kom come',
  'go: go',
  'leave: lef komot comot commot',
  'take: tek take',
  'make: mek make',
  'send: sen send',
  'give: gi giv give',
  'get: get',
  'have: have',
  'pay: pe pay',
  'work: wok work',
  'say: say',
  'talk: tok talk',
  'tell: tel tell',
  'ask: ask aks',
  'know: sabi know',
  'want: wan want',
  'need: nid need',
  'find: fen find',
  'look: luk look',
  'call: kol call',
  'start: stat start',
  'finish: finish',
  'open: opin open',
  'close: klos close',
  'bring: bring',
  'sign: sain sign',
  'fill: fil fill',
  'put: put',
  'change: chenj change',
  'use: yuz use',
  'wear: wer wear',
  'help: ep help',
  'show: sho show',
  'walk: waka walk',
  'live: liv live',
  'buy: bay buy',
  'stay: ste stay',
  'stop: stop',
  'hear: yeri hear',
  'see: si see',
  'wait: wait',
  'carry: kari carry',
  'let: let',
  'happen: apin happen',
  'lose: lus lose',
  'forget: foget forget',
  'remember: memba remember',
  'think: tink think',
  'do: du do',
  'be: be bi',
  'apply: aplay apply',
  'complain: komplen complain',
  'write: rayt write',
  'pass: pas pass',
  'reach: rich reach',
  'collect: kolekt collect',
  'bury: beri bury',
  'die: dai die',
  'eat: eat',
];

/** Verbs with their English: what "fo" (to) and a pronoun (I, we, they) stand before. */
export const VERBS: ReadonlyMap<string, string> = new Map(table(VERB_LINES));

// Verbs that are things too: after "mi", "wi" and "a" they are mine, ours, or a thing ("mi pe", "wi wok"), not
// what I do; after "dem" they are what they do ("dem pe").
export const THINGS_TOO: ReadonlySet<string> = new Set(['pe', 'pay', 'wok', 'work']);

/** Words that say whether, when and how a verb is done, between a pronoun and its verb: "kin" (can), "don" (have). */
export const MODALS: ReadonlyMap<string, string> = new Map(
  table(['can: kin kan', 'must: mos must', 'never: neva never', 'already: don', 'will: will']),
);

/** How someone is, after a pronoun ("a sik": I am sick), read without the "am" the languages leave out. */
export const STATES: ReadonlyMap<string, string> = new Map(
  table(['sick: sik sick', 'tired: taya tired', 'late: late', 'ready: redi ready', 'pregnant: pregnant']),
);

/** Things a state names before them ("mi sik lif": my sick leave), after which a pronoun is the owner. */
export const STATED_THINGS: ReadonlySet<string> = new Set(['lif', 'leave', 'note', 'pe', 'pay', 'de', 'day']);

/**
 * The marks of a verb going on or done that English says with its ending ("e de wok", "dem dey pay", "a bin ask"):
 * between a pronoun and its verb, nothing English needs.
 */
export const ASPECT: ReadonlySet<string> = new Set(['de', 'dey', 'bin', 'ben']);

/**
 * Words after a pronoun that say something else there: "fo" is "should" ("a fo go?"), "no" and "nor" are "not"
 * ("a no get mi pe"), "fit" is "can", "go" before a verb "will" (read before), "se" is "say"; elsewhere they are
 * "for", "no", "fit", "go" and "that".
 */
export const AFTER_PRONOUN: ReadonlyMap<string, string> = new Map([
  ['fo', 'should'],
  ['for', 'should'],
  ['no', 'not'],
  ['nor', 'not'],
  ['not', 'not'],
  ['fit', 'can'],
  ['se', 'say'],
  // Liberian's "I ehn get ma pay": not.
  ['ehn', 'not'],
]);

/** Pronouns before a verb, with the English of the one doing it; "a" and "ah" are Krio's "I", "e" and "im" "he". */
export const SUBJECTS: ReadonlyMap<string, string> = new Map(
  table(['I: a ah i mi', 'we: wi we', 'he: e im', 'they: dem', 'you: yu you u una wuna']),
);

/** Pronouns after a verb done to someone ("tel mi", "pe dem"), in English: me, us, him, them, not my or they. */
export const OBJECTS: ReadonlyMap<string, string> = new Map(
  table(['me: mi', 'us: wi we', 'him: im', 'them: dem', 'you: yu una wuna']),
);
/** Verbs done to someone, after which a pronoun is the one it is done to. */
export const DONE_TO: ReadonlySet<string> = new Set(
  'tel tell gi giv give pe pay sen send kol call ep help sho show ask aks mek make let si see kari carry tek take fen find'.split(
    ' ',
  ),
);

// "una sabi wetin", "tel mi usai": a question asked inside a clause, read in its place ("do you know what").
const INDIRECT: ReadonlyArray<readonly [string, string]> = [
  ['wetin', 'what'],
  ['wetin time', 'what time'],
  ['usai', 'where'],
  ['udat', 'who'],
  ['who', 'who'],
  ['how', 'how'],
  ['how much', 'how much'],
  ['how many', 'how many'],
  ['homoch', 'how much'],
  ['homeni', 'how many'],
  ['which', 'which'],
  ['ustem', 'when'],
  ['when', 'when'],
  ['wetin mek', 'why'],
];
const ASKED_OF = [
  ['una sabi', 'do you know'],
  ['yu sabi', 'do you know'],
  ['una no', 'do you know'],
  ['yu no', 'do you know'],
  ['sabi', 'know'],
  ['tel me', 'tell me'],
  ['tell me', 'tell me'],
  ['sho me', 'show me'],
] as const;

// "fo" before a verb is "to" ("fo get": to get); and the questions asked inside a clause.
function madePhrases(): Array<readonly [string, string]> {
  const to = [...VERBS].map(([v, english]) => [`fo ${v}`, `to ${english}`] as const);
  const indirect = ASKED_OF.flatMap(([k, english]) =>
    INDIRECT.map(([w, asks]) => [`${k} ${w}`, `${english} ${asks}`] as const),
  );
  return [...to, ...indirect];
}

// Each line: the English, then the phrases that say it, apart with ' | '. Read before single words, the longest
// first, so "wetin time" asks what time and "wetin mek" why.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  'what is: wetin na | wetin be',
  'what: na wetin',
  'what is: na wetin be | na wetin na',
  'who is: udat na | udat be | who be',
  'who: na udat | na who',
  'where is: usai na | usai be',
  'which is: which na | which wan na | which one be',
  'what time: wetin time | which time',
  'when: wetin tem | which tem',
  'why: wetin mek | wetin make | wetin cause',
  'what kind of: wetin kind | which kind',
  'how much: how much',
  'how many days: homoch de | homeni de | how many de',
  'how many: how many',
  'how long: how long',
  'is it true: na tru',
  'is there: e get | e dey get | e de get',
  "can't: no fit | nor fit | no kin | no kan",
  'sick leave: sik lif',
  'leave: lif',
  'children: pikin dem',
  'one day: wan de',
  'every day: evri de',
  'one week: wan wik',
  'one month: wan mont',
  'one year: wan yia',
  'pregnant: get bele',
  'my husband: mi man',
  'her husband: in man',
  'food allowance: chop moni',
  'transport allowance: transpot moni',
  'naming ceremony: pul na do | komot na do',
];

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...table(PHRASE_LINES, ' | '),
  ...table(LIBERIAN_PHRASE_LINES, ' | '),
  ...madePhrases(),
];

// The small words of grammar: "na" (it is), "de" and "dey" (is at, is doing), "bin" (did), "wey" (that), "se"
// (that), "o" (a particle of stress, "abeg o").
const GRAMMAR = 'na de dey bin ben wey se o oo ooo sef sha abi shey shebi oya jare';
// Words of courtesy and greeting: no topic.
const COURTESY = 'abeg plz pls please tenki tenk tanks seke kushe kusheh biko chale';

/** Words of courtesy and grammar that say nothing English needs: "na" (it is), "de" (is at), "abeg" (please). */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY} ${LIBERIAN_COURTESY}`.split(' '));

// Each line: the English, then the forms that say it. One meaning a line.
// biome-ignore format: one meaning a line keeps the list readable and easy to review
const WORD_LINES = [
  // pronouns before a thing (before a verb they are read apart: "mi wan" is I want)
  'my: mi',
  'our: wi',
  'your: yu una wuna',
  'his: im',
  'he: e',
  'them: dem',
  'somebody: sombodi sombori',
  'everybody: evribodi',
  'nobody: nobodi',
  'anybody: enibodi',
  'person: posin pesin',
  'people: pipul',
  'something: sontin',
  'nothing: natin notin',
  'everything: oltin evritin',
  'anything: enitin',
  // grammar
  'the: di',
  'this: dis',
  'that: dat',
  'all: ol',
  'any: eni',
  'every: evri',
  'other: oda',
  'in: insay',
  'on: pan',
  'with: wit',
  'for: fo',
  'about: abaut',
  'after: afta',
  'before: bifo',
  'until: te',
  'and: en',
  'but: bot',
  'because: bikos',
  'again: egen',
  'still: stil',
  'only: onli',
  'now: naw',
  'here: ya',
  // time
  'time: tem time',
  'today: tide',
  'tomorrow: tumara',
  'yesterday: yestade',
  'morning: monin',
  'afternoon: aftanun',
  'evening: ivin',
  'night: net',
  'week: wik',
  'month: mont',
  'year: yia',
  'last: las',
  'next: neks',
  'early: erli',
  'weekend: wikend',
  'Monday: monde',
  'Tuesday: tyuzde',
  'Wednesday: wenzde',
  'Thursday: tozde',
  'Friday: fraide',
  'Saturday: satide',
  'Sunday: sonde',
  // work, pay and leave
  'overtime: ovataim',
  'shift: shif',
  'money: moni',
  'salary: salari',
  'boss: bos oga',
  'manager: manija',
  'supervisor: supavaiza',
  'office: ofis',
  'canteen: kantin',
  'company: kompin',
  'worker: wokman',
  'holiday: olide',
  'problem: wahala',
  'trouble: trobul',
  'form: fom',
  'paper: pepa',
  'letter: leta',
  'number: numba nomba',
  'contract: kontrak',
  'expert: sabisabi',
  // health, family and home
  'hospital: ospitul',
  'doctor: dokta',
  'nurse: nos',
  'medicine: meresin',
  'child: pikin',
  'baby: bebi',
  'mother: mama',
  'father: papa',
  'wife: wef waif',
  'husband: osban',
  'brother: broda',
  'sister: sista',
  'family: famili',
  'burial: berin',
  'born: bon',
  'wedding: wedin',
  'home: os',
  'school: skul',
  'teacher: ticha',
  // transport and things
  'car: motoka',
  'road: rod',
  'food: chop',
  'water: wata',
  'small: smol',
  'plenty: boku plenti',
  'new: nyu',
];

/** Everyday words with their English, the verbs', modals' and states' among them. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES),
  ...table(LIBERIAN_WORD_LINES),
  ...VERBS,
  ...MODALS,
  ...STATES,
]);

/**
 * Words only Krio and the Pidgins have: no English word is typed so, and neither Belizean Kriol, Jamaican Patois,
 * Spanish, Italian, Indonesian, Haitian nor Tetum types them as a word of its own. Not "na", "di", "de", "mi",
 * "dem", "se", "fit", "tek", "mek", "lef", "sik" or "tumara": other languages' words, chat English's, or Kriol's too;
 * nor Liberian's "da" and "ma" (Portuguese's and Italian's). Liberian's own ("pekin", "ehn") are added to them.
 */
export const MARKERS: ReadonlySet<string> = new Set(
  'chale wetin weti usai usay wusai whosai wusay udat hudat homoch omoch homeni omeni ustem una wuna sabi sabisabi pikin lif abeg wahala chop waka insay dey komot comot commot yestade monin oga kompin ospitul osban wokman salari olide fom kantin tenki kushe kusheh seke posin pesin pipul sontin natin oltin enitin sombodi evribodi nobodi bikos abaut smol boku nyu motoka meresin berin wedin yia wikend tyuzde wenzde tozde satide sonde fraide'
    .split(' ')
    .concat(LIBERIAN_MARKERS),
);

/** The words of asking only Krio and the Pidgins have: one beside their "na" or "di" is enough to tell them. */
export const OWN_ASKING: ReadonlySet<string> = new Set(
  'chale wetin weti watin whetin usai usay wusai whosai wusay udat hudat homoch omoch homeni omeni ustem'.split(
    ' ',
  ),
);

/**
 * Krio's and the Pidgins' small words that other languages or chat English type too ("na" is Portuguese's, "di"
 * Italian's and Indonesian's, "mi" Spanish's, "dem" Kriol's, Liberian's "da" and "ma" Portuguese's and Italian's):
 * no sign alone, but beside a word of asking of their own, enough.
 */
export const WEAK: ReadonlySet<string> = new Set(
  'na di dis dat de dem mi yu wi e im am bin don go be fo da ma'.split(' '),
);

/** Other spellings of the listed words, read as the one listed ("usay" as "usai", "bout" as "abaut", "ow" as "how"). */
export const SPELLINGS: ReadonlyMap<string, string> = new Map(
  table([
    'wetin: weti',
    'usai: usay wusai whosai wusay husai',
    'udat: uda hudat',
    'how: ow aw hau',
    'which: wich',
    'homoch: omoch homuch',
    'homeni: omeni',
    'much: mach moch',
    'many: meni',
    'kind: kain kaind',
    'time: taim taym',
    'abaut: bout abot',
    'wit: wid',
    'pan: pon',
    'tumara: tumoro tumaro tumorro tomora',
    'tide: tude',
    'yestade: yestaday yesterde',
    'monin: moning',
    'ospitul: osptul ospital',
    ...LIBERIAN_SPELLING_LINES,
  ]),
);
