/**
 * @module Shikomori (Comorian: Shingazidja of Grande Comore, Shindzuani of Anjouan, and the forms Shimaore and
 * Shimwali share with them) as ylang-ylang distillery and vanilla staff type it in chat, in Latin letters mixed with
 * French and English ("congé suku ngapvi?", "mshahara wangu ngudjolipvwa lini?", "bureau ya patron hapvi?"): the
 * words of asking, the small words of grammar, everyday words of pay, leave, shifts, feasts, family and transport,
 * the stems of the common verbs and the marks of who and when that open a verb ("ngaridjo-", we will), with what
 * each says in English. Comorian writes "pv" where Swahili writes "p" ("hapvi", "ngapvi", "hupva": "wapi",
 * "ngapi", "kupa"), "h" where it writes "k" ("hazi", "mwaha", "hufanya": "kazi", "mwaka", "kufanya") and "dj" or
 * "dz" for its "j" and "z" ("djahazi", "ndzia"), so those forms are Comorian's own; the words it writes as Swahili
 * does ("lini", "mwezi", "mshahara", "wangu") tell neither apart. The lists are written from general knowledge of
 * the language and kept to the words we are sure of (the question words checked against the public phrasebooks),
 * without reading any organisation's documents or questions.
 */
import { meaningTable as table } from './roman-shared.js';

/**
 * Words of asking, each with what it asks in English ("ngapvi" of what is counted asks how many, which the reader
 * sees); they mostly end the question ("bureau hapvi?").
 */
export const ASKING: ReadonlyMap<string, string> = new Map([
  ...table([
    'where: hapvi',
    'how much: ngapvi ngapi kisaje',
    'when: lini',
    'what: ntrini trini',
    'who: mbani deni',
    'how: jeje',
  ]),
  // "afa" opens a question that asks whether ("afa ngaridjofanya hazi?"): it asks nothing English needs.
  ['afa', ''],
]);

/** Comorian's own words of asking: Swahili writes "wapi", "ngapi", "nini" and "nani", Malagasy others. */
export const OWN_ASKING: ReadonlySet<string> = new Set(
  'hapvi ngapvi kisaje ntrini trini mbani afa'.split(' '),
);

// Each line: the English, then the phrases that say it, apart with ' | '. Read before single words, the longest
// first, so "suku ngapvi" asks how many days and "lera ntrini" what time.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  'what time: lera ntrini | lera trini | lera ngapvi',
  'why: mana ntrini | mana trini | trongo trini | trongo ntrini',
  'how: namna trini | namna ntrini',
  'which day: suku ntrini | suku trini',
  'whose: wa mbani | ya mbani',
  'how many days: suku ngapvi | suku ngapi',
  'how many months: miezi ngapvi | mwezi ngapvi',
  'how many years: miaha ngapvi | mwaha ngapvi',
  'how many people: wandru ngapvi',
  'how many children: wana ngapvi',
  'how much money: riali ngapvi | pesa ngapvi',
  'this month: mwezi unu',
  'this year: mwaha unu',
  'this week: wiki unu',
  'work: hufanya hazi | ufanya hazi | fanya hazi',
  'Eid day: suku ya idi | suku za idi',
  'Mawlid day: suku ya maulida',
  'grand marriage: ndola nkuu',
  'night shift: zamu ya usiku',
  'morning shift: zamu ya asubuhi',
  // French, as the staff type it among Comorian words
  'overtime: heures sup | heures supp | heure sup | heures supplementaires',
  'payslip: fiche de paie | fiche de paye | bulletin de salaire',
  'sick leave: conge maladie | conge mwade',
  'maternity leave: conge maternite',
  'public holiday: jour ferie',
];

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = table(PHRASE_LINES, ' | ');

// The small words of grammar that say no topic: "na" (and, with), "ndo" and "nde" (it is), "de" (Shindzuani's
// "ɗe", which stresses what is asked of), "ho" (there), "ye" (he, or the relative), and the third person's marks of
// doing now ("ngu", "yehu"), which the thing named before the verb says. French's small words ("la", "pour") are
// French's signs, which the reader reads in English after it (roman-shikomori.ts).
const GRAMMAR = 'na ndo nde de ho ye ngu yehu';
// Words of courtesy and greeting: "marahaba" (thanks), "kwezi", "bariza", "habariza" (hello), "ndjema" (well).
const COURTESY =
  'marahaba kwezi bariza habariza salama ndjema tafadhali inshallah svp stp stpl merci bonjour bjr slt salam pls please';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

/**
 * The verbs' stems, with their English: the reader finds them after the marks of who and when ("ngudjo-lipvwa", it
 * will be paid) and after the infinitive's "hu-" or Shimaore's "u-" ("hupva", "urenga").
 */
export const STEMS: ReadonlyMap<string, string> = new Map(
  table([
    'give: pva',
    'be given: pvwa',
    'pay: lipva',
    'be paid: lipvwa',
    'come: dja',
    'go: enda endra',
    'leave: lawa',
    'return: regeya',
    'take: renga',
    'call: hira',
    'do: fanya',
    'want: tsaha',
    'know: djua',
    'open: fungua',
    'close: funga',
    'study: soma',
    'sleep: lala',
  ]),
);

// A stem's infinitives: "hu-" before a consonant ("hupva"), "hw-" before a vowel ("hwenda"), and Shimaore's "u-".
const infinitives = (stem: string): string[] =>
  /^[aeiou]/.test(stem) ? [`hw${stem}`] : [`hu${stem}`, `u${stem}`];

/** Verbs as typed whole, the stems among them: the infinitives say the verb ("hulipva", to pay). */
export const VERBS: ReadonlyMap<string, string> = new Map([
  ...STEMS,
  ...[...STEMS].flatMap(([stem, english]) =>
    infinitives(stem).map((form): [string, string] => [form, english]),
  ),
]);

/**
 * The marks that open a verb, with who does it and when (Shingazidja's): "ngamdjo-", "ngaridjo-" (I, we will),
 * "ngam-", "ngari-" before a stem ending in "-o" (I am, we are doing it), "mihu-", "sihu-" (I, we do it). The thing
 * or person the third person's marks stand for is named before them ("mshahara ngudjolipvwa", the salary will be
 * paid), so "ngudjo-" says only "will".
 */
export const VERB_MARKS: ReadonlyMap<string, string> = new Map(
  table([
    'I will: ngamdjo',
    'you will: ngodjo',
    'will: ngudjo',
    'we will: ngaridjo',
    'they will: ngwadjo',
    'I: ngam mihu',
    'you: ngo wehu',
    'we: ngari sihu',
    'they: ngwa wohu',
  ]),
);

/** The third person's marks of doing now ("ngu-", "yehu-"): the thing named before them does it; they say nothing. */
export const THIRD_MARKS: ReadonlySet<string> = new Set(['ngu', 'yehu']);

/** The marks that open a verb of doing now, whose stem then ends in "-o" ("ngam-lipvo" for "lipva"). */
export const NOW_MARKS: ReadonlySet<string> = new Set('ngam ngo ngu ngari ngwa'.split(' '));

// Each line: the English, then the forms that say it. One meaning a line.
// biome-ignore format: one meaning a line keeps the list readable and easy to review
const WORD_LINES = [
  // time
  'day: suku',
  'month: mwezi',
  'months: miezi',
  'year: mwaha',
  'years: miaha',
  'week: wiki',
  'hour: lera',
  'today: lewo leo',
  'night: usiku',
  'morning: asubuhi',
  'Friday: djuma',
  'Eid: idi',
  'Mawlid: maulida',
  'Ramadan: ramadhwani ramadhani',
  'this: unu',
  'here: pvanu vanu',
  'of: ya za wa sha',
  // money and work
  'money: riali pesa',
  'salary: mshahara',
  'work: hazi',
  'shift: zamu',
  'permission: ruhusa',
  'must: lazima',
  // people, and whose a thing is (after it, as the reader moves it before: "mshahara wangu", my salary)
  'person: mdru',
  'people: wandru',
  'child: mwana',
  'children: wana',
  'mother: mama',
  'father: baba',
  'wife: mshe',
  'husband: mume',
  'I: mimi wami',
  'you: wawe wewe',
  'we: sisi wasi',
  'they: wawo wao',
  'my: wangu yangu langu zangu shangu wahangu yahangu lahangu zahangu shahangu',
  'your: waho yaho laho zaho shaho wahaho yahaho lahaho zahaho shahaho',
  'his: wahe yahe lahe zahe shahe',
  // home, health and food
  'home: dago',
  'sick: mwade',
  'illness: uwade',
  'doctor: twabibu',
  'medicine: dawa',
  'food: shahula',
  'water: madji',
  'rice: wali',
  'fish: fi',
  // transport, feasts and family events
  'car: gari',
  'boat: djahazi',
  'road: ndzia',
  'wedding: harusi',
  'marriage: ndola',
  'grand marriage: anda',
  'funeral: msiba',
  'death: mauti',
  'prayer: swala',
  'flowers: maua',
  // numbers
  '1: moja',
  '2: mbili',
  '3: traru ntraru',
  '4: nne',
  '5: tsano',
  '6: sita',
  '7: saba',
  '8: nane',
  '9: shenda shendra',
  '10: kumi',
];

// French words the staff type among Comorian ones ("congé", "patron", "vedette"), read in English as the rest.
// biome-ignore format: one meaning a line keeps the list readable and easy to review
const FRENCH_LINES = [
  'leave: conge conges',
  'salary: salaire',
  'boss: patron',
  'office: bureau',
  'bonus: prime',
  'advance: avance',
  'sickness: maladie',
  'factory: usine',
  'distillery: distillerie',
  'vanilla: vanille',
  'flowers: fleurs',
  'picking: cueillette',
  'canteen: cantine',
  'wedding: mariage',
  'funeral: enterrement deces',
  'boat: vedette',
  'holiday: vacances',
  'maternity: maternite',
  'paternity: paternite',
];

/** The French words the lists read: the staff's own words too, but no sign of Comorian. */
export const FRENCH: ReadonlySet<string> = new Set(table(FRENCH_LINES).map(([w]) => w));

/** Everyday words with their English: Comorian's, French's as the staff type them, the verbs and their marks. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES),
  ...table(FRENCH_LINES),
  ...VERBS,
  ...VERB_MARKS,
]);

// Infinitives Swahili writes as its habitual ("duka hufunga lini?", the shop closes when?): no sign of Comorian.
const SWAHILI_HABITUAL: ReadonlySet<string> = new Set(['hufanya', 'hufungua', 'hufunga', 'husoma', 'hulala']);

/**
 * Words only Comorian writes so: Swahili writes "wapi", "ngapi", "kazi", "mwaka", "siku", "chakula", "kupa",
 * "lipwa" and "kufanya", Malagasy, French and English none of them. The verbs' infinitives and marks, and the stems
 * with Comorian's "pv" ("lipvwa"), are its own too. The signs a question is typed in Comorian.
 */
export const OWN: ReadonlySet<string> = new Set([
  ...OWN_ASKING,
  ...'unu suku mwaha miaha lera lewo pvanu riali hazi mdru wandru mshe wami wahangu yahangu lahangu zahangu shahangu wahaho yahaho lahaho zahaho shahaho dago mwade uwade twabibu shahula madji djahazi ndzia ndola maulida ramadhwani traru ntraru tsano shenda shendra marahaba kwezi bariza habariza ndjema'.split(
    ' ',
  ),
  ...VERB_MARKS.keys(),
  'yehu',
  ...[...VERBS.keys()].filter(
    (verb) => (!STEMS.has(verb) || verb.includes('pv')) && !SWAHILI_HABITUAL.has(verb),
  ),
]);

/**
 * Listed words other languages type too, which no question is taken on: Swahili's alike ("lini", "mwezi",
 * "mshahara", "wangu"), English's, French's and Spanish's ("mama", "wiki", "de", "la", "jeje", Spanish chat's
 * laugh), and the bare stems ("soma", "lala", "funga").
 */
export const WEAK: ReadonlySet<string> = new Set([
  ...FRENCH,
  ...STEMS.keys(),
  ...'ya za wa sha na de ndo nde ho ye fi mi ngapi lini deni jeje leo mwezi miezi wiki usiku asubuhi djuma idi vanu pesa mshahara zamu ruhusa lazima mwana wana mama baba mume mimi wawe wewe sisi wasi wawo wao wangu yangu langu zangu shangu waho yaho laho zaho shaho wahe yahe lahe zahe shahe dawa wali gari harusi anda msiba mauti swala maua moja mbili nne sita saba nane kumi salama tafadhali inshallah svp stp stpl merci bonjour bjr slt salam pls please ngo ngu ngam ngari ngwa'.split(
    ' ',
  ),
]);

/**
 * Swahili's forms of the words Comorian writes otherwise ("wapi" for "hapvi", "kazi" for "hazi", "likizo", "kesho"),
 * and its grammar's: a question with them is Swahili's.
 */
export const SWAHILI: readonly string[] =
  'wapi nini gani vipi kwanini kazi kufanya mwaka miaka siku kesho jana likizo chakula kula maji nyumbani nyumba mtoto watoto mke mgonjwa daktari hospitali ofisi nataka nitapata tutapata tutalipwa utalipwa nitalipwa atalipwa lipwa ninaweza naweza unaweza tunaweza iko yuko kuna hapa sasa saa huu hii hiki huyu asante karibu habari wetu yetu yako wako lako zako basi kazini hufanya hufungua hufunga husoma hulala'.split(
    ' ',
  );

/**
 * Malagasy's words of asking and everyday words (Comorians on Mayotte and Madagascar type it too): a question with
 * them is Malagasy's.
 */
export const MALAGASY: readonly string[] =
  "inona aiza aho oviana rahoviana firy ohatrinona iza nahoana maninona ahoana karama andro volana taona herinandro asa vola miasa mandeha afaka ve ianao ianareo izahay isika ny amin'ny amin misaotra azafady tompoko ary dia tsy sy hoe androany rahampitso omaly trano zaza vady marary dokotera hopitaly birao handray".split(
    ' ',
  );

// Every word the lists have, which the spellings read other forms as.
const KNOWN: ReadonlySet<string> = new Set([
  ...ASKING.keys(),
  ...DROPPED,
  ...WORDS.keys(),
  ...OWN,
  ...PHRASES.flatMap(([words]) => words.split(' ')),
]);

// A word in lower case without its marks ("congé" as "conge", Shindzuani's "ɗeni" as "deni").
const fold = (word: string) =>
  word.toLowerCase().replace(/ɗ/g, 'd').replace(/ɓ/g, 'b').normalize('NFD').replace(/\p{M}/gu, '');

// Chat's other spellings, each after the spelling the lists use.
const SHORT = table([
  'ngapvi: ngapwi',
  'hapvi: hapwi',
  'maulida: maoulida mawlid',
  'ramadhwani: ramadan',
  'mshahara: mshara',
  'conge: congee',
  // French's "oulala" is no Comorian "ulala" (sleep): it stays as typed.
  'oulala: oulala',
  'houlala: houlala',
]);

// The spellings above; a word with accents as typed without them; and French's "ou" for Comorian's "u", which many
// type ("soukou", "ngoudjo"), when the lists know the word so spelt.
class ShikomoriSpellings extends Map<string, string> {
  override get(word: string): string | undefined {
    const listed = super.get(word);
    if (listed !== undefined) return listed;
    const plain = fold(word);
    const known = (w: string) => (KNOWN.has(w) ? w : super.get(w));
    const found = known(plain) ?? (plain.includes('ou') ? known(plain.replace(/ou/g, 'u')) : undefined);
    return found ?? (plain === word ? undefined : plain);
  }
}

/** Other spellings of the listed words: with their accents, with French's "ou", and as chat shortens them. */
export const SPELLINGS: ReadonlyMap<string, string> = new ShikomoriSpellings(SHORT);

/** Whether a word, in lower case and spelt as the lists spell it, is one the lists have. */
export const isKnownWord = (word: string): boolean => KNOWN.has(word);
