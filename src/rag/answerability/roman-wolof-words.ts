/**
 * @module Wolof as staff in The Gambia and Senegal type it in chat, in Latin letters and mixed with English ("nyata
 * la company bi di may?", "kan la pay bi di nyow?", "dama begg emergency loan"), with the few Mandinka words of
 * asking, work and money chat mixes in ("jelu", "mintoo", "dookuu", "kodi"): the words of asking, the pronouns and
 * the marks of focus that carry them ("dama", "dafa", "laa", "ngay"), the small words of grammar, and everyday words
 * of pay, leave, time, health and family, with what each says in English, and the words that are plainly Wolof's or
 * Mandinka's, which no neighbour types. Every list is written as the reading meets a word: in lower case, without
 * accents ("begg" for "bëgg"), "ñ" as "ny" ("nyata", "danyu", "kany") and "x" where chat also types "kh" ("xaalis",
 * "khaalis"), other spellings read as the one listed. Written from general knowledge of the languages, without
 * reading any organisation's documents or questions.
 */
import { meaningTable as table } from './roman-shared.js';

/**
 * Words of asking, each with what it asks in English: "kan" asks when, or who before "moo" or "ko" (the reader
 * tells them); "fan" asks where, but after a number it is a day (read before); "ndax" asks whether, or says because
 * inside a sentence; "ana" asks where a thing is. Mandinka's "jelu", "mintoo", "nyaadi", "munyaa" and "jumaa" too.
 */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table([
    'how much: nyata nata jelu; when: kany kan jumaa; who: kooy kuy; where: fan mintoo; where is: ana',
    'what: lan lu; how: naka nan nyaadi munyaa munna; whether: ndax; which: ban; why: lutax',
  ]),
);

// The days of the week, each English then its Wolof name, as a phone types it with or without its capital.
const DAYS =
  'Monday altine Tuesday talaata Wednesday allarba Thursday alxames Friday ajjuma Saturday gaawu Sunday dibeer';

/** The days, each Wolof name with its English. */
export const DAY_NAMES: ReadonlyMap<string, string> = new Map(
  (DAYS.match(/\S+ \S+/g) ?? []).map((pair) => pair.split(' ').reverse() as [string, string]),
);

/** The feasts, each as the lists spell it with its English: kept with their capital, as English names them. */
export const FEASTS: ReadonlyMap<string, string> = new Map([
  ['tabaski', 'Tabaski'],
  ['koriteh', 'Koriteh'],
  ['gamou', 'Gamou'],
  ['tamxarit', 'Tamkharit'],
]);

// What "nyata" counts, each with its English plural: "nyata bes" asks how many days, "nyata la" how much.
const COUNTED: ReadonlyArray<readonly [string, string]> = [
  ['bes', 'days'],
  ['ayubis', 'weeks'],
  ['weer', 'months'],
  ['at', 'years'],
  ['waxtu', 'hours'],
  ['yoon', 'times'],
  ['nit', 'people'],
  ['doom', 'children'],
  ['xale', 'children'],
];

// Each line: the English, then the phrases that say it, apart with ' | ', in the lists' spelling. Read before single
// words, the longest first, so "lan mooy" asks what is and "ci ban waxtu" what time.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  // asking
  'who: kan moo | kan mo | kan ko | kan koy | kan nyoo | kan noo',
  'who is: kan mooy | kan moy',
  'what is: lan mooy | lan moy | lu mooy',
  'why: lu tax | lan moo tax | lu waral',
  'what time: ban waxtu | ci ban waxtu',
  'which day: ban bes | ci ban bes',
  'until when: ba kan | ba kany',
  'how do I: naka laay def ngir | naka laa def ngir | nan laay def ngir | naka lay def ngir | naka laay def | nan laay def',
  'how do you: naka ngay def ngir | nan ngay def ngir',
  'is there: am na | amna',
  'I have: am naa',
  'there is: dafa am',
  'will there be: dina am',
  'everything: lu nekk',
  // Mandinka
  'when: waati jumaa | tuma jumaa',
  'I want: n lafita | ng lafita',
  'I am sick: n kuurata',
  // time
  'in the morning: ci suba',
  'at night: ci guddi',
  'in the evening: ci ngoon',
  'this year: ren',
  'last year: daaw',
  'next year: dewen',
  'next week: ayubis bu nyow | ayubis bu di nyow',
  'last week: ayubis bu weesu | ayubis ba weesu',
  'next month: weer wu nyow | weer wu di nyow',
  'last month: weer wu weesu | weer wa weesu',
  'every day: bes bu nekk | ci bes bu nekk',
  'every month: weer wu nekk | ci weer wu nekk',
  'one day: benn bes',
  'one week: benn ayubis',
  'one month: benn weer',
  'one year: benn at',
  // work, pay and family
  'overtime: waxtu yu ci gen',
  'sick leave: konge feebar',
  'give birth: jur doom',
  'per hour: ci waxtu | ci benn waxtu | ci waxtu bu nekk',
  'go home: dem ker | dem ci ker | nyibbi ker',
  'six: juroom benn',
  'seven: juroom nyaar',
  'eight: juroom nyett',
  'nine: juroom nyeent',
];

// The marks of focus and the pronouns a state follows, each with its English ("dama feebar": I am sick).
const BEING: ReadonlyArray<readonly [string, string]> = [
  ['dama', 'I am'],
  ['ma', 'I am'],
  ['danga', 'you are'],
  ['nga', 'you are'],
  ['dafa', 'it is'],
  ['mu', 'it is'],
  ['danu', 'we are'],
  ['danyu', 'we are'],
  ['nu', 'we are'],
  ['dangeen', 'you are'],
];

/**
 * How someone or something is, after "dama", "dafa" or "ma" ("dama feebar": I am sick; "dafa ubbi": it is open),
 * read with the "am" or "is" that Wolof leaves out.
 */
export const STATES: ReadonlyMap<string, string> = new Map(
  table([
    'sick: feebar tawat opp; tired: sonn; open: ubbi; closed: tej; late: yeex; pregnant: emb; good: baax',
    'finished: jeex; hungry: xiif; married: seey; worried: jaaxle; painful: metti; ready: pare',
  ]),
);

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...table(PHRASE_LINES, ' | '),
  ...COUNTED.map(([word, english]): [string, string] => [`nyata ${word}`, `how many ${english}`]),
  ...COUNTED.map(([word, english]): [string, string] => [`jelu ${word}`, `how many ${english}`]),
  ...COUNTED.map(([word, english]): [string, string] => [`nata ${word}`, `how many ${english}`]),
  // "ci altine" (on Monday), "ci Tabaski" (on Tabaski): "ci" before a day or a feast.
  ...[...DAY_NAMES, ...FEASTS].map(([day, english]): [string, string] => [`ci ${day}`, `on ${english}`]),
  ...BEING.flatMap(([mark, being]) =>
    [...STATES].map(([state, english]): [string, string] => [`${mark} ${state}`, `${being} ${english}`]),
  ),
];

// The verbs, each English then the verb in the lists' spelling ("liggeey", work; "fey", pay; "may", give).
// biome-ignore format: a few verbs a line keeps the list short and easy to review
const VERB_LINES = [
  'work: liggeey; pay: fey; give: may jox; get: jot; want: begg; go: dem; come: dikk nyow; return: dellu',
  'open: ubbi; close: tej; start: tambali; finish: jeex; say: wax; ask: laaj; know: xam; do: def',
  'buy: jend; sell: jaay; eat: lekk; sleep: nelaw; bring: indi; send: yonnee; look for: seet; see: gis',
  'stop: taxaw; help: dimbali; take: jel; go home: nyibbi; go out: genn; enter: dugg; died: faatu; die: dee',
  'change: soppi; check: saytu; accept: nangu; refuse: bany; write: bind; register: bindu; borrow: leb',
  'lend: lebal; call: woo; wait: xaar; need: soxla; can: men; must: war wara; is: nekk; have: am',
  'rest: noppalu noflaay; arrive: agsi; forget: fatte; travel: tukki; increase: yokk; reduce: wanyi',
  'learn: jang; drive: dawal; wear: sol; stay: toog des; find: fekk; leave: bayyi; sign: siine; give birth: jur',
  // Mandinka
  'work: dookuu; want: lafi lafita; give: dii; get: soto sotoo; go: taa; pay: joo',
];

/** The verbs with their English. */
export const VERBS: ReadonlyMap<string, string> = new Map(table(VERB_LINES));

/** Verbs whose "not" is of now ("begguma": I do not want); any other's is of what was done ("jotuma"). */
export const STATIVE: ReadonlySet<string> = new Set('begg xam men am soxla war wara nekk'.split(' '));

/**
 * The marks of focus before a verb, each with the English of who does it ("dama": I, "dafa": it, "danyu": we, or
 * they, which Wolof says alike): the commonest way Wolof says a sentence. "da" is the mark without a pronoun, after
 * a noun that says who ("sama doom da feebar"), which the reader makes of "dafa" there: "is" before a state.
 */
export const FOCUS: ReadonlyMap<string, string> = new Map(
  table(['I: dama damay; you: danga dangay dangeen; it: dafa dafay; we: danu danuy danyu danyuy; is: da']),
);

// The small words of grammar: "la" and "lay" (the focus after a word of asking), "di" (the mark of a verb going
// on), "na" after a verb (it is done), the articles after a noun ("bi", "yi", "gi", "wi", "mi", "si", "li", "ji",
// "ki", far "ba", "ga", "wa", "ya"), "ci" (in, at, on), "ca" (there), "ko" (it, him), "moo", "mu" and "u" (that),
// "de", "kay" and "rekk" (only, indeed), "a" and "le" (Mandinka's focus), "ka", "ye" and "ti": none says a topic.
const GRAMMAR =
  'la lay di na bi yi gi wi mi si li ji ki ba ga wa ya ci ca ko moo u de kay a le ka ye ti ku ay lool';
// Greetings, thanks and please: no topic.
const COURTESY = 'salaam aleekum maalekum jerejef jamm waaw deedeet baal pls please plz';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: a topic's meanings, each the English then the forms that say it.
// biome-ignore format: one topic a line keeps the list short and easy to review
const WORD_LINES = [
  // pronouns, possessives and the small words a question needs in English
  'I: ma laa laay naa maa n; you: nga ngay yaa yow; it: mu muy; we: nu nuy lanu lanuy nanu; they: nyu nyuy lanyu lanyuy nyoo',
  'my: sama; your: sa; our: sunu; their: seen; and: ak te; or: walla; but: waaye; for: ngir',
  'because: ndaxte; if: su bu; until: ba; not: du; I do not: duma; you do not: doo; we do not: dunu',
  'will: dina; I will: dinaa; you will: dinga; we will: dinanu dinanyu; this: bii; that: boobu; all: yepp lepp',
  'only: rekk; also: itam; here: fii; there: fale; anything: dara; other: beneen; much: bari; little: tuuti',
  'new: bees; good: baax; later: gannaaw; before: balaa; tired: sonn; pregnant: emb; hungry: xiif',
  // time
  'day: bes; week: ayubis; month: weer; hours: waxtu; today: tey; tomorrow: subba elleg; yesterday: demb',
  'night: guddi; morning: suba; evening: ngoon; now: leegi; early: teel; late: yeex',
  // money and work
  'money: xaalis kodi; price: njeg; debt: bor; loan: leb; pay: pey; leave: konge; worker: liggeeykat',
  'boss: kilifa njiit patron; office: biro; paper: kayit; letter: bataaxal; phone: telefon; car: oto',
  'house: ker; person: nit; woman: jigeen; man: goor',
  // health and family
  'sick: feebar tawat; hospital: opitaal lopitaan; doctor: doktoor doktor; medicine: garab; hand: loxo',
  'leg: tank; head: bopp; body: yaram; father: baay; mother: yaay; child: doom xale',
  'wife: jabar; husband: jekkar; family: njaboot mbokk; wedding: takk seey; naming ceremony: ngente; death: dee',
  // numbers
  'one: benn; two: nyaar; three: nyett; four: nyeent; five: juroom; ten: fukk',
  // Mandinka
  'tomorrow: saama; yesterday: kunung; night: suutoo; day: lungo; month: karoo; year: sanjii; father: faa',
  'child: dingo; wife: musoo; husband: keewo; wedding: futuu; death: saayaa',
];

// The verbs' "not", of now or of what was done, as Wolof puts it on their end: "jotuma" (I did not get), "feyul"
// (did not pay), "feyunyu" (we did not pay), "ubbiwul" (did not open), "begguma" (I do not want).
function negatives(verbs: ReadonlyMap<string, string>): Array<[string, string]> {
  return [...verbs].flatMap(([verb, english]): Array<[string, string]> => {
    const not = STATIVE.has(verb) ? 'do not' : 'did not';
    const stem = /[aeiou]$/.test(verb) ? `${verb}w` : verb;
    return [
      [`${stem}uma`, `I ${not} ${english}`],
      [`${stem}ul`, `${not.replace('do', 'does')} ${english}`],
      [`${stem}unu`, `we ${not} ${english}`],
      [`${stem}unyu`, `they ${not} ${english}`],
    ];
  });
}

// A state's "not" on its end: "feebaruma" (I am not sick), "ubbiwul" (is not open).
function notStates(states: ReadonlyMap<string, string>): Array<[string, string]> {
  return [...states].flatMap(([state, english]): Array<[string, string]> => {
    const stem = /[aeiou]$/.test(state) ? `${state}w` : state;
    return [
      [`${stem}uma`, `I am not ${english}`],
      [`${stem}ul`, `is not ${english}`],
    ];
  });
}

/** Everyday words, the marks of focus, the verbs and their "not", and the days, with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES),
  ...FOCUS,
  ...VERBS,
  ...negatives(VERBS),
  ...notStates(STATES),
  ['menuma', 'I cannot'],
  ['menul', 'cannot'],
  ['amuma', 'I do not have'],
  ['amul', 'there is no'],
  ...DAY_NAMES,
  ...FEASTS,
]);

// Words only Wolof or Mandinka writes (see `OWN`).
const OWN_LIST =
  'nyata kany kooy kuy lutax naka ndax ndaxte mooy moy dama damay dafa dafay danga dangay danu danuy danyu danyuy dangeen laay lanu lanuy lanyu lanyuy ngay dinaa dinga dinanu dinanyu duma sunu begg liggeey liggeeykat xaalis fey jox nyow dikk ubbi tambali jeex dellu laaj xam yonnee taxaw dimbali nyibbi genn dugg faatu soppi saytu nangu bany xaar soxla noppalu noflaay agsi tukki wanyi dawal fekk bayyi ayubis waxtu subba elleg demb guddi ngoon leegi feebar tawat sonn yeex xiif jaaxle metti seey baay yaay xale jekkar njaboot mbokk ngente loxo bopp yaram opitaal lopitaan doktoor garab njeg kilifa njiit kayit bataaxal jigeen goor yepp lepp rekk itam waaye ngir beneen tuuti nyaar nyett nyeent juroom fukk amul menuma amuma jelu mintoo nyaadi munyaa dookuu kodi lafita kuurata sotoo saama kunung suutoo sanjii musoo keewo futuu saayaa';

/**
 * The "not" of the verbs and states ("jotuma", "feyul", "feebaruma"): verbs themselves, and Wolof's own, as no other
 * language ends a word so.
 */
export const NOT_FORMS: readonly string[] = [...negatives(VERBS), ...notStates(STATES)].map(([form]) => form);

/**
 * Words only Wolof or Mandinka writes, as the lists spell them: no English, French, Spanish, Portuguese, Arabic,
 * Indonesian, Hindi, Krio or Pidgin word is spelt so ("nyata", "dama", "begg", "liggeey", "xaalis", "jelu"). Not
 * "kan", "fan", "sama", "may", "dem", "jot", "doom", "seen", "ana" or "weer": other languages' words too. The signs
 * that a question is typed in them.
 */
export const OWN: ReadonlySet<string> = new Set([...OWN_LIST.split(' '), ...NOT_FORMS]);

/** Wolof's and Mandinka's own words of asking: one of them beside one of their small words (`WEAK`) is enough. */
export const OWN_ASKING: ReadonlySet<string> = new Set(
  'nyata kany kooy kuy lutax naka ndax jelu mintoo nyaadi munyaa'.split(' '),
);

/**
 * Wolof's small words that other languages type too ("la", "bi", "di", "ci", "sa", "ma"): a sign only beside one of
 * its own words of asking.
 */
export const WEAK: ReadonlySet<string> = new Set(
  'la lay laa bi yi gi wi mi ci di dina na nga ngay ma mu muy nu nuy nyu nyuy ko sa sama ak te moo le ka'.split(
    ' ',
  ),
);

/** Words a subject's mark of focus is read before: "la", "lay", "nga" after a word of asking say who does it. */
export const FOCUS_AFTER_ASKING: ReadonlySet<string> = new Set(
  'la lay laa laay lanu lanuy lanyu lanyuy nga ngay ngeen moo mooy moy mu muy nu nuy nyu nyuy ma may ko koy'.split(
    ' ',
  ),
);

// Chat's spellings, Senegal's French-lettered ones ("gnaata", "dagnou", "beug") and the Mandinka's, each after the
// spelling the lists use. Accents need no line: the reader folds "bëgg" to "begg" and "ñaata" to "nyaata".
// biome-ignore format: one topic a line keeps the list short and easy to review
const SHORT = table([
  'nyata: nyaata naata niata gnata gnaata nyeta; kany: kanye kagn kagne; lutax: lutakh lootax lootakh',
  'naka: nakka; ndax: ndakh ndah; lan: lann; mooy: mooye; kooy: kuye',
  'dama: damma; damay: dammay; dafa: daffa; dafay: daffay; danyu: dagnou dagnu danou; danyuy: dagnouy',
  'laay: laye; lanyu: lagnou lagnu; lanyuy: lagnouy lagnuy; nyu: gnu gnou; lanu: lanou; sama: suma; sunu: sounou sunyu',
  'liggeey: ligeey liggey ligey ligay liggay; liggeeykat: ligeeykat; begg: beug beugg bugg',
  'xaalis: xalis khaalis khalis kalis; nyow: niow nyew nyo nyaw niew; dikk: dikke',
  'tej: tejj; tambali: tambale tamble; jeex: jex jekh jeekh; xam: kham xamm; jox: jokh jokk; jend: jendd',
  'taxaw: takhaw tahaw; yonnee: yonne yone; dimbali: dimbale dimbeli; nyibbi: nyibi nibbi',
  'laaj: laj; soxla: sokhla; xaar: khaar xar; dellu: delloo; wax: wakh; jel: jell; xale: khale; baay: baye',
  'yaay: yaye; ayubis: ayibis ayubes aybis; waxtu: wakhtu; subba: souba; elleg: ellek; guddi: gudi',
  'ngoon: ngon; leegi: leggi; feebar: febar fiebar; jabar: djabar; jekkar: jeker jekker',
  'ngente: ngenteh; koriteh: korite; njaboot: njabot; tabaski: tabaskeh; konge: conge',
  'opitaal: opital lopitan loppitaan; bes: bess; xiif: khiif; jerejef: jerrejef',
  'yeex: yeekh; rekk: rek; waaye: waye; walla: wala; dinaa: dinaay; bayyi: bayi; ndaxte: ndakhte',
  'nyett: nyet niett; nyaar: niaar; nyeent: nyent; juroom: juroum; kodi: kodoo; dookuu: dokuu dookuwo',
  'nyaadi: naadi; munyaa: munya; jelu: jeloo; kunung: kunun',
  'altine: altiney; alxames: alxamis alkhamis; ajjuma: aljuma ajuma; dibeer: dimaas dimanse',
]);

// A word typed with "kh" for "x" ("khaalis", "tukhi"), as the lists spell it.
const withX = (word: string) => word.replace(/kh/g, 'x');

// The spellings above; any other word typed with "kh" read with "x" when the lists know it so ("khaalis", "xaalis");
// and a verb with the "-ee" of "when" or "if" ("su ma feebaree", if I am sick; "su sama jabar juree") as the verb.
class WolofSpellings extends Map<string, string> {
  private readonly listed: ReadonlySet<string>;
  private readonly verbs: ReadonlySet<string>;
  constructor(entries: Array<[string, string]>, listed: Iterable<string>, verbs: Iterable<string>) {
    super(entries);
    this.listed = new Set(listed);
    this.verbs = new Set(verbs);
  }
  override get(word: string): string | undefined {
    const short = super.get(word);
    if (short !== undefined) return short;
    const x = withX(word);
    if (x !== word && this.listed.has(x)) return x;
    const stem = /[^aeiou]ee$/.test(x) ? x.slice(0, -2) : '';
    return this.verbs.has(stem) ? stem : undefined;
  }
}

/** Other spellings of the listed words: chat's, Senegal's French-lettered ones, and "kh" for "x". */
export const SPELLINGS: ReadonlyMap<string, string> = new WolofSpellings(
  SHORT,
  [...ASKING.keys(), ...WORDS.keys(), ...PHRASES.flatMap(([words]) => words.split(' '))],
  [...VERBS.keys(), ...STATES.keys()],
);
